#include "SpeechSettings.h"

#include "document/Timing.h"
#include "prompter/PrompterController.h"
#include "prompter/PrompterViewState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <cmath>

namespace lectern {

Q_LOGGING_CATEGORY(lcSettings, "lectern.settings")

SpeechSettings::SpeechSettings(const QString &file, PrompterController *prompter, PrompterViewState *view, QObject *parent)
    : QObject(parent), m_file(file), m_prompter(prompter), m_view(view)
{
    auto saveIfUser = [this] {
        if (!m_loading)
            save();
    };
    connect(m_view, &PrompterViewState::edited, this, saveIfUser);
    // A speed set by hand is remembered; one that follows a target duration is not.
    connect(m_prompter, &PrompterController::speedChanged, this, [this, saveIfUser] {
        if (m_prompter->targetSeconds() == 0)
            saveIfUser();
    });
}

void SpeechSettings::setSpeechKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_loading = true;
    QSettings store(m_file, QSettings::IniFormat);
    m_known = !key.isEmpty() && store.childGroups().contains(key);
    m_view->reset();
    m_prompter->setSpeed(SpeakingRate::kDefault);
    if (m_known) {
        store.beginGroup(key);
        QVariantMap map;
        for (const QString &k : store.childKeys())
            map.insert(k, store.value(k));
        bool ok = false;
        const double speed = map.value(QStringLiteral("speed")).toString().toDouble(&ok);
        if (ok && std::isfinite(speed))
            m_prompter->setSpeed(SpeakingRate::clamp(int(std::lround(std::clamp(speed, -1e6, 1e6)))));
        m_view->fromMap(map);
    }
    m_loading = false;
    emit loaded();
}

bool SpeechSettings::save()
{
    if (m_key.isEmpty())
        return true;
    QString problem;
    if (!QDir().mkpath(QFileInfo(m_file).absolutePath())) {
        problem = QCoreApplication::translate("lectern::SpeechSettings", "cannot create the folder");
    } else {
        QSettings store(m_file, QSettings::IniFormat);
        store.beginGroup(m_key);
        store.setValue(QStringLiteral("speed"), m_prompter->speed());
        const QVariantMap view = m_view->toMap();
        for (auto it = view.begin(); it != view.end(); ++it)
            store.setValue(it.key(), it.value());
        store.endGroup();
        store.sync();
        if (store.status() != QSettings::NoError)
            problem = QCoreApplication::translate("lectern::SpeechSettings", "cannot write the file");
    }
    if (problem.isEmpty())
        return true;
    m_error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_file), problem);
    qCWarning(lcSettings).noquote() << QCoreApplication::translate("lectern::SpeechSettings", "prompter settings not saved: %1").arg(m_error);
    emit saveFailed(m_error);
    return false;
}

} // namespace lectern
