// SPDX-License-Identifier: MIT
#include "app/wallet/InactivityLock.h"

#include "app/AppLogging.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace seismic::app {
namespace {

// How often the time since the last input is compared with the limit: a lock comes at most
// this much late.
constexpr std::chrono::seconds kCheckInterval{10};

} // namespace

InactivityLock::InactivityLock(WalletModel& wallet, const SettingsModel& settings, Clock clock,
                               QObject* parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock([] { return std::chrono::steady_clock::now(); }))
    , m_lastInput(m_clock())
{
    m_checkTimer.setInterval(kCheckInterval);
    connect(&m_checkTimer, &QTimer::timeout, this, &InactivityLock::check);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &InactivityLock::follow);
    connect(&m_settings, &SettingsModel::autoLockMinutesChanged, this, &InactivityLock::follow);
    QCoreApplication::instance()->installEventFilter(this);
    follow();
}

InactivityLock::~InactivityLock() = default;

void InactivityLock::follow()
{
    // The time counts from the unlock (or the change of the limit), not from older input.
    touch();
    if (m_wallet.isUnlocked() && m_settings.autoLockMinutes() > 0)
        m_checkTimer.start();
    else
        m_checkTimer.stop();
}

void InactivityLock::touch()
{
    m_lastInput = m_clock();
}

void InactivityLock::check()
{
    const std::chrono::minutes limit{m_settings.autoLockMinutes()};
    if (!m_wallet.isUnlocked() || limit.count() == 0 || m_clock() - m_lastInput < limit)
        return;
    qCInfo(lcWallet) << "locking after" << limit.count() << "minutes without input";
    m_wallet.lock();
}

bool InactivityLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        touch();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace seismic::app
