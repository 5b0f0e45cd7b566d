#pragma once

#include "PageModel.h"
#include "speech/ReadingPosition.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// Where the projected display is: the current page, a black or white screen,
// and whether it follows the teleprompter. The page is remembered as the anchor
// it starts with, so a change of type size or canvas lands on the page that
// holds the same text. Keys are those of presentation clickers.
class PageNavigator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lectern::PageModel *pages READ pages WRITE setPages NOTIFY pagesChanged)
    // The reading position the pages follow (the prompter's), until a page is turned by hand.
    Q_PROPERTY(lectern::ReadingPosition *reading READ reading WRITE setReading NOTIFY pagesChanged)
    Q_PROPERTY(int page READ page WRITE setPage NOTIFY pageChanged)
    Q_PROPERTY(Blank blank READ blank WRITE setBlank NOTIFY blankChanged)
    Q_PROPERTY(bool follow READ follow WRITE setFollow NOTIFY followChanged)
    Q_PROPERTY(QString typedNumber READ typedNumber NOTIFY typedNumberChanged)
    // The operator's grid of all pages (G), and the clock in the footer (C).
    Q_PROPERTY(bool overview READ overview WRITE setOverview NOTIFY overviewChanged)
    Q_PROPERTY(bool showClock READ showClock WRITE setShowClock NOTIFY showClockChanged)

public:
    enum Blank { NotBlank, Black, White };
    Q_ENUM(Blank)

    explicit PageNavigator(QObject *parent = nullptr);

    PageModel *pages() const { return m_pages; }
    void setPages(PageModel *pages);
    ReadingPosition *reading() const { return m_reading; }
    void setReading(ReadingPosition *reading);
    int page() const { return m_page; }
    void setPage(int page);
    // Back on a page a restart left (resume); `byHand`: it had been turned by
    // hand, so the pages no longer follow the prompter. Kept until the speech
    // is paginated when that has not happened yet (a kiosk restores before
    // its window has a size).
    void restorePage(int page, bool byHand);
    Blank blank() const { return m_blank; }
    void setBlank(Blank blank);
    bool follow() const { return m_follow; }
    void setFollow(bool on);
    QString typedNumber() const { return m_typed; }
    bool overview() const { return m_overview; }
    void setOverview(bool on);
    bool showClock() const { return m_showClock; }
    void setShowClock(bool on);

    static constexpr double kFontStep = 6; // canvas pixels per +/−

public slots:
    void next() { setPage(m_page + 1); }
    void previous() { setPage(m_page - 1); }
    void first() { setPage(0); }
    void last();
    void nextSection();           // the first page of the next section (一、 二、 …)
    void previousSection();       // this section's first page, or the one before
    void toggleBlank(Blank kind); // pressing it again returns to the same page
    bool handleKey(int key, int modifiers); // true when the key was ours

signals:
    void pagesChanged();
    void pageChanged();
    void blankChanged();
    void followChanged();
    void typedNumberChanged();
    void overviewChanged();
    void showClockChanged();

private:
    void onRepaginated();
    void followReading();

    QPointer<PageModel> m_pages;
    QPointer<ReadingPosition> m_reading;
    int m_page = 0;
    int m_pendingPage = -1; // restorePage before pagination
    Anchor m_anchor;       // the start of the current page: what a re-pagination keeps
    Blank m_blank = NotBlank;
    bool m_follow = true;
    QString m_typed;       // digits typed before Enter
    bool m_overview = false;
    bool m_showClock = false;
};

} // namespace lectern
