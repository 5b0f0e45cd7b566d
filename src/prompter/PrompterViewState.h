#pragma once

#include <QObject>
#include <QVariantMap>
#include <optional>
#include <QtQml/qqmlregistration.h>

namespace lectern {

// How the speaker's prompter looks: type size, line spacing, reading line,
// side margins and mirroring. One object that every prompter view (the
// speaker's, the operator's preview) binds to, whoever changes it (keys, the
// console's buttons, saved settings), so the views cannot disagree. Every
// setter validates: a value from a damaged file or a window without a size is
// clamped, never trusted. toMap()/fromMap() are what settings and crash
// resume store.
class PrompterViewState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // 0: the default for the speaker's screen (referenceHeight / 14).
    Q_PROPERTY(double fontPx READ fontPx WRITE setFontPx NOTIFY changed)
    Q_PROPERTY(double effectiveFontPx READ effectiveFontPx NOTIFY changed)
    Q_PROPERTY(double lineSpacing READ lineSpacing WRITE setLineSpacing NOTIFY changed)
    Q_PROPERTY(double readingLine READ readingLine WRITE setReadingLine NOTIFY changed)
    Q_PROPERTY(double sideMargin READ sideMargin WRITE setSideMargin NOTIFY changed)
    Q_PROPERTY(bool mirrorHorizontal READ mirrorHorizontal WRITE setMirrorHorizontal NOTIFY changed)
    Q_PROPERTY(bool mirrorVertical READ mirrorVertical WRITE setMirrorVertical NOTIFY changed)
    // The speaker's screen (the view the speaker reads): what sizes are relative to.
    Q_PROPERTY(double referenceWidth READ referenceWidth WRITE setReferenceWidth NOTIFY changed)
    Q_PROPERTY(double referenceHeight READ referenceHeight WRITE setReferenceHeight NOTIFY changed)

public:
    static constexpr double kFontStep = 4;
    static constexpr double kMinFontPx = 16;
    static constexpr double kDefaultLineSpacing = 1.4;
    static constexpr double kDefaultReadingLine = 1.0 / 3.0;
    static constexpr double kDefaultSideMargin = 0.06;

    explicit PrompterViewState(QObject *parent = nullptr);

    double fontPx() const { return m_fontPx; }
    void setFontPx(double px);
    // The size the speaker sees: the chosen one, or the screen's default, within
    // [kMinFontPx, min(TypeSize::kMaxPx, a quarter of the screen)].
    double effectiveFontPx() const;
    double lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(double v);
    double readingLine() const { return m_readingLine; }
    void setReadingLine(double v);
    double sideMargin() const { return m_sideMargin; }
    void setSideMargin(double v);
    bool mirrorHorizontal() const { return m_mirrorH; }
    void setMirrorHorizontal(bool on);
    bool mirrorVertical() const { return m_mirrorV; }
    void setMirrorVertical(bool on);
    double referenceWidth() const { return m_refWidth; }
    void setReferenceWidth(double w);
    double referenceHeight() const { return m_refHeight; }
    void setReferenceHeight(double h);

    // The type size for a view `viewWidth` wide showing what the speaker sees
    // (the operator's preview): scaled from the speaker's screen, clamped.
    Q_INVOKABLE double fontPxFor(double viewWidth) const;

    // Mirrored for this run whatever was saved (the kiosk's --mirror): not an
    // edit, and not what toMap() stores until the user toggles the mirror.
    void imposeMirrorHorizontal();

    // What settings store; fromMap ignores what is missing and clamps the rest.
    QVariantMap toMap() const;
    void fromMap(const QVariantMap &map);

public slots:
    void reset(); // every value to its default (not an edit)
    void larger();
    void smaller();
    void toggleMirrorHorizontal() { setMirrorHorizontal(!m_mirrorH); }
    void toggleMirrorVertical() { setMirrorVertical(!m_mirrorV); }

signals:
    void changed();
    // Changed by the user (keys, buttons), not by loading: what is worth saving.
    void edited();

private:
    double maxFontPx() const;
    template<typename T> void update(T &field, T value);

    double m_fontPx = 0;
    double m_lineSpacing = kDefaultLineSpacing;
    double m_readingLine = kDefaultReadingLine;
    double m_sideMargin = kDefaultSideMargin;
    bool m_mirrorH = false;
    bool m_mirrorV = false;
    std::optional<bool> m_storedMirrorH; // while imposed: the speech's own value
    double m_refWidth = 0;
    double m_refHeight = 0;
    bool m_loading = false;
};

} // namespace lectern
