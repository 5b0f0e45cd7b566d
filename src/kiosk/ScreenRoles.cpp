#include "ScreenRoles.h"

#include <algorithm>
#include <numeric>

namespace lectern {

QString screenRoleKey(ScreenRole role)
{
    switch (role) {
    case ScreenRole::Console: return QStringLiteral("console");
    case ScreenRole::Prompter: return QStringLiteral("prompter");
    case ScreenRole::Projection: return QStringLiteral("projection");
    case ScreenRole::Signin: return QStringLiteral("signin");
    }
    return {};
}

std::optional<ScreenRole> screenRoleFromKey(const QString &key)
{
    for (ScreenRole r : {ScreenRole::Console, ScreenRole::Prompter, ScreenRole::Projection, ScreenRole::Signin})
        if (screenRoleKey(r) == key)
            return r;
    return std::nullopt;
}

int RoleAssignment::of(ScreenRole role) const
{
    switch (role) {
    case ScreenRole::Console: return console;
    case ScreenRole::Prompter: return prompter;
    case ScreenRole::Projection: return projection;
    case ScreenRole::Signin: return signin;
    }
    return -1;
}

RoleAssignment assignScreenRoles(const QList<ScreenInfo> &screens, const QMap<QString, QString> &stored)
{
    RoleAssignment a;
    if (screens.isEmpty())
        return a;
    auto slot = [&a](ScreenRole r) -> int & {
        switch (r) {
        case ScreenRole::Console: return a.console;
        case ScreenRole::Prompter: return a.prompter;
        case ScreenRole::Projection: return a.projection;
        case ScreenRole::Signin: break;
        }
        return a.signin;
    };
    // The primary screen first, then left to right (then top to bottom).
    QList<int> order(screens.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&screens](int x, int y) {
        const ScreenInfo &p = screens[x], &q = screens[y];
        if (p.primary != q.primary)
            return p.primary;
        return std::pair(p.topLeft.x(), p.topLeft.y()) < std::pair(q.topLeft.x(), q.topLeft.y());
    });
    QList<bool> used(screens.size(), false);
    // What was chosen, for the screens that are here.
    for (int i : std::as_const(order)) {
        const auto role = screenRoleFromKey(stored.value(screens[i].key));
        if (role && slot(*role) < 0) {
            slot(*role) = i;
            used[i] = true;
        }
    }
    auto nextFree = [&]() {
        for (int i : std::as_const(order))
            if (!used[i])
                return i;
        return -1;
    };
    // The rest as always: the console first (on the primary screen when it is
    // free; a console there must be, even sharing a screen), then the speaker's, then the room's.
    if (a.console < 0) {
        a.console = nextFree();
        if (a.console < 0)
            a.console = order.first();
        used[a.console] = true;
    }
    for (ScreenRole r : {ScreenRole::Prompter, ScreenRole::Projection}) {
        if (slot(r) >= 0)
            continue;
        slot(r) = nextFree();
        if (slot(r) >= 0)
            used[slot(r)] = true;
    }
    return a;
}

} // namespace lectern
