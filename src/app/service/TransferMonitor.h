// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TransferRecord.h"
#include "client/TransferEvent.h"
#include "client/TransferWatcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace seismic::app {

class BalanceService;
class ClientSession;
class TransferTableModel;
class ViewingKeyService;
class WalletModel;

// Feeds the live transfer table: a client::TransferWatcher over the tokens of the balance list
// (SRC20 events under the account's viewing key, decrypted; all of them, encrypted, while there
// is no key; ERC20 events in full), backfilled from a chosen block, then live. Deliveries are
// gathered and handed to the table every kFlushInterval, so that thousands of events per second
// make a few model updates. Restarts (and empties the table) when the client, the account, the
// token list, the viewing key or the first block change.
class TransferMonitor : public QObject
{
    Q_OBJECT

public:
    // How often gathered transfers reach the table.
    static constexpr std::chrono::milliseconds kFlushInterval{100};
    // The default backfill: this many blocks below the head.
    static constexpr std::uint64_t kDefaultRecentBlocks = 1'000;

    enum class State
    {
        Idle,         // nothing to watch: no connection, no account, or no token
        Backfilling,  // loading history
        Live,         // following new blocks
        Reconnecting, // the stream was interrupted; catching up
        Failed,       // see lastError()
    };
    Q_ENUM(State)

    TransferMonitor(ClientSession& session, WalletModel& wallet, BalanceService& balances,
                    ViewingKeyService& viewingKey, TransferTableModel& transfers,
                    QObject* parent = nullptr);
    ~TransferMonitor() override;

    State state() const { return m_state; }
    const QString& lastError() const { return m_lastError; }
    // The first block of the backfill; none: kDefaultRecentBlocks below the head.
    std::optional<std::uint64_t> fromBlock() const { return m_fromBlock; }
    void setFromBlock(std::optional<std::uint64_t> block);
    // The block the backfill has reached, and the head it goes to (both 0 when not known).
    std::uint64_t backfillBlock() const { return m_backfillBlock; }
    std::uint64_t backfillHead() const { return m_backfillHead; }
    // The watcher's counters; zeros when there is none.
    client::TransferWatcher::Stats stats() const;

    // TransferRecord for one delivered event.
    static TransferRecord toRecord(const client::TransferEvent& event, const QString& symbol,
                                   unsigned decimals, const QDateTime& time);

Q_SIGNALS:
    void stateChanged();
    void backfillProgressChanged();
    // A delivered transfer moved the account's tokens.
    void accountTransfer();

public Q_SLOTS:
    void restart();

private:
    // The node's block time when it sent one with the log, else that of a block seen live,
    // else `fallback`.
    QDateTime timeOf(const client::TransferEvent& event, const QDateTime& fallback) const;
    void queueRestart();
    void onTransfers(const QList<client::TransferEvent>& events);
    void flush();
    void onWatcherState(client::TransferWatcher::State state);
    void setState(State state, const QString& error = {});

    ClientSession& m_session;
    WalletModel& m_wallet;
    BalanceService& m_balances;
    ViewingKeyService& m_viewingKey;
    TransferTableModel& m_transfers;
    std::unique_ptr<client::TransferWatcher> m_watcher;
    std::optional<std::uint64_t> m_fromBlock;
    State m_state = State::Idle;
    QString m_lastError;
    std::uint64_t m_backfillBlock = 0;
    std::uint64_t m_backfillHead = 0;
    bool m_restartQueued = false;
    QHash<QByteArray, std::pair<QString, unsigned>> m_tokenInfo; // by address bytes
    std::vector<TransferRecord> m_batch;
    QTimer m_flushTimer;
};

} // namespace seismic::app
