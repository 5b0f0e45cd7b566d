#pragma once

#include "app/AppOptions.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace lectern::cli {

// What an installer checks in the room before the first meeting (`lectern
// doctor`): each check has a verdict — ok, a warning (worth knowing, not a
// reason the room cannot meet) or a problem (the room is not ready) — a line
// for people and its figures for --json. Nothing here changes anything: the
// database is opened read-only, even when it is damaged.
struct RoomCheck
{
    enum class Verdict { Ok, Warning, Problem };
    QString name; // screens, renderer, fonts, sound, disk, database, clock, room_server
    Verdict verdict = Verdict::Ok;
    QString text;
    QJsonObject details;
};

QString verdictKey(RoomCheck::Verdict v); // ok, warning, problem
QString checkLabel(const QString &name);   // the check's name for people ("screens" → 屏幕)

// Every check, in the order a room is set up. Needs a QGuiApplication (the
// screens, the fonts, a window to count frames in).
QList<RoomCheck> checkRoom(const AppOptions::Values &configured, const QString &dataDir);

} // namespace lectern::cli
