// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace seismic::app {

class SettingsModel;
class WalletModel;

// Locks the wallet (wiping its key) after the settings' inactivity time without keyboard or
// mouse input anywhere in the application; 0 minutes never locks. Watches the input through an
// event filter on the application. The clock is a parameter so that tests drive the time:
// check() compares it with the last input, and a timer calls check() while unlocked.
class InactivityLock : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    InactivityLock(WalletModel& wallet, const SettingsModel& settings, Clock clock = {},
                   QObject* parent = nullptr);
    ~InactivityLock() override;

    // Locks when the inactivity time has passed since the last input (or the unlock).
    void check();
    // Input happened now.
    void touch();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void follow();

    WalletModel& m_wallet;
    const SettingsModel& m_settings;
    Clock m_clock;
    std::chrono::steady_clock::time_point m_lastInput;
    QTimer m_checkTimer;
};

} // namespace seismic::app
