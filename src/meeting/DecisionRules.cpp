#include "DecisionRules.h"

#include "NamedValues.h"

namespace lectern {
namespace {

const Named<ItemMatter> kMatters[] = {
    {ItemMatter::General, "", {u"general", u"一般", u"一般事项"}, QT_TRANSLATE_NOOP("lectern::Decisions", "general matter")},
    {ItemMatter::Appointment, "appointment", {u"干部任免", u"任免"}, QT_TRANSLATE_NOOP("lectern::Decisions", "appointment (干部任免)")},
    {ItemMatter::Major, "major", {u"重大事项", u"重大"}, QT_TRANSLATE_NOOP("lectern::Decisions", "major matter (重大事项)")},
};
const Named<decisions::Threshold> kThresholds[] = {
    {decisions::Threshold::MoreThanHalf, "half", {}, nullptr},
    {decisions::Threshold::TwoThirds, "two_thirds", {}, nullptr},
};
const Named<decisions::PassBase> kPassBases[] = {
    {decisions::PassBase::Members, "members", {}, nullptr},
    {decisions::PassBase::Present, "present", {}, nullptr},
};

} // namespace

QString matterKey(ItemMatter matter) { return named::key(kMatters, matter); }
std::optional<ItemMatter> matterFromText(const QString &text) { return named::fromText(kMatters, text); }
QString matterLabel(ItemMatter matter) { return named::label("lectern::Decisions", kMatters, matter); }

namespace decisions {

QString thresholdKey(Threshold t) { return named::key(kThresholds, t); }
std::optional<Threshold> thresholdFromKey(const QString &key) { return named::fromText(kThresholds, key); }

int required(Threshold t, int base)
{
    if (base <= 0)
        return 0;
    if (t == Threshold::TwoThirds)
        return (2 * base + 2) / 3; // the least n with 3n >= 2 × base
    return base / 2 + 1;           // the least n with 2n > base
}

QString passBaseKey(PassBase b) { return named::key(kPassBases, b); }
std::optional<PassBase> passBaseFromKey(const QString &key) { return named::fromText(kPassBases, key); }

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
