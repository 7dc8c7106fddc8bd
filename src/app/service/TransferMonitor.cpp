// SPDX-License-Identifier: MIT
#include "app/service/TransferMonitor.h"

#include "app/AppLogging.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/service/ViewingKeyService.h"
#include "client/ChainHead.h"
#include "client/PublicClient.h"
#include "seismic/Src20Amount.h"
#include "store/NetworkIdentity.h"
#include "store/TransferRedecryption.h"
#include "store/TransferStore.h"
#include "store/WatchCursorStore.h"

#include <algorithm>

namespace seismic::app {

using store::networkKey;
using store::redecryptTransfers;
using store::Store;
using store::TransferRecord;
using store::transferRecordOf;
using store::WatchCursor;
using store::WatchCursorStore;
using store::watchNameOf;
namespace {

QByteArray addressKey(const Address& address)
{
    return QByteArray(reinterpret_cast<const char*>(address.view().data()),
                      static_cast<qsizetype>(address.view().size()));
}

} // namespace

TransferMonitor::TransferMonitor(ClientSession& session, WalletModel& wallet,
                                 BalanceService& balances, ViewingKeyService& viewingKey,
                                 TransferTableModel& transfers, Store* store, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_wallet(wallet)
    , m_balances(balances)
    , m_viewingKey(viewingKey)
    , m_transfers(transfers)
    , m_store(store)
{
    connect(&m_session, &ClientSession::clientChanged, this, &TransferMonitor::queueRestart);
    // The previous chain's transfers are not this one's: the restart shows the new one's.
    connect(&m_session, &ClientSession::chainChanged, this, &TransferMonitor::queueRestart);
    connect(&m_wallet, &WalletModel::accountChanged, this, &TransferMonitor::queueRestart);
    connect(&m_balances, &BalanceService::tokensChanged, this, &TransferMonitor::queueRestart);
    connect(&m_balances, &BalanceService::tokensChanged, this, &TransferMonitor::tokensChanged);
    connect(&m_viewingKey, &ViewingKeyService::keyChanged, this, &TransferMonitor::queueRestart);
    connect(&m_wallet, &WalletModel::watchOnlyViewingKeyChanged, this,
            &TransferMonitor::queueRestart);
    queueRestart();
}

TransferMonitor::~TransferMonitor() = default;

client::TransferWatcher::Stats TransferMonitor::stats() const
{
    return m_watcher ? m_watcher->stats() : client::TransferWatcher::Stats{};
}

std::vector<TokenBalance> TransferMonitor::tokens() const
{
    return m_balances.tokens();
}

void TransferMonitor::setStore(Store* store)
{
    // The watch delivered so far belongs to the store it started on.
    saveTransfers(nullptr);
    m_watcher.reset();
    m_network.reset();
    m_store = store;
    queueRestart();
}

void TransferMonitor::setFromBlock(std::optional<std::uint64_t> block)
{
    if (block == m_fromBlock)
        return;
    m_fromBlock = block;
    queueRestart();
}

void TransferMonitor::setWatch(Watch watch, const std::optional<Address>& token)
{
    const std::optional<Address> watchedToken = watch == Watch::Token ? token : std::nullopt;
    if (watch == m_watch && watchedToken == m_watchedToken)
        return;
    m_watch = watch;
    m_watchedToken = watchedToken;
    Q_EMIT watchChanged();
    queueRestart();
}

void TransferMonitor::queueRestart()
{
    if (m_restartQueued)
        return;
    m_restartQueued = true;
    // Changes come in groups (a connection re-reads the token list and the viewing key): one
    // restart for all of them, after this event-loop turn.
    QTimer::singleShot(0, this, [this] {
        m_restartQueued = false;
        restart();
    });
}

void TransferMonitor::restart()
{
    // What the old watch delivered belongs to the network shown until now.
    saveTransfers(nullptr);
    m_watcher.reset();
    m_logs.clear();
    m_liveTransfers = 0;
    m_backfillBlock = 0;
    m_backfillHead = 0;
    Q_EMIT backfillProgressChanged();

    client::PublicClient* client = m_session.publicClient();
    // The stored transfers of the network show at once, before anything is fetched.
    std::optional<qint64> network;
    if (client && m_store && client->head()->chainId() && client->head()->genesisHash()) {
        auto key =
            networkKey(*m_store, {*client->head()->chainId(), *client->head()->genesisHash()});
        if (key)
            network = *key;
        else
            qCWarning(lcClient).noquote()
                << "transfer store:" << QString::fromStdString(key.error().describe());
    }
    // Until a connection names the chain, the table keeps what it shows (the stored transfers
    // of the configured chain, see AppContext).
    if (network)
        m_transfers.setNetwork(network);
    // The key that opens amounts: the one given for a watch-only account, else the unlocked
    // account's registered one.
    const SymmetricKey* viewingKey =
        m_wallet.isWatchOnly() ? m_wallet.watchOnlyViewingKey() : m_viewingKey.key();
    // Amounts stored before the key was known open now, where they are.
    if (viewingKey && network && m_transfers.store()) {
        auto filled = redecryptTransfers(*m_transfers.store(), *network, *viewingKey);
        if (!filled)
            qCWarning(lcClient).noquote()
                << "transfer store:" << QString::fromStdString(filled.error().describe());
        else if (*filled > 0)
            m_transfers.refresh();
    }
    Q_EMIT restarted();
    const auto account = m_wallet.account();
    client::TransferWatchOptions options;
    m_tokenInfo.clear();
    for (const TokenBalance& token : m_balances.tokens()) {
        if (!token.contract || (m_watch == Watch::Token && *token.contract != m_watchedToken))
            continue;
        options.tokens.push_back(token.kind == TokenKind::Erc20
                                     ? client::TokenSpec::erc20(*token.contract)
                                     : client::TokenSpec::src20(*token.contract));
        m_tokenInfo.insert(addressKey(*token.contract), {token.symbol, token.decimals});
    }
    if (!client || (m_watch == Watch::Account && !account) || options.tokens.empty()) {
        setState(State::Idle);
        return;
    }
    // Every SRC20 log, so that each transfer's whole fan-out is seen (one row, the same with or
    // without the key); the key opens the amounts it can.
    options.allSrc20Events = true;
    if (viewingKey)
        options.viewingKeys.push_back(*viewingKey);
    if (account)
        options.accounts = {*account};
    if (m_watch == Watch::Account)
        options.parties = {*account};
    const std::uint64_t head = m_session.blockNumber();
    options.fromBlock =
        m_fromBlock.value_or(head > kDefaultRecentBlocks ? head - kDefaultRecentBlocks : 0);
    // The watch's kind is part of its cursor's name (an account watch has not seen a token's
    // other transfers).
    m_watchName = (m_watch == Watch::Account ? QStringLiteral("watch=account;")
                                             : QStringLiteral("watch=token;")) +
                  watchNameOf(options);
    m_network = network;
    if (network && !m_fromBlock) {
        auto cursor = WatchCursorStore(*m_store).load(*network, m_watchName);
        if (!cursor)
            qCWarning(lcClient).noquote()
                << "transfer store:" << QString::fromStdString(cursor.error().describe());
        else if (*cursor && (*cursor)->blockNumber > head)
            options.fromBlock = head;
        else if (*cursor && (*cursor)->blockHash)
            // The watcher checks the block is still on the chain; if a reorganisation (while
            // the app was closed) orphaned it, it goes back to where the chains part (rewound).
            options.resumeFrom = client::BlockCursor{(*cursor)->blockNumber, *(*cursor)->blockHash};
        else if (*cursor)
            options.fromBlock = (*cursor)->blockNumber + 1;
    }
    options.pollInterval = std::chrono::milliseconds(1'000);

    m_watcher = std::make_unique<client::TransferWatcher>(client->rpcClient(), std::move(options));
    m_watcher->followHead(client->head());
    connect(m_watcher.get(), &client::TransferWatcher::transfersReceived, this,
            [this](const QList<client::TransferEvent>& events) { m_logs.remember(events); });
    connect(m_watcher.get(), &client::TransferWatcher::groupedTransfersReceived, this,
            &TransferMonitor::onTransfers);
    connect(m_watcher.get(), &client::TransferWatcher::stateChanged, this,
            &TransferMonitor::onWatcherState);
    connect(m_watcher.get(), &client::TransferWatcher::backfillProgress, this,
            [this](quint64 block, quint64 head) {
                m_backfillBlock = block;
                m_backfillHead = head;
                Q_EMIT backfillProgressChanged();
            });
    connect(m_watcher.get(), &client::TransferWatcher::cursorAdvanced, this,
            &TransferMonitor::saveCursor);
    connect(m_watcher.get(), &client::TransferWatcher::rewound, this,
            &TransferMonitor::withdrawAbove);
    connect(m_watcher.get(), &client::TransferWatcher::errorOccurred, this,
            [this](const Error& error) {
                m_lastError = QString::fromStdString(error.describe());
                qCWarning(lcClient).noquote() << "transfer watcher:" << m_lastError;
            });
    qCInfo(lcClient).noquote() << "watching" << m_watcher->options().tokens.size()
                               << (m_watch == Watch::Account ? "token(s) of the account"
                                                             : "token, every transfer,")
                               << "from block" << m_watcher->options().fromBlock.value_or(0)
                               << (viewingKey ? "with a viewing key" : "without a viewing key");
    if (const Status started = m_watcher->start(); !started) {
        setState(State::Failed, QString::fromStdString(started.error().describe()));
        m_watcher.reset();
    }
}

QDateTime TransferMonitor::timeOf(const client::Transfer& transfer, const QDateTime& fallback) const
{
    if (transfer.blockTimestamp)
        return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*transfer.blockTimestamp));
    return m_session.blockTime(transfer.blockNumber).value_or(fallback);
}

void TransferMonitor::onTransfers(const QList<client::Transfer>& transfers)
{
    const auto account = m_wallet.account();
    const QDateTime now = QDateTime::currentDateTime();
    const bool live = m_watcher && m_watcher->state() == client::TransferWatcher::State::Live;
    for (const client::Transfer& transfer : transfers) {
        if (transfer.kind == client::TransferKind::Approval)
            continue;
        const auto info = m_tokenInfo.value(addressKey(transfer.token));
        m_unsaved.push_back(transferRecordOf(transfer, info.first, info.second,
                                             timeOf(transfer, now), m_logs.logsOf(transfer)));
        m_unsavedTouchAccount =
            m_unsavedTouchAccount || transfer.from == account || transfer.to == account;
        if (live && !transfer.removed)
            ++m_liveTransfers;
    }
    m_logs.clear();
    // A finished chunk's cursor (cursorAdvanced) follows in this same turn: the batch waits for
    // it, so that both commit in one transaction. Live logs have none: stored after this turn.
    if (m_saveQueued)
        return;
    m_saveQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_saveQueued = false;
        saveTransfers(nullptr);
    });
}

