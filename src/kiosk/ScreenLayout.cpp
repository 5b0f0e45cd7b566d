#include "ScreenLayout.h"

#include "ScreenRoles.h"

#include <QGuiApplication>

#include <algorithm>

namespace lectern {

ScreenLayout::ScreenLayout(QObject *parent) : QObject(parent)
{
    connect(qGuiApp, &QGuiApplication::screenAdded, this, &ScreenLayout::screensChanged);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, &ScreenLayout::screensChanged);
    connect(qGuiApp, &QGuiApplication::primaryScreenChanged, this, &ScreenLayout::screensChanged);
    // A screen that changes resolution or position moves the speaker's window too.
    auto watch = [this](QScreen *s) { connect(s, &QScreen::geometryChanged, this, &ScreenLayout::screensChanged); };
    for (QScreen *s : QGuiApplication::screens())
        watch(s);
    connect(qGuiApp, &QGuiApplication::screenAdded, this, watch);
}

namespace {

// The screens other than the primary, left to right (then top to bottom):
// what --screen N counts.
QList<QScreen *> otherScreens()
{
    QList<QScreen *> others;
    for (QScreen *s : QGuiApplication::screens())
        if (s != QGuiApplication::primaryScreen())
            others.append(s);
    std::stable_sort(others.begin(), others.end(), [](QScreen *a, QScreen *b) {
        return std::pair(a->geometry().x(), a->geometry().y()) < std::pair(b->geometry().x(), b->geometry().y());
    });
    return others;
}

QMap<QString, QString> storedRoles(const QVariantMap &roles)
{
    QMap<QString, QString> out;
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

} // namespace

RoleAssignment ScreenLayout::assignmentNow(const QVariantMap &roles)
{
    QList<ScreenInfo> infos;
    for (QScreen *s : QGuiApplication::screens())
        infos.append({screenKey(s), s->geometry().topLeft(), s == QGuiApplication::primaryScreen()});
    return assignScreenRoles(infos, storedRoles(roles));
}

QString ScreenLayout::screenKey(const QScreen *screen)
{
    if (!screen)
        return {};
    QStringList parts{screen->name()};
    for (const QString &p : {screen->manufacturer(), screen->model()})
        if (!p.isEmpty())
            parts.append(p);
    return parts.join(u'|');
}

void ScreenLayout::setRoles(const QVariantMap &roles)
{
    if (roles == m_roles)
        return;
    m_roles = roles;
    emit screensChanged();
}

QScreen *ScreenLayout::screenFor(int role) const
{
    const int i = assignmentNow(m_roles).of(ScreenRole(role));
    const QList<QScreen *> all = QGuiApplication::screens();
    return i >= 0 && i < all.size() ? all[i] : nullptr;
}

QVariantList ScreenLayout::screens() const
{
    const RoleAssignment a = assignmentNow(m_roles);
    const QList<QScreen *> all = QGuiApplication::screens();
    QVariantList out;
    for (int i = 0; i < all.size(); ++i) {
        QString role;
        for (ScreenRole r : {ScreenRole::Console, ScreenRole::Prompter, ScreenRole::Projection, ScreenRole::Signin})
            if (a.of(r) == i && role.isEmpty())
                role = screenRoleKey(r);
        const QScreen *s = all[i];
        const QString model = QStringList{s->manufacturer(), s->model()}.join(u' ').trimmed();
        out.append(QVariantMap{{QStringLiteral("key"), screenKey(s)},
                               {QStringLiteral("label"), model.isEmpty() ? s->name() : s->name() + u' ' + model},
                               {QStringLiteral("role"), role},
                               {QStringLiteral("x"), s->geometry().x()},
                               {QStringLiteral("y"), s->geometry().y()},
                               {QStringLiteral("width"), s->geometry().width()},
                               {QStringLiteral("height"), s->geometry().height()}});
    }
    std::stable_sort(out.begin(), out.end(), [](const QVariant &p, const QVariant &q) {
        return p.toMap().value(QStringLiteral("x")).toInt() < q.toMap().value(QStringLiteral("x")).toInt();
    });
    return out;
}

QScreen *ScreenLayout::screenAt(int number) const
{
    if (number <= 1)
        return QGuiApplication::primaryScreen();
    const QList<QScreen *> others = otherScreens();
    return number - 2 < others.size() ? others[number - 2] : QGuiApplication::primaryScreen();
}

int ScreenLayout::count() const
{
    return int(QGuiApplication::screens().size());
}

QScreen *ScreenLayout::operatorScreen() const
{
    QScreen *s = screenFor(int(ScreenRole::Console));
    return s ? s : QGuiApplication::primaryScreen();
}

bool ScreenLayout::hasSpeaker() const
{
    return screenFor(int(ScreenRole::Prompter)) != nullptr;
}

QScreen *ScreenLayout::speakerScreen() const
{
    QScreen *s = screenFor(int(ScreenRole::Prompter));
    return s ? s : operatorScreen();
}

QRect ScreenLayout::speakerGeometry() const
{
    return geometryOf(speakerScreen());
}

bool ScreenLayout::hasProjector() const
{
    return screenFor(int(ScreenRole::Projection)) != nullptr;
}

QScreen *ScreenLayout::projectorScreen() const
{
    QScreen *s = screenFor(int(ScreenRole::Projection));
    return s ? s : speakerScreen();
}

QRect ScreenLayout::projectorGeometry() const
{
    return geometryOf(projectorScreen());
}

bool ScreenLayout::hasSignin() const
{
    return screenFor(int(ScreenRole::Signin)) != nullptr;
}

QScreen *ScreenLayout::signinScreen() const
{
    QScreen *s = screenFor(int(ScreenRole::Signin));
    return s ? s : operatorScreen();
}

} // namespace lectern
