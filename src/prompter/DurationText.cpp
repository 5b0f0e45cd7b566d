#include "DurationText.h"

#include <QRegularExpression>

namespace lectern {

std::optional<int> parseDurationText(const QString &typed)
{
    // Full-width digits and colons, as a Chinese input method types them.
    QString text = typed.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return 0;
    static const QRegularExpression unit(QStringLiteral(R"(\s*(分钟|分|min|mins|minutes?)$)"), QRegularExpression::CaseInsensitiveOption);
    text.remove(unit);
    static const QRegularExpression form(QStringLiteral(R"(^(\d{1,3})(?::(\d{1,2}))?(?::(\d{1,2}))?$)"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QList<int> parts = [&m] {
        QList<int> out;
        for (int i = 1; i <= 3; ++i)
            if (m.hasCaptured(i) && !m.captured(i).isEmpty())
                out.append(m.captured(i).toInt());
        return out;
    }();
    if (parts.size() == 1)
        return parts[0] * 60; // minutes
    if (parts.size() == 2) {
        if (parts[1] >= 60)
            return std::nullopt;
        return parts[0] * 60 + parts[1]; // minutes:seconds
    }
    if (parts[1] >= 60 || parts[2] >= 60)
        return std::nullopt;
    return parts[0] * 3600 + parts[1] * 60 + parts[2]; // hours:minutes:seconds
}

} // namespace lectern
