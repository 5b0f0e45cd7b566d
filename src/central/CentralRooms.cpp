#include "CentralRooms.h"

#include "CentralSchema.h"
#include "PgConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

namespace lectern::central {
namespace {

QString generatedPassword()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    for (int i = 0; i < 24; ++i)
        out.append(alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size())))));
    return out;
}

} // namespace

QString roleFor(const QString &name)
{
    return QStringLiteral("lectern_room_")
        + QString::fromLatin1(QCryptographicHash::hash(name.trimmed().toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
}

NewRoom addRoom(const PgConnection &admin, const QString &conninfo, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        throw CentralError(QCoreApplication::translate("lectern::central", "a room needs a name"));
    NewRoom out;
    out.room = {trimmed, roleFor(trimmed)};
    out.password = generatedPassword();
    admin.inTransaction([&] {
        if (!admin.exec(QStringLiteral("SELECT 1 FROM room WHERE name = $1"), {trimmed}).rows.isEmpty())
            throw CentralError(QCoreApplication::translate("lectern::central", "there is already a room named %1").arg(trimmed));
        // A role's name and password cannot be parameters: quoted by libpq instead.
        admin.script(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
                         .arg(admin.quoteIdentifier(out.room.role), admin.quoteLiteral(out.password), QLatin1String(kRoomsRole)));
        admin.exec(QStringLiteral("INSERT INTO room (name, role) VALUES ($1, $2)"), {trimmed, out.room.role});
        return true;
    });
    out.conninfo = PgConnection::withLogin(conninfo, out.room.role, out.password);
    return out;
}

QList<Room> rooms(const PgConnection &c)
{
    QList<Room> out;
    for (const QStringList &row : c.exec(QStringLiteral("SELECT name, role FROM room ORDER BY name")).rows)
        out.append({row.value(0), row.value(1)});
    return out;
}

} // namespace lectern::central
