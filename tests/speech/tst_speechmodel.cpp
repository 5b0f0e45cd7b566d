#include "speech/SpeechModel.h"
#include "speech/SpeechSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern;

class TestSpeechModel : public QObject
{
    Q_OBJECT
private slots:
    void sessionLoadsIntoModel()
    {
        SpeechSession session;
        QAbstractItemModelTester tester(session.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&session, &SpeechSession::loaded);
        QSignalSpy reset(session.model(), &QAbstractItemModel::modelReset);
        session.setSource(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(session.status(), SpeechSession::Ready);
        QCOMPARE(session.title(), QStringLiteral("在全区数字政务服务推进会上的讲话"));
        QCOMPARE(session.placeholderCount(), 5);
        QVERIFY(session.estimatedSeconds() > 300);

        SpeechModel *m = session.model();
        QVERIFY(m->rowCount() > 10);
        const QModelIndex first = m->index(0);
        QCOMPARE(m->data(first, SpeechModel::KindRole).toString(), QStringLiteral("title"));
        QCOMPARE(m->data(first, SpeechModel::BlockIdRole).toInt(), 1);
        QCOMPARE(m->roleNames().value(SpeechModel::StyledTextRole), QByteArray("styledText"));

        // Every point's lead sentence is bold in the styled text (the sample has points).
        int points = 0;
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex i = m->index(row);
            if (m->data(i, SpeechModel::KindRole).toString() != u"point")
                continue;
            ++points;
            const QString styled = m->data(i, SpeechModel::StyledTextRole).toString();
            QVERIFY2(styled.startsWith(QStringLiteral("<b>")), qPrintable(styled));
            const int lead = m->data(i, SpeechModel::LeadLengthRole).toInt();
            QVERIFY(lead > 0);
            QCOMPARE(styled.mid(3, lead), m->data(i, SpeechModel::TextRole).toString().left(lead));
            QCOMPARE(styled.mid(3 + lead, 4), QStringLiteral("</b>"));
        }
        QVERIFY2(points >= 2, "the sample speech has points with lead sentences");
    }

    void sessionReportsErrors()
    {
        SpeechSession session;
        QAbstractItemModelTester tester(session.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.setSource(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        QVERIFY(session.model()->rowCount() > 0);
        QSignalSpy loaded(&session, &SpeechSession::loaded);
        QTemporaryDir dir;
        session.setSource(dir.filePath(QStringLiteral("missing.txt")));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(session.status(), SpeechSession::Error);
        QVERIFY(session.errorString().contains(QStringLiteral("missing.txt")));
        QCOMPARE(session.model()->rowCount(), 0);
        QCOMPARE(session.hanChars(), 0);
    }

    void escapesMarkup()
    {
        SpeechModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Document d;
        d.blocks = {Block{1, BlockKind::Paragraph, 0, 0, QStringLiteral("a<b>&c\nd"), 1}};
        model.setDocument(d);
        QCOMPARE(model.data(model.index(0), SpeechModel::StyledTextRole).toString(), QStringLiteral("a&lt;b&gt;&amp;c<br>d"));
    }
};

QTEST_MAIN(TestSpeechModel)
#include "tst_speechmodel.moc"
