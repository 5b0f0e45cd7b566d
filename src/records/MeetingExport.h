#pragma once

#include "AttendanceSheet.h"
#include "MeetingRecordPdf.h"

#include <QStringList>

namespace lectern::records {

// Everything a meeting's file holds, written into one folder (a USB stick):
// the sign-in sheet (PDF), the meeting record (PDF), the minutes (会议纪要,
// an editable .docx) and the attendance
// (XLSX and CSV), each named "<date> <title> <form>", each absent member's
// scanned written opinion (checked against its recorded SHA-256), and a copy of each take
// of the recording ("<date> <title> 录音 N.flac", checked against its recorded
// SHA-256, so that a damaged file is never filed as the record's). All or nothing: the
// files are written beside the folder's own and a failure removes those
// already written, so a half-exported meeting is never left looking whole.
struct ExportedFiles
{
    QStringList files; // full paths, in the order above
    QString error;     // "FILE: problem"; empty when all were written
};
ExportedFiles exportMeeting(const AttendanceSheet &sheet, const RecordContent &record, const QString &folder);

// A name a file system takes: the title without / \ : * ? " < > | and control characters.
QString fileNameSafe(const QString &text);

} // namespace lectern::records
