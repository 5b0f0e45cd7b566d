#include "PageNavigator.h"

namespace lectern {

PageNavigator::PageNavigator(QObject *parent) : QObject(parent) {}

void PageNavigator::setPages(PageModel *pages)
{
    if (pages == m_pages)
        return;
    if (m_pages)
        disconnect(m_pages, nullptr, this, nullptr);
    m_pages = pages;
    if (m_pages)
    {
        connect(m_pages, &PageModel::paginated, this, &PageNavigator::onRepaginated);
        // The page's first sentence stays on screen through a live edit.
        connect(m_pages, &PageModel::edited, this, [this](const LiveEdit &edit) { m_anchor = movedAnchor(m_anchor, edit); });
    }
    emit pagesChanged();
    onRepaginated();
}

void PageNavigator::setReading(ReadingPosition *reading)
{
    if (reading == m_reading)
        return;
    if (m_reading)
        disconnect(m_reading, nullptr, this, nullptr);
    m_reading = reading;
    if (m_reading)
        connect(m_reading, &ReadingPosition::positionChanged, this, &PageNavigator::followReading);
    emit pagesChanged();
    followReading();
}

void PageNavigator::restorePage(int page, bool byHand)
{
    if (byHand)
        setFollow(false);
    if (m_pages && m_pages->count() > 0)
        setPage(page);
    else
        m_pendingPage = page;
}

void PageNavigator::setPage(int page)
{
    const int count = m_pages ? m_pages->count() : 0;
    page = std::clamp(page, 0, std::max(0, count - 1));
    if (m_pages && count > 0)
        m_anchor = {m_pages->firstBlockOf(page), m_pages->firstOffsetOf(page)};
    if (page == m_page)
        return;
    m_page = page;
    emit pageChanged();
}

void PageNavigator::last()
{
    setPage(m_pages ? m_pages->count() - 1 : 0);
}

void PageNavigator::nextSection()
{
    if (!m_pages)
        return;
    for (int p : m_pages->sectionPages())
        if (p > m_page) {
            setPage(p);
            return;
        }
}

void PageNavigator::previousSection()
{
    if (!m_pages)
        return;
    int target = 0;
    for (int p : m_pages->sectionPages())
        if (p < m_page)
            target = p;
    setPage(target);
}

void PageNavigator::setBlank(Blank blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    emit blankChanged();
}

void PageNavigator::toggleBlank(Blank kind)
{
    setBlank(m_blank == kind ? NotBlank : kind);
}

void PageNavigator::setFollow(bool on)
{
    if (on == m_follow)
        return;
    m_follow = on;
    emit followChanged();
    followReading();
}

void PageNavigator::onRepaginated()
{
    if (!m_pages)
        return;
    const int count = m_pages->count();
    if (m_pendingPage >= 0 && count > 0) { // the page a restart came back to
        const int pending = std::exchange(m_pendingPage, -1);
        m_page = -1;
        setPage(pending);
        return;
    }
    // The same text, wherever the new pagination put it.
    const int page = m_anchor.block > 0 ? m_pages->pageOf(m_anchor.block, m_anchor.offset) : 0;
    m_page = -1; // force the signal: the page's content changed even if its number did not
    const int target = std::clamp(page, 0, std::max(0, count - 1));
    m_page = target;
    // m_anchor stays: several size changes in a row must not drift backwards.
    emit pageChanged();
    followReading();
}

void PageNavigator::followReading()
{
    if (!m_follow || !m_reading || !m_pages || m_pages->count() == 0)
        return;
    const int page = m_pages->pageOf(m_reading->anchorBlock(), m_reading->anchorOffset());
    if (page >= 0)
        setPage(page);
}

void PageNavigator::setOverview(bool on)
{
    if (on == m_overview)
        return;
    m_overview = on;
    emit overviewChanged();
}

void PageNavigator::setShowClock(bool on)
{
    if (on == m_showClock)
        return;
    m_showClock = on;
    emit showClockChanged();
}

bool PageNavigator::handleKey(int key, int modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        m_typed += QChar(u'0' + (key - Qt::Key_0));
        emit typedNumberChanged();
        return true;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !m_typed.isEmpty()) {
        setPage(m_typed.toInt() - 1); // pages are numbered from 1 on screen
        m_typed.clear();
        emit typedNumberChanged();
        return true;
    }
    if (!m_typed.isEmpty() && key == Qt::Key_Escape) {
        m_typed.clear();
        emit typedNumberChanged();
        return true;
    }
    if (m_overview && key == Qt::Key_Escape) {
        setOverview(false);
        return true;
    }
    // Turning a page by hand stops following the speaker until F is pressed.
    auto byHand = [this] { setFollow(false); };
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        byHand();
        next();
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        byHand();
        previous();
        return true;
    case Qt::Key_Home:
        byHand();
        first();
        return true;
    case Qt::Key_End:
        byHand();
        last();
        return true;
    case Qt::Key_BracketRight:
        byHand();
        nextSection();
        return true;
    case Qt::Key_BracketLeft:
        byHand();
        previousSection();
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        toggleBlank(Black);
        return true;
    case Qt::Key_W:
    case Qt::Key_Comma:
        toggleBlank(White);
        return true;
    case Qt::Key_F:
        setFollow(!m_follow);
        return true;
    case Qt::Key_G: // the operator's overview of all pages
        setOverview(!m_overview);
        return true;
    case Qt::Key_C: // the time in the footer, on or off
        setShowClock(!m_showClock);
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        // From the size on screen (auto-fit included); the same text stays on screen.
        if (m_pages)
            m_pages->setFontPx(m_pages->effectiveFontPx() + kFontStep);
        return true;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        if (m_pages)
            m_pages->setFontPx(std::max(m_pages->minFontPx(), m_pages->effectiveFontPx() - kFontStep));
        return true;
    default:
        return false;
    }
}

} // namespace lectern
