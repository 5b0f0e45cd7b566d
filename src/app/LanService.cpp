#include "LanService.h"

#include "lan/LanThread.h"
#include "lan/RoomSecret.h"
#include "lan/RoomToken.h"
#include "lan/SignInAddress.h"
#include "meeting/MeetingStore.h"
#include "meeting/PhoneSignIn.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcLan, "lectern.lan")

namespace lectern {

namespace {
constexpr int kPairingMinutes = 5;
}

LanService::LanService(QObject *parent) : QObject(parent)
{
    m_window.setSingleShot(true);
    connect(&m_window, &QTimer::timeout, this, &LanService::turn);
    m_pairingExpiry.setSingleShot(true);
    connect(&m_pairingExpiry, &QTimer::timeout, this, [this] {
        m_pairingCode.clear();
        emit pairingCodeChanged();
    });
}

LanService::~LanService() = default;

void LanService::configure(const Setup &setup)
{
    m_setup = setup;
    emit runningChanged(); // enabled, port and the Wi-Fi may have changed
}

void LanService::start()
{
    if (!m_setup.enabled || m_thread)
        return;
    m_error.clear();
    m_secret = lan::roomSecret(m_setup.dataDir, &m_error);
    if (m_secret.isEmpty()) {
        qCWarning(lcLan).noquote() << m_error;
        emit runningChanged();
        return;
    }
    lan::LanSetup setup;
    setup.dataDir = m_setup.dataDir;
    setup.secret = m_secret; // read once, here: the code on the screen and the server agree
    setup.port = m_setup.port;
    for (const QString &a : m_setup.listen)
        setup.listen.append(QHostAddress(a));
    setup.ratePerAddress = m_setup.ratePerAddress;
    setup.checkPin = m_setup.checkPin;
    m_thread = std::make_unique<lan::LanThread>(setup);
    connect(m_thread.get(), &lan::LanThread::listening, this, [this, setup](quint16 port, const QString &error) {
        m_error = error;
        m_running = error.isEmpty();
        if (m_running) {
            m_address = lan::baseUrl(lan::hostForPhones(m_setup.host, setup.listen), port);
            qCInfo(lcLan).noquote() << "the room's server is listening:" << m_address;
            turn();
        } else {
            qCWarning(lcLan).noquote() << error;
        }
        emit runningChanged();
    });
    connect(m_thread.get(), &lan::LanThread::connectionsChanged, this, [this](int open) {
        m_connections = open;
        emit connectionsChanged();
    });
    // The console's lists are read again from the meeting's records.
    connect(m_thread.get(), &lan::LanThread::phoneSignedIn, this, [this] {
        ++m_revision;
        emit revisionChanged();
    });
    connect(m_thread.get(), &lan::LanThread::refused, this, [this](const QString &reason, const QString &address) {
        qCInfo(lcLan).noquote() << "refused" << reason << "from" << address; // at most once a minute for the same (LanServer)
        ++m_revision;
        emit revisionChanged();
    });
    connect(m_thread.get(), &lan::LanThread::remoteCommand, this, &LanService::remoteCommand);
    connect(m_thread.get(), &lan::LanThread::remotesChanged, this, [this](int n) {
        m_remotes = n;
        emit remotesChanged();
    });
    m_thread->start();
}

void LanService::stop()
{
    if (!m_thread)
        return;
    m_thread.reset(); // quits its loop and waits: every connection closed with it
    m_running = false;
    m_error.clear();
    m_address.clear();
    m_connections = 0;
    m_remotes = 0;
    m_window.stop();
    emit connectionsChanged();
    emit remotesChanged();
    emit runningChanged();
}

void LanService::newPairingCode()
{
    if (!m_thread)
        return;
    m_pairingCode = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
    m_thread->setPairingCode(m_pairingCode, QDateTime::currentDateTime().addSecs(kPairingMinutes * 60));
    m_pairingExpiry.start(kPairingMinutes * 60 * 1000);
    emit pairingCodeChanged();
}

QStringList LanService::signInsOf(int meetingId) const
{
    QStringList out;
    if (!m_store || meetingId <= 0)
        return out;
    try {
        for (const phone::PhoneSignIn &s : phone::signIns(m_store->db(), meetingId, 50))
            out.append(QStringLiteral("%1  %2%3").arg(s.at.toLocalTime().toString(QStringLiteral("HH:mm")), s.name,
                                                      s.unit.isEmpty() ? QString() : QStringLiteral(" · ") + s.unit));
    } catch (const store::StoreError &) {
    }
    return out;
}

namespace {

// What each refusal was, for the operator.
QString refusalText(const QString &reason)
{
    if (reason == u"stale_token")
        return QCoreApplication::translate("lectern::LanService", "an old code (a photo of the screen?)");
    if (reason == u"bad_token")
        return QCoreApplication::translate("lectern::LanService", "a code that is not this room's");
    if (reason == u"phone_used")
        return QCoreApplication::translate("lectern::LanService", "a second person from one phone (代签)");
    if (reason == u"rate_limited")
        return QCoreApplication::translate("lectern::LanService", "too many requests");
    if (reason == u"no_session")
        return QCoreApplication::translate("lectern::LanService", "a sign-in without scanning");
    if (reason == u"remote_pairing")
        return QCoreApplication::translate("lectern::LanService", "a wrong pairing code or PIN");
    if (reason == u"too_large" || reason == u"header_too_large" || reason == u"length_required")
        return QCoreApplication::translate("lectern::LanService", "a request too large to read");
    if (reason == u"timeout")
        return QCoreApplication::translate("lectern::LanService", "a request that never finished");
    return reason;
}

} // namespace

QStringList LanService::refusalsOf(int meetingId) const
{
    QStringList out;
    if (!m_store || meetingId <= 0)
        return out;
    try {
        for (const phone::Refusal &r : phone::refusals(m_store->db(), meetingId, 50))
            out.append(QStringLiteral("%1  %2  %3").arg(r.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")), r.address, refusalText(r.reason)));
    } catch (const store::StoreError &) {
    }
    return out;
}

void LanService::publish(const QByteArray &state)
{
    if (m_thread && m_running)
        m_thread->publish(state);
}

QString LanService::signInUrl(int meetingId) const
{
    if (!m_running || meetingId <= 0)
        return {};
    return lan::signInUrl(m_address, m_secret, meetingId, QDateTime::currentDateTime());
}

QString LanService::wifiCode() const
{
    return lan::wifiCode(m_setup.wifiSsid, m_setup.wifiPassword, m_setup.wifiSecurity);
}

void LanService::turn()
{
    // Just after the window turns, so the code shown is always the current one.
    const QDateTime now = QDateTime::currentDateTime();
    m_window.start(int(now.msecsTo(lan::windowEnd(now))) + 20);
    ++m_windowCount;
    emit signInUrlChanged();
}

} // namespace lectern
