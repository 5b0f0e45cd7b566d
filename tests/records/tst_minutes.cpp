// The minutes (会议纪要) as a .docx, read back: a zip of well-formed XML with
// every field of the record in its text, laid out after GB/T 9704; and, when
// LibreOffice is installed, converted to PDF and read again by pdftotext.
#include "formats/ZipArchive.h"
#include "meeting/Agenda.h"
#include "meeting/AttendanceLog.h"
#include "meeting/Decisions.h"
#include "meeting/MeetingStore.h"
#include "meeting/Roster.h"
#include "records/AttendanceSheet.h"
#include "records/MeetingExport.h"
#include "records/MeetingRecordPdf.h"
#include "records/MinutesDocx.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace lectern;

namespace {

const QDateTime kStart(QDate(2026, 12, 7), QTime(9, 0), QTimeZone(8 * 3600));
const QString kOdd = QStringLiteral("张&<三>");         // a name XML must escape
const QString kDecision = QStringLiteral("同意 A&B <试点> 方案。");

struct PartyMeeting
{
    QTemporaryDir dir;
    MeetingStore store{dir.path()};
    qint64 id = 0;
    qint64 item2 = 0;
    PartyMeeting()
    {
        const QStringList names = {QStringLiteral("王书记"), kOdd, QStringLiteral("赵刚"), QStringLiteral("孙丽"), QStringLiteral("陈静")};
        QList<RosterRow> rows;
        for (const QString &n : names)
            rows.append({n, QStringLiteral("党组"), {}, {}});
        rows.append({QStringLiteral("马秘书"), QStringLiteral("办公室"), {}, {}});
        rows.append({QStringLiteral("高列席"), QStringLiteral("纪检组"), {}, {}});
        roster::upsert(store.db(), rows);
        QHash<QString, qint64> idOf;
        QList<Expected> expected;
        for (const Person &p : roster::all(store.db())) {
            idOf.insert(p.name, p.id);
            expected.append({p.id, p.name == u"王书记" ? Role::Chair : p.name == u"马秘书" ? Role::Record : p.name == u"高列席" ? Role::Observe : Role::Attend});
        }
        lectern::Meeting m;
        m.title = QStringLiteral("党组会议");
        m.place = QStringLiteral("三楼会议室");
        m.plannedStart = kStart;
        m.chair = QStringLiteral("王书记");
        m.recorder = QStringLiteral("马秘书");
        id = meetings::create(store.db(), m, expected, kStart.addSecs(-600));
        for (const QString &n : {QStringLiteral("王书记"), kOdd, QStringLiteral("赵刚"), QStringLiteral("孙丽"), QStringLiteral("马秘书"), QStringLiteral("高列席")})
            attendance::signIn(store.db(), id, idOf[n], kStart, kStart);
        attendance::leave(store.db(), id, idOf[QStringLiteral("陈静")], QStringLiteral("出差"), QStringLiteral("王书记"), kStart);
        agenda::NewItem a;
        a.title = QStringLiteral("审议年度工作要点");
        a.kind = ItemKind::Review;
        agenda::add(store.db(), id, a, kStart);
        agenda::NewItem b;
        b.title = QStringLiteral("关于采购事项的表决");
        b.kind = ItemKind::Vote;
        item2 = agenda::add(store.db(), id, b, kStart);
        const QDateTime t = kStart.addSecs(600);
        decisions::recuse(store.db(), item2, idOf[QStringLiteral("赵刚")], QStringLiteral("其亲属参与投标"), t);
        decisions::opinion(store.db(), item2, idOf[QStringLiteral("陈静")], QStringLiteral("同意该方案。"), QStringLiteral("意见.pdf"), "%PDF scan", t);
        decisions::vote(store.db(), item2, {decisions::Method::Hands, 2, 1, 0, {}, false, {}}, {}, t);
        decisions::vote(store.db(), item2, {decisions::Method::Hands, 3, 0, 0, {}, false, QStringLiteral("计票有误")}, {}, t);
        decisions::setDecision(store.db(), item2, kDecision, t);
        meetings::close(store.db(), id, kStart.addSecs(3600));
    }
};

// Every w:t of a part, as one text with a newline per paragraph.
QString paragraphsText(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == u"t")
            text += r.readElementText();
        else if (r.isEndElement() && r.name() == u"p")
            text += u'\n';
    }
    return r.hasError() ? QString() : text;
}

