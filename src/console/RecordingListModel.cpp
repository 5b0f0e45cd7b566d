#include "RecordingListModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace lectern {
QVariant RecordingListModel::data(const QModelIndex &index, int role) const
{
    const recordings::Recording *r = rowAt(index);
    if (!r)
        return {};
    const QString path = recordings::absolutePath(m_dataDir, *r);
    switch (role) {
    case IdRole: return r->id;
    case Qt::DisplayRole:
    case StartedRole: return r->startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case DurationRole: return r->state == recordings::State::Recording ? QStringLiteral("…") : recordings::durationText(r->durationMs);
    case StateRole: return recordings::stateKey(r->state);
    case StateLabelRole: return recordings::stateLabel(r->state);
    case NoteRole: return r->note;
    case Sha256Role: return r->sha256;
    case UrlRole: return QUrl::fromLocalFile(path);
    // A take still being written or lost has nothing to play yet.
    case PlayableRole:
        return (r->state == recordings::State::Complete || r->state == recordings::State::Recovered) && r->durationMs > 0 && QFile::exists(path);
    }
    return {};
}

QHash<int, QByteArray> RecordingListModel::roleNames() const
{
    return {{IdRole, "takeId"}, {StartedRole, "started"}, {DurationRole, "duration"}, {StateRole, "state"}, {StateLabelRole, "stateLabel"},
            {NoteRole, "note"}, {Sha256Role, "sha256"}, {UrlRole, "url"}, {PlayableRole, "playable"}};
}

} // namespace lectern
