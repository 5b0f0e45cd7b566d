#include "layout/PageModel.h"
#include "layout/PageNavigator.h"
#include "prompter/PrompterController.h"
#include "speech/SpeechSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace lectern;

class TestPageNavigator : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_session = std::make_unique<SpeechSession>();
        m_pages = std::make_unique<PageModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_pages.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pages->setSpeech(m_session->model());
        m_session->setSource(qEnvironmentVariable("LECTERN_SOURCE_DIR") + QStringLiteral("/media/sample-speech.txt"));
        m_navigator = std::make_unique<PageNavigator>();
        m_navigator->setPages(m_pages.get());
    }

    void modelPaginatesAtTheLegibleMinimum()
    {
        QVERIFY(m_pages->count() > 5);
        QCOMPARE(m_pages->minFontPx(), 60.0);
        QCOMPARE(m_pages->effectiveFontPx(), 60.0); // a whole speech never fits one page
        QCOMPARE(m_pages->rowCount(), m_pages->count());
        const QVariantList lines = m_pages->linesOf(0);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.first().toMap().value("text").toString(), QStringLiteral("在全区数字政务服务推进会上的讲话"));
        QCOMPARE(lines.first().toMap().value("kind").toString(), QStringLiteral("title"));
        QCOMPARE(m_pages->data(m_pages->index(2), PageModel::NumberRole).toInt(), 3);

        QSignalSpy paginated(m_pages.get(), &PageModel::paginated);
        m_pages->setFontPx(40); // below the minimum: held at it
        QCOMPARE(m_pages->effectiveFontPx(), 60.0);
        m_pages->setFontPx(80);
        QCOMPARE(m_pages->effectiveFontPx(), 80.0);
        QVERIFY(paginated.count() >= 1);
        m_pages->setCanvasHeight(2160);
        QCOMPARE(m_pages->minFontPx(), 120.0);
        QCOMPARE(m_pages->effectiveFontPx(), 120.0);
        m_pages->setFontPx(0);
        m_pages->setMinimumPx(90); // configured by the secretary
        QCOMPARE(m_pages->minFontPx(), 90.0);
        QCOMPARE(m_pages->effectiveFontPx(), 90.0);
    }

    void boldLeadsReachTheView()
    {
        // Page of the first 一是 point: its first line starts with the bold lead.
        bool found = false;
        for (int page = 0; page < m_pages->count() && !found; ++page) {
            for (const QVariant &v : m_pages->linesOf(page)) {
                const QVariantMap line = v.toMap();
                if (!line.value("text").toString().startsWith(QStringLiteral("一是服务渠道")))
                    continue;
                QCOMPARE(line.value("lead").toInt(), 11); // 一是服务渠道更加便捷。
                QVERIFY(line.value("styled").toString().startsWith(QStringLiteral("<b>一是服务渠道更加便捷。</b>")));
                found = true;
                break;
            }
        }
        QVERIFY(found);
    }

    void clickerKeys()
    {
        PageNavigator &n = *m_navigator;
        QSignalSpy page(&n, &PageNavigator::pageChanged);
        QVERIFY(n.handleKey(Qt::Key_PageDown, 0));
        QCOMPARE(n.page(), 1);
        QVERIFY(!n.follow()); // turned by hand
        n.handleKey(Qt::Key_Right, 0);
        n.handleKey(Qt::Key_Space, 0);
        QCOMPARE(n.page(), 3);
        n.handleKey(Qt::Key_PageUp, 0);
        n.handleKey(Qt::Key_Backspace, 0);
        QCOMPARE(n.page(), 1);
        n.handleKey(Qt::Key_End, 0);
        QCOMPARE(n.page(), m_pages->count() - 1);
        n.handleKey(Qt::Key_PageDown, 0); // no page past the last
        QCOMPARE(n.page(), m_pages->count() - 1);
        n.handleKey(Qt::Key_Home, 0);
        QCOMPARE(n.page(), 0);
        QVERIFY(page.count() >= 6);
        QVERIFY(!n.handleKey(Qt::Key_Q, Qt::ControlModifier));
        QVERIFY(!n.handleKey(Qt::Key_X, 0));
    }

    void sectionJumps()
    {
        PageNavigator &n = *m_navigator;
        const QList<int> sections = m_pages->sectionPages();
        QCOMPARE(sections.size(), 3); // 一、 二、 三、
        QVERIFY(std::is_sorted(sections.cbegin(), sections.cend()));
        n.handleKey(Qt::Key_BracketRight, 0);
        QCOMPARE(n.page(), sections[0]);
        QVERIFY(m_pages->linesOf(n.page()).first().toMap().value("text").toString().startsWith(QStringLiteral("一、")));
        n.handleKey(Qt::Key_BracketRight, 0);
        QCOMPARE(n.page(), sections[1]);
        n.next();
        n.handleKey(Qt::Key_BracketLeft, 0);
        QCOMPARE(n.page(), sections[1]);
        n.handleKey(Qt::Key_BracketLeft, 0);
        QCOMPARE(n.page(), sections[0]);
    }

    void typedPageNumber()
    {
        PageNavigator &n = *m_navigator;
        n.handleKey(Qt::Key_1, 0);
        QCOMPARE(n.typedNumber(), QStringLiteral("1"));
        QCOMPARE(n.page(), 0); // nothing moves before Enter
        n.handleKey(Qt::Key_Return, 0);
        QCOMPARE(n.page(), 0);
        n.handleKey(Qt::Key_4, 0);
        n.handleKey(Qt::Key_Enter, 0);
        QCOMPARE(n.page(), 3);
        QVERIFY(n.typedNumber().isEmpty());
        n.handleKey(Qt::Key_9, 0);
        n.handleKey(Qt::Key_9, 0);
        n.handleKey(Qt::Key_Return, 0);
        QCOMPARE(n.page(), m_pages->count() - 1); // past the end: the last page
        n.handleKey(Qt::Key_2, 0);
        n.handleKey(Qt::Key_Escape, 0); // changed my mind
        QVERIFY(n.typedNumber().isEmpty());
        QCOMPARE(n.page(), m_pages->count() - 1);
    }

    void blankScreensAreExclusiveAndReturn()
    {
        PageNavigator &n = *m_navigator;
        n.setPage(2);
        QSignalSpy blank(&n, &PageNavigator::blankChanged);
        n.handleKey(Qt::Key_B, 0);
        QCOMPARE(n.blank(), PageNavigator::Black);
        n.handleKey(Qt::Key_W, 0); // white replaces black
        QCOMPARE(n.blank(), PageNavigator::White);
        n.handleKey(Qt::Key_Comma, 0);
        QCOMPARE(n.blank(), PageNavigator::NotBlank);
        n.handleKey(Qt::Key_Period, 0);
        QCOMPARE(n.blank(), PageNavigator::Black);
        n.handleKey(Qt::Key_B, 0);
        QCOMPARE(n.blank(), PageNavigator::NotBlank);
        QCOMPARE(blank.count(), 5);
        QCOMPARE(n.page(), 2); // the same page comes back
    }

    void fontChangeKeepsTheText()
    {
        PageNavigator &n = *m_navigator;
        n.setPage(5);
        const int block = m_pages->firstBlockOf(5), offset = m_pages->firstOffsetOf(5);
        for (double px : {72.0, 96.0, 60.0}) {
            m_pages->setFontPx(px);
            const Page &p = m_pages->pagination().pages[n.page()];
            QVERIFY(!(Anchor{block, offset} < p.first));
            QVERIFY((Anchor{block, offset} < p.end));
        }
    }

    void followsThePrompter()
    {
        PrompterController prompter;
        prompter.setModel(m_session->model());
        PageNavigator &n = *m_navigator;
        n.setReading(&prompter);
        QVERIFY(n.follow());
        prompter.jumpToSection(3);
        const int expected = m_pages->pageOf(prompter.anchorBlock(), prompter.anchorOffset());
        QVERIFY(expected > 0);
        QCOMPARE(n.page(), expected);
        QVERIFY(m_pages->sectionOf(n.page()).startsWith(QStringLiteral("三、")));
        n.handleKey(Qt::Key_PageUp, 0); // the operator takes over
        prompter.end();
        QCOMPARE(n.page(), expected - 1);
        n.handleKey(Qt::Key_F, 0); // and hands back
        QCOMPARE(n.page(), m_pages->count() - 1);
    }

    // "Section N" is one thing: the prompter's N-th section starts on the
    // pages' N-th section page, and the pages name the same heading — also in
    // a speech whose only headings are level 2 (（一）…).
    void sectionsAreTheSameOnPrompterAndPages_data()
    {
        QTest::addColumn<bool>("levelTwoOnly");
        QTest::newRow("sample") << false;
        QTest::newRow("level-2 headings only") << true;
    }
    void sectionsAreTheSameOnPrompterAndPages()
    {
        QFETCH(bool, levelTwoOnly);
        Document doc = m_session->model()->document();
        if (levelTwoOnly) {
            for (Block &b : doc.blocks)
                if (b.kind == BlockKind::Heading)
                    b.level = 2;
            m_session->model()->setDocument(doc);
        }
        PrompterController prompter;
        prompter.setModel(m_session->model());
        QVERIFY(prompter.sectionCount() >= 3);
        QList<int> pages;
        for (int n = 1; n <= prompter.sectionCount(); ++n) {
            prompter.jumpToSection(n);
            const int page = m_pages->pageOf(prompter.anchorBlock(), prompter.anchorOffset());
            if (pages.isEmpty() || pages.last() != page)
                pages.append(page);
        }
        QCOMPARE(m_pages->sectionPages(), pages);
        // And every page is headed with the section the prompter says its first line is in.
        for (int page = 0; page < m_pages->count(); ++page) {
            prompter.setAnchor(m_pages->firstBlockOf(page), m_pages->firstOffsetOf(page));
            QCOMPARE(m_pages->sectionOf(page), prompter.sectionTitle());
        }
    }

private:
    std::unique_ptr<SpeechSession> m_session;
    std::unique_ptr<PageModel> m_pages;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<PageNavigator> m_navigator;
};

QTEST_MAIN(TestPageNavigator)
#include "tst_pagenavigator.moc"
