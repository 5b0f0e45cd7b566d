#pragma once

#include "Agenda.h"
#include "Attendance.h"

#include <QString>

namespace lectern {

// What people read for the meeting's states, roles and each person's status
// (translated), and the stable keys of the status for JSON: one place for the
// command line, the exports and the screens.
QString meetingStateLabel(MeetingState state); // 草稿 / 进行中 / 已结束 / 已定稿
// The same at `now`: an open meeting before its planned start is 未开始, not 进行中.
QString meetingStateLabel(const Meeting &meeting, const QDateTime &now);
QString roleLabel(Role role);                   // 出席 / 列席 / 主持 / 记录
QString statusKey(const PersonAttendance &p);   // present, late, leave, absent, not_yet
QString statusLabel(const PersonAttendance &p); // 已到 / 迟到 / 请假 / 缺席 / 未到
QString statusLabelForKey(const QString &key);   // the label of a statusKey (a central report's state)
QString itemKindLabel(ItemKind kind);           // 主持 / 讲话 / 汇报 / 发言 / 审议 / 表决 / 休息
QString itemStateLabel(ItemState state);        // 未开始 / 进行中 / 已结束 / 已跳过
// An agenda item as people name it: its title, else its kind ("第 2 项 汇报").
QString itemName(const AgendaItem &item);

} // namespace lectern
