#include "MeetingExport.h"

#include "MinutesDocx.h"

#include "SignInSheetPdf.h"
#include "TabularExport.h"
#include "meeting/Recordings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <functional>

namespace lectern::records {

QString fileNameSafe(const QString &text)
{
    QString out;
    for (const QChar c : text)
        out += (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c)) ? QChar(u'_') : c;
    out = out.trimmed();
    while (out.startsWith(u'.'))
        out.remove(0, 1); // no hidden files
    return out.left(80);
}

ExportedFiles exportMeeting(const AttendanceSheet &sheet, const RecordContent &record, const QString &folder)
{
    ExportedFiles out;
    const QFileInfo dir(folder);
    if (!dir.isDir() || !dir.isWritable()) {
        out.error = folder + QStringLiteral(": ")
            + QCoreApplication::translate("lectern::MeetingExport", "not a folder that can be written to");
        return out;
    }
    const QString stem = QDir(folder).filePath(
        fileNameSafe(sheet.meeting.plannedStart.date().toString(QStringLiteral("yyyy-MM-dd")) + u' ' + sheet.meeting.title) + u' ');
    struct Form
    {
        QString name;
        std::function<QString(const QString &)> write;
    };
    const QList<Form> forms = {
        {QCoreApplication::translate("lectern::MeetingExport", "sign-in sheet") + QStringLiteral(".pdf"),
         [&](const QString &p) { return writeSignInSheetPdf(sheet, p); }},
        {QCoreApplication::translate("lectern::MeetingExport", "meeting record") + QStringLiteral(".pdf"),
         [&](const QString &p) { return writeMeetingRecordPdf(sheet, record, p); }},
        {QCoreApplication::translate("lectern::MeetingExport", "minutes") + QStringLiteral(".docx"),
         [&](const QString &p) { return writeMinutesDocx(record.minutes, p); }},
        {QCoreApplication::translate("lectern::MeetingExport", "attendance") + QStringLiteral(".xlsx"),
         [&](const QString &p) { return writeAttendanceXlsx(sheet, p); }},
        {QCoreApplication::translate("lectern::MeetingExport", "attendance") + QStringLiteral(".csv"),
         [&](const QString &p) { return writeAttendanceCsv(sheet, p); }},
    };
    QList<Form> all = forms;
    for (qsizetype i = 0; i < record.takes.size(); ++i) {
        const RecordedTake &take = record.takes[i];
        if (!take.whole)
            continue; // being recorded, or lost: nothing whole to file
        all.append({QCoreApplication::translate("lectern::MeetingExport", "recording %1").arg(i + 1) + QStringLiteral(".flac"),
                    [take](const QString &p) -> QString {
                        QFile::remove(p);
                        if (!QFile::copy(take.file, p))
                            return QCoreApplication::translate("lectern::MeetingExport", "the recording %1 could not be copied").arg(take.file);
                        if (recordings::fileSha256(p) != take.sha256)
                            return QCoreApplication::translate("lectern::MeetingExport", "the copy of %1 does not have the recorded SHA-256 (the file was changed or the copy failed)")
                                .arg(take.file);
                        return {};
                    }});
    }
    for (const RecordContent::Attachment &a : record.attachments) {
        all.append({QCoreApplication::translate("lectern::MeetingExport", "written opinion %1").arg(fileNameSafe(a.name)), [a](const QString &p) -> QString {
                        QFile f(p);
                        if (!f.open(QIODevice::WriteOnly) || f.write(a.bytes) != a.bytes.size() || !f.flush())
                            return QCoreApplication::translate("lectern::MeetingExport", "could not be written");
                        f.close();
                        if (recordings::fileSha256(p) != a.sha256)
                            return QCoreApplication::translate("lectern::MeetingExport", "the written opinion %1 does not have its recorded SHA-256").arg(a.name);
                        return {};
                    }});
    }
    // Each form to a .part file first; only when all are written do they
    // take their names (over an earlier export of the same meeting).
    QStringList parts;
    auto discard = [&parts] {
        for (const QString &part : std::as_const(parts))
            QFile::remove(part);
    };
    for (const Form &form : std::as_const(all)) {
        const QString path = stem + form.name;
        parts.append(path + QStringLiteral(".part"));
        const QString error = form.write(parts.last());
        if (!error.isEmpty()) {
            discard();
            out.error = path + QStringLiteral(": ") + error;
            return out;
        }
    }
    for (const QString &part : std::as_const(parts)) {
        const QString path = part.chopped(5);
        QFile::remove(path);
        if (!QFile::rename(part, path)) {
            discard();
            out.error = path + QStringLiteral(": ") + QCoreApplication::translate("lectern::MeetingExport", "could not be written");
            return out;
        }
        out.files.append(path);
    }
    return out;
}

} // namespace lectern::records
