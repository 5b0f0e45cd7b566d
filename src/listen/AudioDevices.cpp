#include "AudioDevices.h"

#include <QMediaDevices>
#include <QVariantMap>

namespace lectern {
namespace {

// Two devices of one name (two identical USB microphones) are told apart by their ids.
QVariantList listed(const QList<QAudioDevice> &devices)
{
    QVariantList out;
    for (const QAudioDevice &d : devices) {
        const bool twin = std::count_if(devices.cbegin(), devices.cend(), [&](const QAudioDevice &o) { return o.description() == d.description(); }) > 1;
        const QString id = QString::fromUtf8(d.id());
        out.append(QVariantMap{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), twin ? QStringLiteral("%1 (%2)").arg(d.description(), id) : d.description()},
                               {QStringLiteral("isDefault"), d.isDefault()}});
    }
    return out;
}

QAudioDevice chosen(const QList<QAudioDevice> &devices, const QString &id, const QAudioDevice &fallback)
{
    if (!id.isEmpty())
        for (const QAudioDevice &d : devices)
            if (QString::fromUtf8(d.id()) == id)
                return d;
    return fallback;
}

} // namespace

AudioDevices::AudioDevices(QObject *parent) : QObject(parent) {}

// Qt 6.4's PulseAudio backend says when a device comes but not when one goes
// (QMediaDevices' signals stay silent; its list drops the device): a look
// once a second at the devices and the defaults catches both, in one place.
void AudioDevices::watch()
{
    if (m_poll.isActive())
        return;
    m_lastInput = input().id();
    m_lastOutput = output().id();
    m_signature = signature();
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (signature() != m_signature)
            systemChanged();
    });
    m_poll.start(1000);
}

QString AudioDevices::signature() const
{
    QStringList ids;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        ids.append(QStringLiteral("i:") + QString::fromUtf8(d.id()) + (d.isDefault() ? QStringLiteral("*") : QString()));
    for (const QAudioDevice &d : QMediaDevices::audioOutputs())
        ids.append(QStringLiteral("o:") + QString::fromUtf8(d.id()) + (d.isDefault() ? QStringLiteral("*") : QString()));
    return ids.join(u'|');
}

QVariantList AudioDevices::inputs()
{
    watch();
    return listed(QMediaDevices::audioInputs());
}

QVariantList AudioDevices::outputs()
{
    watch();
    return listed(QMediaDevices::audioOutputs());
}

QAudioDevice AudioDevices::inputById(const QString &id)
{
    return chosen(QMediaDevices::audioInputs(), id, QMediaDevices::defaultAudioInput());
}

QAudioDevice AudioDevices::outputById(const QString &id)
{
    return chosen(QMediaDevices::audioOutputs(), id, QMediaDevices::defaultAudioOutput());
}

void AudioDevices::setInputId(const QString &id)
{
    if (id == m_inputId)
        return;
    m_inputId = id;
    emit choiceChanged();
    systemChanged();
}

void AudioDevices::setOutputId(const QString &id)
{
    if (id == m_outputId)
        return;
    m_outputId = id;
    emit choiceChanged();
    systemChanged();
}

void AudioDevices::systemChanged()
{
    m_signature = signature();
    emit devicesChanged();
    const QByteArray in = input().id();
    const QByteArray out = output().id();
    if (in != m_lastInput) {
        m_lastInput = in;
        emit inputChanged();
    }
    if (out != m_lastOutput) {
        m_lastOutput = out;
        emit outputChanged();
    }
}

} // namespace lectern
