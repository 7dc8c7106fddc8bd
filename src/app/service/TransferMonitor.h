// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TokenBalance.h"
#include "client/Transfer.h"
#include "client/TransferEvent.h"
#include "client/TransferWatcher.h"
#include "core/Address.h"
#include "store/TransferLogIndex.h"
#include "store/TransferRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace seismic::store {
class Store;
struct WatchCursor;
} // namespace seismic::store

namespace seismic::app {

class BalanceService;
class ClientSession;
class TransferTableModel;
class ViewingKeyService;
class WalletModel;

// Feeds the transfer table and the store behind it: a client::TransferWatcher over the tokens of
// the balance list, then live, one row per transfer (the watcher's groupedTransfersReceived: an
// SRC20 event's fan-out of logs, one per party that can read it, is one transfer; its logs are
// kept beside the row so that a key learned later opens it). Every SRC20 log is read, so the
// rows are the same with or without the viewing key: the key only fills in amounts. Each
// delivery (the watcher's burst: a backfill chunk, or one event-loop turn of live logs) is one
// transaction in the store and one table update; nothing else gathers them.
//
// What is watched (Watch): the transfers from or to the wallet's current account (any account
// WalletModel selects, one with a signing key or one watched without), or every transfer of
// one token (no account needed).
//
// The watch resumes where it stopped: the store keeps a cursor per network and watch (its
// tokens, account and key: block number and hash), moved only after everything up to it is
// stored (the watcher's cursorAdvanced), and a restart continues from the block after it; if a
// reorganisation orphaned that block meanwhile, the watcher goes back to where the chains part
// and the store withdraws the orphaned rows. Without a cursor, or
// with a first block chosen, it backfills from that block (default: kDefaultRecentBlocks below
// the head). Restarts when the client, the account, the token list, the viewing key or the
// first block change; the table switches to the network's stored transfers at once.
class TransferMonitor : public QObject
{
    Q_OBJECT

public:
    // The default backfill: this many blocks below the head.
    static constexpr std::uint64_t kDefaultRecentBlocks = 1'000;

    // What the watch covers; the store keeps a cursor per kind.
    enum class Watch
    {
        Account, // transfers from or to the wallet's current account, of the listed tokens
        Token,   // every transfer of one token (watchedToken())
    };
    Q_ENUM(Watch)

    enum class State
    {
        Idle,         // nothing to watch: no connection, no account, or no token
        Backfilling,  // loading history
        Live,         // following new blocks
        Reconnecting, // the stream was interrupted; catching up
        Failed,       // see lastError()
    };
    Q_ENUM(State)

    // `store` null: nothing is kept (the table stays empty).
    TransferMonitor(ClientSession& session, WalletModel& wallet, BalanceService& balances,
                    ViewingKeyService& viewingKey, TransferTableModel& transfers,
                    store::Store* store, QObject* parent = nullptr);
    ~TransferMonitor() override;

    // Another store (a rebuilt one); null: nothing is kept. The watch restarts on it.
    void setStore(store::Store* store);

    State state() const { return m_state; }
    const QString& lastError() const { return m_lastError; }
    // The first block of the backfill; none: after the stored cursor, or without one
    // kDefaultRecentBlocks below the head.
    std::optional<std::uint64_t> fromBlock() const { return m_fromBlock; }
    void setFromBlock(std::optional<std::uint64_t> block);
    Watch watch() const { return m_watch; }
    // Token: the token whose every transfer is watched (one of the balance list's).
    const std::optional<Address>& watchedToken() const { return m_watchedToken; }
    // Changes what is watched (restarts); Token without a token watches nothing.
    void setWatch(Watch watch, const std::optional<Address>& token = std::nullopt);
    // Transfers delivered while live (not backfilled, not withdrawn) since the watch started:
    // what a rate counts. Starts at 0 again with each restart.
    quint64 liveTransferCount() const { return m_liveTransfers; }
    // The tokens that can be watched (the balance list's).
    std::vector<TokenBalance> tokens() const;
    // The block the backfill has reached, and the head it goes to (both 0 when not known).
    std::uint64_t backfillBlock() const { return m_backfillBlock; }
    std::uint64_t backfillHead() const { return m_backfillHead; }
    // The watcher's counters; zeros when there is none.
    client::TransferWatcher::Stats stats() const;

Q_SIGNALS:
    void stateChanged();
    void watchChanged();
    void tokensChanged();
    void backfillProgressChanged();
    // A delivered transfer moved the account's tokens.
    void accountTransfer();
    // A batch of transfers was stored (one record per transfer; possibly none). `live`: they
    // came while following new blocks, not from a backfill or a catch-up after an interruption.
    void transfersStored(const std::vector<store::TransferRecord>& transfers, bool live);
    // The watch starts afresh (another network, account, token or key): the transfers table
    // shows the stored transfers of its network, amounts a new key opens included; what is
    // delivered from here on follows them.
    void restarted();

public Q_SLOTS:
    void restart();

private:
    // The node's block time when it sent one with the log, else that of a block seen live,
    // else `fallback`.
    QDateTime timeOf(const client::Transfer& transfer, const QDateTime& fallback) const;
    void queueRestart();
    void onTransfers(const QList<client::Transfer>& transfers);
    // Stores the transfers delivered since the last time, with `cursor` if it covers them, in
    // one transaction.
    void saveTransfers(const store::WatchCursor* cursor);
    // Every transfer up to the cursor's block is delivered: stored with it, the watch resumes
    // after it.
    void saveCursor(const client::BlockCursor& cursor);
    // A reorganisation orphaned the blocks above `block`.
    void withdrawAbove(quint64 block);
    void onWatcherState(client::TransferWatcher::State state);
    void setState(State state, const QString& error = {});

    ClientSession& m_session;
    WalletModel& m_wallet;
    BalanceService& m_balances;
    ViewingKeyService& m_viewingKey;
    TransferTableModel& m_transfers;
    store::Store* m_store;
    std::unique_ptr<client::TransferWatcher> m_watcher;
    QString m_watchName;
    // The store's key of the network watched; none without a store or a chain identity.
    std::optional<qint64> m_network;
    std::optional<std::uint64_t> m_fromBlock;
    State m_state = State::Idle;
    QString m_lastError;
    std::uint64_t m_backfillBlock = 0;
    std::uint64_t m_backfillHead = 0;
    bool m_restartQueued = false;
    Watch m_watch = Watch::Account;
    std::optional<Address> m_watchedToken;
    quint64 m_liveTransfers = 0;
    // The per-log events of the batch whose transfers come next (their fan-out logs).
    store::TransferLogIndex m_logs;
    // Delivered, not yet stored (see onTransfers).
    std::vector<store::TransferRecord> m_unsaved;
    bool m_unsavedTouchAccount = false;
    bool m_saveQueued = false;
    QHash<QByteArray, std::pair<QString, unsigned>> m_tokenInfo; // by address bytes
};

} // namespace seismic::app
