// SPDX-License-Identifier: MIT
#include "app/service/TransferNotifications.h"

#include "app/model/AmountText.h"
#include "app/model/SettingsModel.h"
#include "app/service/NotificationTray.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace seismic::app {

TransferNotifications::TransferNotifications(const SettingsModel& settings, NotificationTray& tray,
                                             AccountKind accountKind, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tray(&tray)
    , m_accountKind(std::move(accountKind))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_dueTimer.setSingleShot(true);
    connect(&m_dueTimer, &QTimer::timeout, this, &TransferNotifications::tellDue);
    // Rules switched off: what was held is not told either.
    connect(&settings, &SettingsModel::notificationRulesChanged, this, [this] {
        if (!m_settings.notificationRules().enabled)
            dropHeld();
    });
}

TransferNotifications::~TransferNotifications() = default;

void TransferNotifications::setWindowMs(qint64 windowMs)
{
    dropHeld();
    m_coalescer = NotificationCoalescer(windowMs);
}

void TransferNotifications::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        dropHeld();
    Q_EMIT pausedChanged(paused);
}

void TransferNotifications::addTransfers(const std::vector<store::TransferRecord>& transfers,
                                         bool live)
{
    const NotificationRules& rules = m_settings.notificationRules();
    if (!live || m_paused || !rules.enabled)
        return;
    const qint64 now = m_clock();
    for (const store::TransferRecord& transfer : transfers) {
        const client::TransferEventKey key{transfer.txHash, transfer.logIndex};
        if (transfer.removed) {
            // A held one that is withdrawn (a fan-out delivered in part comes again whole) is
            // not told; its next delivery is judged afresh. One told already stays told.
            if (m_heldKeys.erase(key) > 0) {
                m_coalescer.withdraw(transfer);
                m_told.forget(transfer.blockNumber, key);
            }
            continue;
        }
        if (transfer.from == transfer.to)
            continue;
        const auto kind = m_accountKind(transfer.to);
        if (!kind || !rules.matches(transfer, *kind) ||
            !m_told.firstTime(transfer.blockNumber, key))
            continue;
        if (const auto notice = m_coalescer.add(transfer, now))
            tell(*notice);
        else
            m_heldKeys.insert(key);
    }
    scheduleDue();
}

void TransferNotifications::dropHeld()
{
    m_coalescer.clear();
    m_heldKeys.clear();
    m_dueTimer.stop();
}

void TransferNotifications::tellDue()
{
    if (const auto notice = m_coalescer.takeDue(m_clock())) {
        m_heldKeys.clear();
        tell(*notice);
    }
    scheduleDue();
}

void TransferNotifications::scheduleDue()
{
    const auto due = m_coalescer.dueAt();
    if (!due) {
        m_dueTimer.stop();
        return;
    }
    m_dueTimer.start(static_cast<int>(std::clamp<qint64>(*due - m_clock(), 0, 60'000)));
}

void TransferNotifications::tell(const TransferNotice& notice)
{
    m_tray->showNotification(titleOf(notice), textOf(notice));
}

QString TransferNotifications::titleOf(const TransferNotice& notice)
{
    return notice.single ? tr("Incoming transfer")
                         : tr("%Ln incoming transfer(s)", nullptr, notice.total);
}

QString TransferNotifications::textOf(const TransferNotice& notice)
{
    if (const auto& transfer = notice.single) {
        const QString from = QString::fromStdString(transfer->from.checksummed());
        if (!transfer->amount)
            //: %1 is a token symbol, %2 the sender's address.
            return tr("An encrypted amount of %1 from %2").arg(transfer->tokenSymbol, from);
        //: %1 is an amount, %2 a token symbol, %3 the sender's address.
        return tr("%1 %2 from %3")
            .arg(AmountText::rounded(*transfer->amount, transfer->decimals), transfer->tokenSymbol,
                 from);
    }
    if (notice.counts.size() == 1 && !notice.counts.first().first.isEmpty())
        //: %1 is a token symbol.
        return tr("%Ln new transfer(s) of %1", nullptr, notice.total)
            .arg(notice.counts.first().first);
    QStringList parts;
    for (const auto& [symbol, count] : notice.counts)
        //: How many transfers of a token: %1 the token symbol, %2 the count.
        parts.append(symbol.isEmpty() ? tr("other tokens: %L1").arg(count)
                                      : tr("%1: %L2").arg(symbol).arg(count));
    //: %1 lists how many of each token, e.g. "SDT: 5, USDC: 2".
    return tr("%Ln new transfer(s): %1", nullptr, notice.total)
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace seismic::app
