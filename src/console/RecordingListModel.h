#pragma once

#include "RowListModel.h"
#include "meeting/Recordings.h"

#include <QtQml/qqmlregistration.h>

namespace lectern {

// The chosen meeting's recordings, take by take, for the record tab: when
// each began, how long it is, how it ended (with what recovery did), its
// SHA-256 and its file's address for playback. Filled by MeetingConsole.
class RecordingListModel : public RowListModel<recordings::Recording>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The console fills it")

public:
    enum Role { IdRole = Qt::UserRole + 1, StartedRole, DurationRole, StateRole, StateLabelRole, NoteRole, Sha256Role, UrlRole, PlayableRole };
    using RowListModel::RowListModel;

    void setDataDir(const QString &dir) { m_dataDir = dir; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_dataDir;
};

} // namespace lectern
