// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NotificationCoalescer.h"
#include "app/model/NotificationRules.h"
#include "app/model/SeenTransfers.h"
#include "store/TransferRecord.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>
#include <unordered_set>
#include <vector>

namespace seismic::app {

class NotificationTray;
class SettingsModel;

// Tells the user about incoming transfers through the tray: the live ones only (never a
// backfill's), those the settings' NotificationRules pick, coalesced so that a burst is one
// notification (NotificationCoalescer). Fed by TransferMonitor::transfersStored.
class TransferNotifications : public QObject
{
    Q_OBJECT

public:
    // Milliseconds since the epoch: the present (tests drive their own).
    using Clock = std::function<qint64()>;
    // The kind of the watched account at this address; none when it is not one of ours.
    using AccountKind = std::function<std::optional<WatchedAccountKind>(const Address&)>;

    TransferNotifications(const SettingsModel& settings, NotificationTray& tray,
                          AccountKind accountKind, QObject* parent = nullptr);
    ~TransferNotifications() override;

    // Another tray to show them (tests record them).
    void setTray(NotificationTray& tray) { m_tray = &tray; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setWindowMs(qint64 windowMs);

    bool isPaused() const { return m_paused; }
    // Paused: nothing is told, and what was held is dropped.
    void setPaused(bool paused);

    // The text of a notice, as the tray shows it.
    static QString titleOf(const TransferNotice& notice);
    static QString textOf(const TransferNotice& notice);

public Q_SLOTS:
    void addTransfers(const std::vector<store::TransferRecord>& transfers, bool live);
    // Tells what was held once its window is over (the timer calls it).
    void tellDue();

Q_SIGNALS:
    void pausedChanged(bool paused);

private:
    void tell(const TransferNotice& notice);
    void scheduleDue();
    void dropHeld();

    const SettingsModel& m_settings;
    NotificationTray* m_tray;
    AccountKind m_accountKind;
    Clock m_clock;
    NotificationCoalescer m_coalescer;
    // The transfers told or held (each is told once), and which of them are held.
    SeenTransfers m_told;
    std::unordered_set<client::TransferEventKey, client::TransferEventKeyHash> m_heldKeys;
    QTimer m_dueTimer;
    bool m_paused = false;
};

} // namespace seismic::app
