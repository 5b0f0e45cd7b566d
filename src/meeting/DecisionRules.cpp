#include "DecisionRules.h"

#include <QCoreApplication>

namespace lectern {

QString matterKey(ItemMatter matter)
{
    switch (matter) {
    case ItemMatter::General: return QString();
    case ItemMatter::Appointment: return QStringLiteral("appointment");
    case ItemMatter::Major: return QStringLiteral("major");
    }
    return {};
}

std::optional<ItemMatter> matterFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"general" || t == u"一般" || t == u"一般事项")
        return ItemMatter::General;
    if (t == u"appointment" || t == u"干部任免" || t == u"任免")
        return ItemMatter::Appointment;
    if (t == u"major" || t == u"重大事项" || t == u"重大")
        return ItemMatter::Major;
    return std::nullopt;
}

QString matterLabel(ItemMatter matter)
{
    switch (matter) {
    case ItemMatter::General: return QCoreApplication::translate("lectern::Decisions", "general matter");
    case ItemMatter::Appointment: return QCoreApplication::translate("lectern::Decisions", "appointment (干部任免)");
    case ItemMatter::Major: return QCoreApplication::translate("lectern::Decisions", "major matter (重大事项)");
    }
    return {};
}

namespace decisions {

QString thresholdKey(Threshold t)
{
    return t == Threshold::TwoThirds ? QStringLiteral("two_thirds") : QStringLiteral("half");
}

std::optional<Threshold> thresholdFromKey(const QString &key)
{
    if (key == u"half")
        return Threshold::MoreThanHalf;
    if (key == u"two_thirds")
        return Threshold::TwoThirds;
    return std::nullopt;
}

int required(Threshold t, int base)
{
    if (base <= 0)
        return 0;
    if (t == Threshold::TwoThirds)
        return (2 * base + 2) / 3; // the least n with 3n >= 2 × base
    return base / 2 + 1;           // the least n with 2n > base
}

QString passBaseKey(PassBase b)
{
    return b == PassBase::Present ? QStringLiteral("present") : QStringLiteral("members");
}

std::optional<PassBase> passBaseFromKey(const QString &key)
{
    if (key == u"members")
        return PassBase::Members;
    if (key == u"present")
        return PassBase::Present;
    return std::nullopt;
}

Threshold Rules::quorumFor(ItemMatter matter) const
{
    switch (matter) {
    case ItemMatter::General: return general;
    case ItemMatter::Appointment: return appointment;
    case ItemMatter::Major: return major;
    }
    return general;
}

} // namespace decisions
} // namespace lectern
