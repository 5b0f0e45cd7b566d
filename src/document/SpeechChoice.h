#pragma once

#include "SpeechImporter.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace lectern {

// A speech file as the secretary reviewed it: the file, the source lines put
// back (never removed, never joined), and the placeholders filled in, in the
// order they were filled. Decisions, not a copy of the text: importing the
// file again with them gives the same speech, and they are what the kiosk
// keeps (speech.json in the data folder) to open it again after a restart.
struct SpeechChoice
{
    QString path;
    QSet<int> keepLines;
    QList<std::pair<QString, QString>> fills; // placeholder text → value, every occurrence

    QByteArray toJson() const;
    // nullopt, with why, for a file that is not one of ours.
    static std::optional<SpeechChoice> fromJson(const QByteArray &json, QString *problem);
};

// Imports the file with the choice's kept lines and fills its placeholders.
ImportResult importChosen(const SpeechChoice &choice, ImportOptions options = {});
// The same from a file's bytes kept elsewhere (an agenda item's draft in the
// meetings database); `name` gives the format by its suffix.
ImportResult importChosenData(const QByteArray &bytes, const QString &name, const SpeechChoice &choice, ImportOptions options = {});

} // namespace lectern
