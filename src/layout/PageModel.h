#pragma once

#include "Paginator.h"
#include "speech/SpeechModel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The projected pages of the speech, one row each, for the paged display, its
// overview grid and the operator's preview. Re-paginates when the speech, the
// canvas or the type size changes; fontPx 0 means auto-fit.
class PageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(lectern::SpeechModel *speech READ speech WRITE setSpeech NOTIFY speechChanged)
    Q_PROPERTY(int canvasWidth READ canvasWidth WRITE setCanvasWidth NOTIFY layoutChanged)
    Q_PROPERTY(int canvasHeight READ canvasHeight WRITE setCanvasHeight NOTIFY layoutChanged)
    Q_PROPERTY(double fontPx READ fontPx WRITE setFontPx NOTIFY layoutChanged)
    Q_PROPERTY(double effectiveFontPx READ effectiveFontPx NOTIFY paginated)
    Q_PROPERTY(double minFontPx READ minFontPx NOTIFY layoutChanged)
    // The smallest body size allowed, in canvas pixels; 0: 1/18 of the canvas height.
    Q_PROPERTY(double minimumPx READ minimumPx WRITE setMinimumPx NOTIFY layoutChanged)
    Q_PROPERTY(int count READ count NOTIFY paginated)
    Q_PROPERTY(double marginLeft READ marginLeft NOTIFY layoutChanged)
    Q_PROPERTY(double bodyTop READ bodyTop NOTIFY layoutChanged)
    Q_PROPERTY(double headerHeight READ headerHeight NOTIFY layoutChanged)
    Q_PROPERTY(double footerTop READ footerTop NOTIFY layoutChanged)

public:
    enum Role { NumberRole = Qt::UserRole + 1, LinesRole };
    Q_ENUM(Role)

    explicit PageModel(QObject *parent = nullptr);

    SpeechModel *speech() const { return m_speech; }
    void setSpeech(SpeechModel *speech);
    int canvasWidth() const { return int(m_geometry.canvas.width()); }
    void setCanvasWidth(int w);
    int canvasHeight() const { return int(m_geometry.canvas.height()); }
    void setCanvasHeight(int h);
    double fontPx() const { return m_fontPx; }
    void setFontPx(double px);
    double effectiveFontPx() const { return m_pages.fontPx; }
    // Legible from the back of the room: the body is at least 1/18 of the height
    // unless the secretary configured another minimum.
    double minFontPx() const { return m_minimumPx > 0 ? m_minimumPx : std::round(m_geometry.canvas.height() / 18.0); }
    double minimumPx() const { return m_minimumPx; }
    void setMinimumPx(double px);
    int count() const { return int(m_pages.pages.size()); }
    double marginLeft() const { return m_geometry.margins.left(); }
    double headerHeight() const { return m_geometry.headerHeight; }
    double bodyTop() const { return m_geometry.margins.top() + m_geometry.headerHeight; }
    double footerTop() const { return m_geometry.canvas.height() - m_geometry.margins.bottom() - m_geometry.footerHeight; }

    const Pagination &pagination() const { return m_pages; }
    Q_INVOKABLE int pageOf(int block, int offset) const; // 0-based
    Q_INVOKABLE int firstBlockOf(int page) const;
    Q_INVOKABLE int firstOffsetOf(int page) const;
    Q_INVOKABLE QVariantList linesOf(int page) const;
    Q_INVOKABLE QString sectionOf(int page) const;   // the section heading the page is under (sectionHeadings)
    Q_INVOKABLE bool isContinued(int page) const;    // begins inside a paragraph from the page before
    Q_INVOKABLE bool continues(int page) const;      // its last paragraph goes on over the page
    // First page of each section (sectionHeadings), in order.
    QList<int> sectionPages() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void speechChanged();
    void layoutChanged();
    void paginated();
    // A live edit of the speech, before the pages are made again: the
    // navigator moves its page's anchor with it (movedAnchor).
    void edited(const lectern::LiveEdit &edit);

private:
    void repaginate();

    QPointer<SpeechModel> m_speech;
    PageGeometry m_geometry;
    double m_fontPx = 0;
    double m_minimumPx = 0;
    PageStyle m_style;
    Pagination m_pages;
};

} // namespace lectern
