#include "PrompterSettings.h"

#include "document/Timing.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace lectern {
namespace {

QString &storageDirectory()
{
    static QString dir;
    return dir;
}

} // namespace

PrompterSettings::PrompterSettings(QObject *parent) : QObject(parent) {}

void PrompterSettings::setStorageDirectory(const QString &directory)
{
    storageDirectory() = directory;
}

QString PrompterSettings::storageFile()
{
    QString dir = storageDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("prompter-settings.ini"));
}

void PrompterSettings::setSpeechKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    QSettings store(storageFile(), QSettings::IniFormat);
    m_known = !key.isEmpty() && store.childGroups().contains(key);
    store.beginGroup(key);
    m_speed = SpeakingRate::clamp(store.value(QStringLiteral("speed"), SpeakingRate::kDefault).toInt());
    m_fontPx = std::max(0, store.value(QStringLiteral("fontPx"), 0).toInt());
    m_readingLine = std::clamp(store.value(QStringLiteral("readingLine"), 1.0 / 3.0).toDouble(), 0.1, 0.9);
    m_mirrorH = store.value(QStringLiteral("mirrorHorizontal"), false).toBool();
    m_mirrorV = store.value(QStringLiteral("mirrorVertical"), false).toBool();
    emit loaded();
    emit changed();
}

template<typename T> void PrompterSettings::update(T &field, T value)
{
    if (field == value)
        return;
    field = value;
    save();
    emit changed();
}

void PrompterSettings::setSpeed(int v) { update(m_speed, SpeakingRate::clamp(v)); }
void PrompterSettings::setFontPx(int v) { update(m_fontPx, std::max(0, v)); }
void PrompterSettings::setReadingLine(double v) { update(m_readingLine, std::clamp(v, 0.1, 0.9)); }
void PrompterSettings::setMirrorHorizontal(bool v) { update(m_mirrorH, v); }
void PrompterSettings::setMirrorVertical(bool v) { update(m_mirrorV, v); }

void PrompterSettings::save() const
{
    if (m_key.isEmpty())
        return;
    QDir().mkpath(QFileInfo(storageFile()).absolutePath());
    QSettings store(storageFile(), QSettings::IniFormat);
    store.beginGroup(m_key);
    store.setValue(QStringLiteral("speed"), m_speed);
    store.setValue(QStringLiteral("fontPx"), m_fontPx);
    store.setValue(QStringLiteral("readingLine"), m_readingLine);
    store.setValue(QStringLiteral("mirrorHorizontal"), m_mirrorH);
    store.setValue(QStringLiteral("mirrorVertical"), m_mirrorV);
    store.endGroup();
    store.sync(); // written now: a kiosk is often switched off at the wall
}

} // namespace lectern
