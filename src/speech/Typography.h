#pragma once

#include "document/Block.h"

#include <QFont>
#include <QTextOption>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// The typefaces officials expect, named explicitly as the Simplified-Chinese
// faces (otherwise fontconfig may pick Japanese glyph variants): Song/serif for
// the title and body, Hei/sans for level-1 headings, Kai for level-2 headings
// when a Kai face is installed.
struct TypeFaces
{
    QString serif = QStringLiteral("Noto Serif CJK SC");
    QString sans = QStringLiteral("Noto Sans CJK SC");
    QString kai = QStringLiteral("Noto Serif CJK SC");

    static TypeFaces installed(); // the installed SC faces
    QString familyFor(BlockKind kind, int level) const;
};

// Where a speech is set. The type scale differs on purpose, and only here:
//  - the prompter is read by one person, scrolling; strong steps between
//    levels let the speaker see a new section coming from the corner of the eye,
//    and its body size is whatever the speaker chose;
//  - projected pages already set the body at the legible minimum for the back
//    of the room (1/18 of the height), so every extra point on a heading costs
//    lines per page; a gentler scale keeps headings distinct and pages full.
enum class TypeMedium { Prompter, Page };

// Type size of a block relative to the body text.
double typeScale(BlockKind kind, int level, TypeMedium medium);
// Title and level-3 headings (1.) are bold, the whole block.
bool isBold(BlockKind kind, int level);
// The front matter stands centred (title, byline, date); everything else is set left.
bool isCentered(BlockKind kind);
// How many characters at the start of a block are bold on their own: a
// point's lead sentence (第一，… / 一要… / a bold lead run); 0 otherwise.
int boldLeadLength(const Block &block);

// Every font size a view computes goes through this clamp: a size derived from
// a window that has no width yet, or from a damaged settings file, must not
// reach the renderer (a CJK glyph at 17,000 px takes minutes to rasterise).
struct TypeSize
{
    static constexpr double kMinPx = 8;
    static constexpr double kMaxPx = 400;
    static double clamp(double px); // NaN and ±inf give kMinPx
};

// A block's font, for measuring exactly what a view draws.
QFont blockFont(const TypeFaces &faces, BlockKind kind, int level, double bodyPx, TypeMedium medium);

// How a block's lines break, for every view that lays it out: at word
// boundaries (Chinese breaks between any two characters anyway), or anywhere
// once a run without a break opportunity is longer than a line could ever be —
// Qt looks for the word's end on every line, so an 800,000-character run of
// Latin letters took 28 s to paginate.
QTextOption::WrapMode wrapModeFor(const QString &text);

// Rich text for a stretch of a block: escaped, newlines as <br>, the first
// `boldLength` characters bold (a point's lead sentence). Every character of
// `text` is one character of the rendered text, so offsets in the model are
// offsets in the view; runs of spaces and tabs are kept (not collapsed) by
// the caller's white-space:pre-wrap.
QString styledText(const QString &text, int boldLength);

// The same rules for QML: block kinds are the model's names ("title", "heading" …).
class Typography : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serif READ serif CONSTANT)
    Q_PROPERTY(QString sans READ sans CONSTANT)
    Q_PROPERTY(QString kai READ kai CONSTANT)
    Q_PROPERTY(double minPx READ minPx CONSTANT)
    Q_PROPERTY(double maxPx READ maxPx CONSTANT)

public:
    explicit Typography(QObject *parent = nullptr);

    QString serif() const { return m_faces.serif; }
    QString sans() const { return m_faces.sans; }
    QString kai() const { return m_faces.kai; }
    double minPx() const { return TypeSize::kMinPx; }
    double maxPx() const { return TypeSize::kMaxPx; }

    Q_INVOKABLE QString familyFor(const QString &kind, int level) const;
    // On the prompter (and the reader, which shares its scale).
    Q_INVOKABLE double scaleFor(const QString &kind, int level) const;
    Q_INVOKABLE bool isBold(const QString &kind, int level) const;
    Q_INVOKABLE bool isCentered(const QString &kind) const;
    // Whole pixels within [minPx, maxPx].
    Q_INVOKABLE int px(double size) const;

private:
    TypeFaces m_faces;
};

} // namespace lectern
