#pragma once

#include <QList>
#include <QString>

namespace lectern::central {

class PgConnection;

// The rooms of the organisation, each a PostgreSQL login role in the group
// row-level security grants to: a room's kiosk reads the directory and its
// own booked meetings and writes its own events, nothing else.
struct Room
{
    QString name;
    QString role;
};
struct NewRoom
{
    Room room;
    QString password; // generated; said once, to be put in that kiosk's configuration
    QString conninfo; // the administrator's with the room's login: what the kiosk uses
};
// Creates the room and its role (refused when the name is taken). `conninfo`
// is the administrator's, for the room's to be made from.
NewRoom addRoom(const PgConnection &admin, const QString &conninfo, const QString &name);
QList<Room> rooms(const PgConnection &connection);
// The role a room's name gets: ASCII, stable, unique (a hash of the name).
QString roleFor(const QString &name);

} // namespace lectern::central
