#pragma once

#include "AttendanceSheet.h"
#include "Minutes.h"

namespace lectern::records {

// A take of the meeting's recording as the record lists it (and the export copies it).
struct RecordedTake
{
    QString file;   // where it is (absolute)
    QString line;   // for the record: when it began, how long, how it ended, its SHA-256
    QString sha256; // as recorded: the exported copy must have it too
    bool whole = false; // complete or recovered: sound to file (not being recorded, not lost)
};

// What the recorder typed: the record's content (notes) and decisions; and
// the meeting's recordings.
struct RecordContent
{
    QString notes;
    QString decisions;
    QList<RecordedTake> takes;
    // The agenda as it ran, one line per item: kind, title, speaker, planned
    // and actual times, over/under, who attended it, live edits, the draft's
    // hash, and how it was decided (recusals, opinions, votes, the decision).
    QStringList agenda;
    // The minutes (会议纪要) the export files beside the record, as an editable draft.
    Minutes minutes;
    // Files kept with the meeting (absent members' scanned written opinions),
    // filed beside the record by the export, each checked against its SHA-256.
    struct Attachment
    {
        QString name;   // for the file's name: "陈静 意见.pdf"
        QByteArray bytes;
        QString sha256;
    };
    QList<Attachment> attachments;
};
// The record's content of a meeting as the store holds it (recordings under `dataDir`).
RecordContent recordContentOf(const store::Database &db, qint64 meetingId, const QString &dataDir);

// The meeting record (会议记录) in the office form: 会议名称, 时间 x时x分至x时x分,
// 地点, 主持人, 记录人, 应到/实到/请假/缺席, 出席人员, 列席人员, 缺席人员及原因,
// 议程 (each item with its planned and actual times, who attended it and how
// it was decided: recusals, written opinions, votes and results, 议定事项),
// 会议内容, and lines for the chair's and the recorder's signatures.
QString writeMeetingRecordPdf(const AttendanceSheet &sheet, const RecordContent &content, const QString &path);

} // namespace lectern::records
