#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstddef>
#include <optional>

namespace lectern {

// The values of a small enum, each named once: its key (stored, in JSON, on
// the command line), the words people write for it (read too; the first is
// how the record itself writes it), and its label for people (translated
// under the caller's context; nullptr when it has none). Tables of these
// stand where switch statements over the same names would repeat.
template<typename E>
struct Named
{
    E value;
    const char *key;
    const char16_t *terms[4]; // unused ones are nullptr
    const char *label;
};

namespace named {

template<typename E, std::size_t N>
const Named<E> &of(const Named<E> (&table)[N], E value)
{
    for (const Named<E> &n : table)
        if (n.value == value)
            return n;
    return table[0];
}

// The key or any of the words, trimmed, in any case.
template<typename E, std::size_t N>
std::optional<E> fromText(const Named<E> (&table)[N], const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const Named<E> &n : table) {
        if (t == QLatin1String(n.key))
            return n.value;
        for (const char16_t *term : n.terms)
            if (term && t == QStringView(term))
                return n.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QString key(const Named<E> (&table)[N], E value)
{
    return QString::fromLatin1(of(table, value).key);
}

template<typename E, std::size_t N>
QString term(const Named<E> (&table)[N], E value)
{
    const char16_t *first = of(table, value).terms[0];
    return first ? QString::fromUtf16(first) : QString();
}

template<typename E, std::size_t N>
QString label(const char *context, const Named<E> (&table)[N], E value)
{
    const char *text = of(table, value).label;
    return text ? QCoreApplication::translate(context, text) : QString();
}

} // namespace named
} // namespace lectern
