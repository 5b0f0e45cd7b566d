#include "PrompterViewState.h"

#include "speech/Typography.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace lectern {
namespace {

// A finite value within [lo, hi]; `fallback` for NaN/inf.
double bounded(double v, double lo, double hi, double fallback)
{
    return std::isfinite(v) ? std::clamp(v, lo, hi) : fallback;
}

// A size from a window that has none yet (0) or a NaN is "unknown": 0.
double dimension(double v)
{
    return std::isfinite(v) && v > 0 ? std::min(v, 100000.0) : 0;
}

// Booleans from disk: only what a writer of ours produces ("true"/"false", 1/0) counts.
std::optional<bool> strictBool(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    const QString s = v.toString().trimmed().toLower();
    if (s == u"true" || s == u"1")
        return true;
    if (s == u"false" || s == u"0")
        return false;
    return std::nullopt;
}

std::optional<double> finiteNumber(const QVariant &v)
{
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace

PrompterViewState::PrompterViewState(QObject *parent) : QObject(parent) {}

template<typename T> void PrompterViewState::update(T &field, T value)
{
    if (field == value)
        return;
    field = value;
    emit changed();
    if (!m_loading)
        emit edited();
}

double PrompterViewState::maxFontPx() const
{
    const double quarter = m_refHeight > 0 ? std::round(m_refHeight / 4) : TypeSize::kMaxPx;
    return std::max(kMinFontPx, std::min(TypeSize::kMaxPx, quarter));
}

void PrompterViewState::setFontPx(double px)
{
    // 0 (or anything unreadable) means "the screen's default".
    px = std::isfinite(px) && px > 0 ? std::round(std::clamp(px, kMinFontPx, TypeSize::kMaxPx)) : 0;
    update(m_fontPx, px);
}

double PrompterViewState::effectiveFontPx() const
{
    const double wanted = m_fontPx > 0 ? m_fontPx : (m_refHeight > 0 ? std::round(m_refHeight / 14) : 48);
    return std::clamp(wanted, kMinFontPx, maxFontPx());
}

void PrompterViewState::setLineSpacing(double v) { update(m_lineSpacing, bounded(v, 1.0, 3.0, kDefaultLineSpacing)); }
void PrompterViewState::setReadingLine(double v) { update(m_readingLine, bounded(v, 0.1, 0.9, kDefaultReadingLine)); }
void PrompterViewState::setSideMargin(double v) { update(m_sideMargin, bounded(v, 0.0, 0.3, kDefaultSideMargin)); }
void PrompterViewState::setMirrorHorizontal(bool on)
{
    m_storedMirrorH.reset(); // set by the user or loaded: this is the value to store
    update(m_mirrorH, on);
}

void PrompterViewState::imposeMirrorHorizontal()
{
    const bool own = m_storedMirrorH.value_or(m_mirrorH);
    const bool wasLoading = m_loading;
    m_loading = true;
    update(m_mirrorH, true);
    m_loading = wasLoading;
    m_storedMirrorH = own;
}
void PrompterViewState::setMirrorVertical(bool on) { update(m_mirrorV, on); }

void PrompterViewState::setReferenceWidth(double w)
{
    w = dimension(w);
    if (w != m_refWidth) {
        m_refWidth = w;
        emit changed(); // not an edit: the screen, not the user
    }
}

void PrompterViewState::setReferenceHeight(double h)
{
    h = dimension(h);
    if (h != m_refHeight) {
        m_refHeight = h;
        emit changed();
    }
}

double PrompterViewState::fontPxFor(double viewWidth) const
{
    const double px = effectiveFontPx();
    if (m_refWidth <= 0 || !std::isfinite(viewWidth) || viewWidth <= 0)
        return TypeSize::clamp(px);
    return TypeSize::clamp(std::round(px * viewWidth / m_refWidth));
}

void PrompterViewState::larger() { setFontPx(std::min(effectiveFontPx() + kFontStep, maxFontPx())); }
void PrompterViewState::smaller() { setFontPx(std::max(effectiveFontPx() - kFontStep, kMinFontPx)); }

QVariantMap PrompterViewState::toMap() const
{
    return {{QStringLiteral("fontPx"), m_fontPx},
            {QStringLiteral("lineSpacing"), m_lineSpacing},
            {QStringLiteral("readingLine"), m_readingLine},
            {QStringLiteral("sideMargin"), m_sideMargin},
            {QStringLiteral("mirrorHorizontal"), m_storedMirrorH.value_or(m_mirrorH)},
            {QStringLiteral("mirrorVertical"), m_mirrorV}};
}

void PrompterViewState::fromMap(const QVariantMap &map)
{
    m_loading = true;
    auto number = [&](const char *key, auto setter) {
        if (const auto v = finiteNumber(map.value(QLatin1String(key))))
            (this->*setter)(*v);
    };
    auto flag = [&](const char *key, auto setter) {
        if (const auto v = strictBool(map.value(QLatin1String(key))))
            (this->*setter)(*v);
    };
    number("fontPx", &PrompterViewState::setFontPx);
    number("lineSpacing", &PrompterViewState::setLineSpacing);
    number("readingLine", &PrompterViewState::setReadingLine);
    number("sideMargin", &PrompterViewState::setSideMargin);
    flag("mirrorHorizontal", &PrompterViewState::setMirrorHorizontal);
    flag("mirrorVertical", &PrompterViewState::setMirrorVertical);
    m_loading = false;
}

void PrompterViewState::reset()
{
    m_loading = true;
    setFontPx(0);
    setLineSpacing(kDefaultLineSpacing);
    setReadingLine(kDefaultReadingLine);
    setSideMargin(kDefaultSideMargin);
    setMirrorHorizontal(false);
    setMirrorVertical(false);
    m_loading = false;
}

} // namespace lectern