void TransferMonitor::saveTransfers(const WatchCursor* cursor)
{
    const auto batch = std::exchange(m_unsaved, {});
    const bool touchesAccount = std::exchange(m_unsavedTouchAccount, false);
    // The one place transfers are gathered is the watcher's burst: one transaction, one update.
    (void)m_transfers.addTransfers(batch, cursor);
    Q_EMIT transfersStored(batch, m_state == State::Live);
    if (touchesAccount)
        Q_EMIT accountTransfer();
}

void TransferMonitor::saveCursor(const client::BlockCursor& cursor)
{
    const WatchCursor saved{m_watchName, cursor.number, cursor.hash};
    saveTransfers(&saved);
}

void TransferMonitor::withdrawAbove(quint64 block)
{
    // Rows of earlier sessions from the orphaned blocks (this session's came as removals, which
    // are stored first).
    saveTransfers(nullptr);
    if (!m_network || !m_transfers.store())
        return;
    auto withdrawn = m_transfers.store()->withdrawAbove(*m_network, block);
    if (!withdrawn) {
        qCWarning(lcClient).noquote()
            << "transfer store:" << QString::fromStdString(withdrawn.error().describe());
        return;
    }
    qCInfo(lcClient).noquote() << "reorganisation: transfers above block" << block
                               << "withdrawn:" << *withdrawn;
    if (*withdrawn > 0)
        m_transfers.refresh();
}

void TransferMonitor::onWatcherState(client::TransferWatcher::State state)
{
    switch (state) {
    case client::TransferWatcher::State::Idle:
    case client::TransferWatcher::State::Stopped:
        setState(State::Idle);
        return;
    case client::TransferWatcher::State::Backfilling:
        setState(State::Backfilling);
        return;
    case client::TransferWatcher::State::Live:
        setState(State::Live);
        return;
    case client::TransferWatcher::State::Reconnecting:
        setState(State::Reconnecting, m_lastError);
        return;
    case client::TransferWatcher::State::Failed:
        setState(State::Failed, m_lastError);
        return;
    }
}

void TransferMonitor::setState(State state, const QString& error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    if (!error.isEmpty() || state != State::Reconnecting)
        m_lastError = error;
    Q_EMIT stateChanged();
}

} // namespace seismic::app
