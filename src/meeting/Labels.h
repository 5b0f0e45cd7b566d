#pragma once

#include "Attendance.h"

#include <QString>

namespace lectern {

// What people read for the meeting's states, roles and each person's status
// (translated), and the stable keys of the status for JSON: one place for the
// command line, the exports and the screens.
QString meetingStateLabel(MeetingState state); // 草稿 / 进行中 / 已结束 / 已定稿
QString roleLabel(Role role);                   // 出席 / 列席 / 主持 / 记录
QString statusKey(const PersonAttendance &p);   // present, late, leave, absent
QString statusLabel(const PersonAttendance &p); // 已到 / 迟到 / 请假 / 缺席

} // namespace lectern
