#include "SpeechChoice.h"

#include "PlaceholderFill.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace lectern {

QByteArray SpeechChoice::toJson() const
{
    QList<int> lines(keepLines.cbegin(), keepLines.cend());
    std::sort(lines.begin(), lines.end()); // the same choice, the same file
    QJsonArray keep;
    for (int line : lines)
        keep.append(line);
    QJsonArray filled;
    for (const auto &[placeholder, value] : fills)
        filled.append(QJsonObject{{"placeholder", placeholder}, {"value", value}});
    return QJsonDocument(QJsonObject{{"version", 1}, {"path", path}, {"keep_lines", keep}, {"fills", filled}})
        .toJson(QJsonDocument::Indented);
}

std::optional<SpeechChoice> SpeechChoice::fromJson(const QByteArray &json, QString *problem)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QStringLiteral("version")).toInt() != 1
        || !o.value(QStringLiteral("path")).isString() || o.value(QStringLiteral("path")).toString().isEmpty()) {
        *problem = QCoreApplication::translate("lectern::SpeechChoice", "not a reviewed-speech file of this version");
        return std::nullopt;
    }
    SpeechChoice c;
    c.path = o.value(QStringLiteral("path")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("keep_lines")).toArray())
        if (v.toInt() > 0)
            c.keepLines.insert(v.toInt());
    for (const QJsonValue v : o.value(QStringLiteral("fills")).toArray()) {
        const QString placeholder = v[QStringLiteral("placeholder")].toString();
        if (!placeholder.isEmpty())
            c.fills.append({placeholder, v[QStringLiteral("value")].toString()});
    }
    return c;
}

namespace {

ImportResult applyFills(ImportResult result, const SpeechChoice &choice)
{
    if (!result.ok())
        return result;
    PlaceholderFill fill(*result.document);
    for (const auto &[placeholder, value] : choice.fills)
        fill.fillAll(placeholder, value);
    return result;
}

} // namespace

ImportResult importChosen(const SpeechChoice &choice, ImportOptions options)
{
    options.clean.keepLines = choice.keepLines;
    return applyFills(importSpeech(choice.path, options), choice);
}

ImportResult importChosenData(const QByteArray &bytes, const QString &name, const SpeechChoice &choice, ImportOptions options)
{
    options.clean.keepLines = choice.keepLines;
    return applyFills(importSpeechData(bytes, name, options), choice);
}

} // namespace lectern