QString attribute(const QByteArray &xml, const QString &element, const QString &name)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == element)
            return r.attributes().value(QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main"), name).toString();
    return {};
}

} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT
private slots:
    void readBack()
    {
        PartyMeeting m;
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("纪要.docx"));
        const auto meeting = meetings::byId(m.store.db(), m.id);
        QCOMPARE(records::writeMinutesDocx(records::minutesOf(m.store.db(), *meeting), path), QString());
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QString error;
        const auto zip = ZipArchive::open(bytes, ImportLimits{}, &error);
        QVERIFY2(zip, qPrintable(error));
        // Every part is there and well-formed.
        for (const char *part : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
                                 "word/fontTable.xml", "word/footer1.xml", "docProps/core.xml"}) {
            const auto xml = zip->read(part, &error);
            QVERIFY2(xml, part);
            QXmlStreamReader r(*xml);
            while (!r.atEnd())
                r.readNext();
            QVERIFY2(!r.hasError(), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(part), r.errorString())));
        }
        const QByteArray document = *zip->read("word/document.xml", &error);
        const QString text = paragraphsText(document);
        for (const QString &expected :
             {QStringLiteral("Minutes of 党组会议"), QStringLiteral("Time: 2026-12-7 01:00 to 02:00"), QStringLiteral("Place: 三楼会议室"),
              QStringLiteral("Chair: 王书记"), QStringLiteral("Recorder: 马秘书"), QStringLiteral("Attending: 王书记, %1, 赵刚, 孙丽").arg(kOdd),
              QStringLiteral("Sitting in: 高列席"), QStringLiteral("On leave: 陈静 (出差，approved by 王书记)"),
              QStringLiteral("1. 审议年度工作要点"), QStringLiteral("2. 关于采购事项的表决"), QStringLiteral("赵刚 withdrew (其亲属参与投标)."),
              QStringLiteral("Written opinion of 陈静: 同意该方案。 (scanned file 意见.pdf, SHA-256 "),
              QStringLiteral("show of hands: 4 members expected (1 recused), 3 present; 2 for, 1 against, 0 abstaining; not passed."),
              QStringLiteral("Revote 1 (计票有误): show of hands: 4 members expected (1 recused), 3 present; 3 for, 0 against, 0 abstaining; passed."),
              QStringLiteral("Decided: ") + kDecision})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in ---\n") + text));
        QVERIFY(document.contains("张&amp;&lt;三&gt;")); // escaped in the XML, whole in the text
        // GB/T 9704: A4, its margins, the faces it names.
        QCOMPARE(attribute(document, QStringLiteral("pgSz"), QStringLiteral("w")), QStringLiteral("11906"));
        QCOMPARE(attribute(document, QStringLiteral("pgSz"), QStringLiteral("h")), QStringLiteral("16838"));
        QCOMPARE(attribute(document, QStringLiteral("pgMar"), QStringLiteral("top")), QStringLiteral("2098"));
        QCOMPARE(attribute(document, QStringLiteral("pgMar"), QStringLiteral("left")), QStringLiteral("1587"));
        const QByteArray styles = *zip->read("word/styles.xml", &error);
        QVERIFY(styles.contains(QStringLiteral("方正小标宋简体").toUtf8()));
        QVERIFY(styles.contains(QStringLiteral("仿宋_GB2312").toUtf8()));
        QCOMPARE(attribute(styles, QStringLiteral("sz"), QStringLiteral("val")), QStringLiteral("32")); // 3号: 16 pt
    }

    void aFolderThatCannotBeWritten()
    {
        PartyMeeting m;
        const auto meeting = meetings::byId(m.store.db(), m.id);
        const QString error = records::writeMinutesDocx(records::minutesOf(m.store.db(), *meeting), QStringLiteral("/nonexistent/纪要.docx"));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/nonexistent/纪要.docx")));
    }

    // The export folder files the minutes and the scanned opinion beside the record.
    void theExportFilesThemAll()
    {
        PartyMeeting m;
        QTemporaryDir stick;
        const auto meeting = meetings::byId(m.store.db(), m.id);
        const records::ExportedFiles out = records::exportMeeting(records::buildSheet(m.store.db(), *meeting),
                                                                  records::recordContentOf(m.store.db(), m.id, m.dir.path()), stick.path());
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        const QStringList docx = QDir(stick.path()).entryList({QStringLiteral("*.docx")}, QDir::Files);
        QCOMPARE(docx.size(), 1);
        const QStringList opinions = QDir(stick.path()).entryList({QStringLiteral("*意见.pdf")}, QDir::Files);
        QCOMPARE(opinions.size(), 1);
        QVERIFY2(opinions.first().contains(QStringLiteral("陈静")), qPrintable(opinions.first()));
        QFile scan(QDir(stick.path()).filePath(opinions.first()));
        QVERIFY(scan.open(QIODevice::ReadOnly));
        QCOMPARE(scan.readAll(), QByteArray("%PDF scan"));
        QCOMPARE(out.files.size(), 6); // sign-in sheet, record, minutes, attendance ×2, the opinion
    }

    // The record PDF lists each item's decisions too.
    void theRecordShowsTheDecisions()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        PartyMeeting m;
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("record.pdf"));
        const records::AttendanceSheet sheet = records::buildSheet(m.store.db(), *meetings::byId(m.store.db(), m.id));
        QCOMPARE(records::writeMeetingRecordPdf(sheet, records::recordContentOf(m.store.db(), m.id, m.dir.path()), pdf), QString());
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const QString &expected : {QStringLiteral("赵刚 withdrew (其亲属参与投标)"), QStringLiteral("Written opinion of 陈静"),
                                        QStringLiteral("2 for, 1 against, 0 abstaining; not passed"), QStringLiteral("Revote 1 (计票有误)"),
                                        QStringLiteral("3 for, 0 against, 0 abstaining; passed"), QStringLiteral("Decided:")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in ---\n") + text));
    }

    // Converted by LibreOffice (when installed), the faces mapped to Debian's
    // by the package's fontconfig file: the text comes out whole.
    void libreOfficeOpensIt()
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("LibreOffice (libreoffice-writer-nogui) or pdftotext is not installed");
        PartyMeeting m;
        QTemporaryDir out;
        const QString docx = out.filePath(QStringLiteral("minutes.docx"));
        QCOMPARE(records::writeMinutesDocx(records::minutesOf(m.store.db(), *meetings::byId(m.store.db(), m.id)), docx), QString());
        QFile conf(out.filePath(QStringLiteral("fonts.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral("<?xml version=\"1.0\"?><!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\"><fontconfig>"
                                  "<include>/etc/fonts/fonts.conf</include><include>%1/packaging/fontconfig/65-lectern-gbt9704.conf</include>"
                                  "</fontconfig>").arg(qEnvironmentVariable("LECTERN_SOURCE_DIR")).toUtf8());
        conf.close();
        QProcess lo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FONTCONFIG_FILE"), conf.fileName());
        env.insert(QStringLiteral("HOME"), out.path());
        lo.setProcessEnvironment(env);
        lo.start(soffice, {QStringLiteral("-env:UserInstallation=file://") + out.filePath(QStringLiteral("profile")), QStringLiteral("--headless"),
                           QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), out.path(), docx});
        QVERIFY(lo.waitForFinished(120000));
        const QString pdf = out.filePath(QStringLiteral("minutes.pdf"));
        QVERIFY2(QFile::exists(pdf), lo.readAllStandardError().constData());
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified().remove(u' ');
        for (const QString &expected : {QStringLiteral("Minutesof党组会议"), kOdd, QStringLiteral("其亲属参与投标"), QStringLiteral("同意该方案。"),
                                        QStringLiteral("计票有误"), QString(kDecision).remove(u' ')})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n--- in ---\n") + text));
        // Debian's faces stood in for GB/T 9704's (not a Japanese fallback).
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {pdf});
        QVERIFY(fonts.waitForFinished(30000));
        const QByteArray list = fonts.readAllStandardOutput();
        QVERIFY2(list.contains("UMingCN") && !list.contains("CJKjp"), list.constData());
    }
};

QTEST_MAIN(TestMinutes)
#include "tst_minutes.moc"
