#pragma once

#include <QList>
#include <QMap>
#include <QPoint>
#include <QString>
#include <optional>

namespace lectern {

// What each connected screen is for: the console (the main window), the
// speaker's teleprompter, the audience's projected pages, or a sign-in
// screen at the door.
enum class ScreenRole { Console, Prompter, Projection, Signin };
QString screenRoleKey(ScreenRole role); // console, prompter, projection, signin
std::optional<ScreenRole> screenRoleFromKey(const QString &key);

struct ScreenInfo
{
    QString key;     // the screen's name and model: the same monitor on the same port
    QPoint topLeft;  // in the virtual desktop
    bool primary = false;
};

// The screen (an index into the list given) of each role; -1 when none.
struct RoleAssignment
{
    int console = -1;
    int prompter = -1;
    int projection = -1;
    int signin = -1;
    int of(ScreenRole role) const;
};

// Roles from what this machine remembers (`stored`: screen key → role key)
// for the screens connected now; the rest as the kiosk always placed them:
// the console on the primary screen, then, left to right, the speaker's
// teleprompter and the projected pages on the screens left. A sign-in screen
// is only ever one someone chose. A screen has at most one role; a
// remembered screen that is not connected is passed over, so unplugging
// one never leaves a role on a screen that is gone.
RoleAssignment assignScreenRoles(const QList<ScreenInfo> &screens, const QMap<QString, QString> &stored);

} // namespace lectern
