#pragma once

#include "AttendanceSheet.h"

namespace lectern::records {

// What the recorder typed: the record's content (notes) and decisions.
struct RecordContent
{
    QString notes;
    QString decisions;
};

// The meeting record (会议记录) in the office form: 会议名称, 时间 x时x分至x时x分,
// 地点, 主持人, 记录人, 应到/实到/请假/缺席, 出席人员, 列席人员, 缺席人员及原因,
// 会议内容, and lines for the chair's and the recorder's signatures.
QString writeMeetingRecordPdf(const AttendanceSheet &sheet, const RecordContent &content, const QString &path);

} // namespace lectern::records
