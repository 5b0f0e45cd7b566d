#pragma once

#include <QString>
#include <optional>

namespace lectern {

// What an agenda item decides on, for its quorum: a general matter, 干部任免
// (appointments and removals) or 重大事项 (a major matter).
enum class ItemMatter { General, Appointment, Major };
QString matterKey(ItemMatter matter); // "" (general), appointment, major
// The key, or the matter as people write it (一般, 干部任免, 重大事项; English too).
std::optional<ItemMatter> matterFromText(const QString &text);
QString matterLabel(ItemMatter matter); // 一般事项 / 干部任免 / 重大事项

namespace decisions {

// How many of a base a rule asks for: more than half (9 → 5, 8 → 5), or at
// least two thirds (9 → 6, 8 → 6).
enum class Threshold { MoreThanHalf, TwoThirds };
QString thresholdKey(Threshold t); // half, two_thirds
std::optional<Threshold> thresholdFromKey(const QString &key);
int required(Threshold t, int base);

// What a vote's 同意 is counted against: the members expected for the item
// (the 党组 rule: more than half of all members, not of those present), or
// the members present.
enum class PassBase { Members, Present };
QString passBaseKey(PassBase b); // members, present
std::optional<PassBase> passBaseFromKey(const QString &key);

// The rules of a meeting's decisions, from the configuration's "decisions"
// section (config/README.md documents the table). The defaults are the 党组
// rules: more than half of the members to meet, two thirds for 干部任免 and
// 重大事项, and a decision by more than half of the members expected.
struct Rules
{
    Threshold general = Threshold::MoreThanHalf;
    Threshold appointment = Threshold::TwoThirds;
    Threshold major = Threshold::TwoThirds;
    PassBase passBase = PassBase::Members;

    Threshold quorumFor(ItemMatter matter) const;
};

} // namespace decisions
} // namespace lectern
