#include "PageModel.h"

#include "speech/Sections.h"
#include "speech/Typography.h"

namespace lectern {

PageModel::PageModel(QObject *parent) : QAbstractListModel(parent), m_style(PageStyle::installed()) {}

void PageModel::setSpeech(SpeechModel *speech)
{
    if (speech == m_speech)
        return;
    if (m_speech)
        disconnect(m_speech, nullptr, this, nullptr);
    m_speech = speech;
    if (m_speech)
    {
        connect(m_speech, &QAbstractItemModel::modelReset, this, &PageModel::repaginate);
        connect(m_speech, &SpeechModel::edited, this, [this](const LiveEdit &edit) {
            emit edited(edit);
            repaginate();
        });
    }
    emit speechChanged();
    repaginate();
}

void PageModel::setCanvasWidth(int w)
{
    if (w <= 0 || w == canvasWidth())
        return;
    m_geometry.canvas.setWidth(w);
    emit layoutChanged();
    repaginate();
}

void PageModel::setCanvasHeight(int h)
{
    if (h <= 0 || h == canvasHeight())
        return;
    m_geometry = PageGeometry::forCanvas({m_geometry.canvas.width(), double(h)});
    emit layoutChanged();
    repaginate();
}

void PageModel::setFontPx(double px)
{
    px = px <= 0 ? 0 : std::max(px, minFontPx());
    if (qFuzzyCompare(px + 1, m_fontPx + 1))
        return;
    m_fontPx = px;
    emit layoutChanged();
    repaginate();
}

void PageModel::setMinimumPx(double px)
{
    px = std::max(0.0, px);
    if (qFuzzyCompare(px + 1, m_minimumPx + 1))
        return;
    m_minimumPx = px;
    emit layoutChanged();
    repaginate();
}

void PageModel::repaginate()
{
    beginResetModel();
    if (m_speech && m_speech->rowCount() > 0) {
        const Document &doc = m_speech->document();
        const Paginator paginator;
        PageStyle style = m_style;
        style.bodyPx = m_fontPx > 0 ? std::max(m_fontPx, minFontPx())
                                    : paginator.autoFitPx(doc, m_geometry, style, minFontPx(), std::round(m_geometry.canvas.height() / 8.0));
        m_pages = paginator.paginate(doc, m_geometry, style);
    } else {
        m_pages = {};
    }
    endResetModel();
    emit paginated();
}

int PageModel::pageOf(int block, int offset) const
{
    return m_pages.pageOf({block, offset});
}

int PageModel::firstBlockOf(int page) const
{
    return page >= 0 && page < count() ? m_pages.pages[page].first.block : 0;
}

int PageModel::firstOffsetOf(int page) const
{
    return page >= 0 && page < count() ? m_pages.pages[page].first.offset : 0;
}

QVariantList PageModel::linesOf(int page) const
{
    QVariantList lines;
    if (page < 0 || page >= count() || !m_speech)
        return lines;
    const Document &doc = m_speech->document();
    for (const PageLine &l : m_pages.pages[page].lines) {
        const Block *b = doc.block(l.block);
        if (!b)
            continue;
        PageStyle style = m_style;
        style.bodyPx = m_pages.fontPx;
        const QFont font = Paginator::fontFor(*b, style);
        // Characters of this line that belong to a point's bold lead sentence.
        const int lead = std::clamp(boldLeadLength(*b) - l.start, 0, l.length);
        const QString styled = styledText(l.text, lead);
        lines.append(QVariantMap{{"text", l.text}, {"styled", styled}, {"lead", lead}, {"y", l.y}, {"height", l.height}, {"family", font.family()},
                                 {"px", font.pixelSize()}, {"bold", font.bold()},
                                 {"kind", blockKindName(b->kind)}, {"centered", isCentered(b->kind)}});
    }
    return lines;
}

QString PageModel::sectionOf(int page) const
{
    if (page < 0 || page >= count() || !m_speech)
        return {};
    const Document &doc = m_speech->document();
    const int firstBlock = m_pages.pages[page].first.block;
    QString section;
    for (int id : sectionHeadings(doc)) {
        if (id > firstBlock)
            break;
        section = doc.block(id)->text;
    }
    return section;
}

bool PageModel::isContinued(int page) const
{
    return page >= 0 && page < count() && m_pages.pages[page].continued;
}

bool PageModel::continues(int page) const
{
    return page >= 0 && page < count() && m_pages.pages[page].continues;
}

QList<int> PageModel::sectionPages() const
{
    QList<int> pages;
    if (!m_speech)
        return pages;
    for (int id : sectionHeadings(m_speech->document())) {
        const int page = pageOf(id, 0);
        if (pages.isEmpty() || pages.last() != page)
            pages.append(page);
    }
    return pages;
}

int PageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NumberRole: return index.row() + 1;
    case LinesRole: return linesOf(index.row());
    default: return {};
    }
}

QHash<int, QByteArray> PageModel::roleNames() const
{
    return {{NumberRole, "number"}, {LinesRole, "lines"}};
}

} // namespace lectern
