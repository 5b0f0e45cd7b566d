#include "UiMap.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>

namespace lectern {
namespace {

void collect(QQuickItem *item, QJsonObject *out)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return; // neither it nor anything in it can be seen
    if (!item->objectName().isEmpty() && item->width() > 0 && item->height() > 0) {
        const QPointF topLeft = item->mapToGlobal(QPointF(0, 0));
        QJsonArray entry{qRound(topLeft.x()), qRound(topLeft.y()), qRound(item->width()), qRound(item->height())};
        // A field's text too, so that a test can wait until what it typed is there.
        if (const QVariant text = item->property("text"); text.typeId() == QMetaType::QString)
            entry.append(text.toString());
        out->insert(item->objectName(), entry);
    }
    for (QQuickItem *child : item->childItems())
        collect(child, out);
}

} // namespace

UiMap::UiMap(const QString &path, QObject *parent) : QObject(parent), m_path(path)
{
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &UiMap::write);
    m_timer.start();
}

void UiMap::write()
{
    QJsonObject items;
    for (QWindow *w : QGuiApplication::topLevelWindows())
        if (auto *quick = qobject_cast<QQuickWindow *>(w); quick && quick->isVisible())
            collect(quick->contentItem(), &items);
    const QByteArray json = QJsonDocument(items).toJson(QJsonDocument::Compact);
    if (json == m_last)
        return;
    QSaveFile f(m_path);
    if (f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit())
        m_last = json;
}

} // namespace lectern
