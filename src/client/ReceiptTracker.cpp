// SPDX-License-Identifier: MIT
#include "client/ReceiptTracker.h"

#include "client/ChainHead.h"
#include "client/WalletClient.h"
#include "rpc/WhenAll.h"
#include "rpc/WithTimeout.h"

#include <QTimer>

#include <algorithm>

namespace seismic::client {

namespace {

// Outcomes kept after they became final, for outcome() and for waiters that come late.
constexpr std::size_t kFinishedKept = 1024;
constexpr std::chrono::milliseconds kDefaultTimeout{120'000};
// A node that keeps failing lookups is asked again at most every 32 recheck delays (3.2 s).
constexpr int kMaxRecheckDoublings = 6;

Error trackerGone()
{
    return makeError(ErrorKind::Cancelled, "the receipt tracker is gone");
}

} // namespace

ReceiptTracker::ReceiptTracker(PublicClient* client, ChainHead* head)
    : QObject(client)
    , m_client(client)
    , m_head(head)
{
    // A new head is the only moment a receipt can appear; a new chain may hold any.
    connect(head, &ChainHead::newHead, this, [this] {
        if (!m_pending.empty())
            check();
    });
    m_recheck.setSingleShot(true);
    connect(&m_recheck, &QTimer::timeout, this, [this] {
        if (!m_pending.empty())
            check();
    });
    connect(head, &ChainHead::chainChanged, this, &ReceiptTracker::abandonPrevious);
}

void ReceiptTracker::abandonPrevious()
{
    // The node follows another chain now. Its pending transactions are looked up once more
    // there (a node restarted with its state may have them); those it does not have end, so
    // that nothing is looked up at every head forever and their nonces are released.
    for (const auto& [hash, entry] : m_pending)
        m_fromPreviousChain.insert(hash);
    if (!m_pending.empty())
        lookSoon();
}

ReceiptTracker::~ReceiptTracker()
{
    // Waiters resume with the error and find nothing left to touch.
    auto pending = std::exchange(m_pending, {});
    for (auto& [hash, entry] : pending) {
        for (auto& waiter : entry.waiters)
            waiter.resolve(trackerGone());
    }
}

void ReceiptTracker::track(SentTransaction transaction)
{
    const Hash hash = transaction.hash;
    Entry& entry = m_pending[hash];
    entry.sent = std::move(transaction);
    entry.ours = true;
    lookSoon();
    // The second look is this send's (in a burst, the last one's), not an earlier one's.
    if (m_client && m_client->options().receiptRecheckDelay.count() > 0)
        m_recheck.start(m_client->options().receiptRecheckDelay);
}

std::optional<TxOutcome> ReceiptTracker::outcome(const Hash& hash) const
{
    if (m_pending.contains(hash)) {
        TxOutcome pending;
        pending.hash = hash;
        return pending;
    }
    for (auto it = m_finished.rbegin(); it != m_finished.rend(); ++it) {
        if (it->hash == hash)
            return *it;
    }
    return std::nullopt;
}

QCoro::Task<Result<TxOutcome>> ReceiptTracker::wait(Hash hash, TxWaitOptions options)
{
    const QPointer<ReceiptTracker> self(this);
    if (auto known = outcome(hash); known && known->status != TxStatus::Pending)
        co_return *known;
    auto [it, added] = m_pending.try_emplace(hash);
    if (added) {
        it->second.sent = SentTransaction(hash);
        lookSoon();
    }
    rpc::Promise<Result<TxOutcome>> promise;
    it->second.waiters.push_back(promise);
    ++it->second.waiting;

    auto timeout = options.timeout;
    if (timeout.count() <= 0)
        timeout = m_client ? m_client->options().transactionTimeout : kDefaultTimeout;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [promise, timeout, hash] {
        promise.resolve(rpc::timeoutError(timeout, "waiting for transaction " + hash.hex()));
    });
    deadline.start(timeout);
    const auto cancelled = options.cancel.onCancel([promise] {
        promise.resolve(makeError(ErrorKind::Cancelled, "waiting for the transaction cancelled"));
    });

    auto result = co_await promise.future();
    deadline.stop();
    if (!self)
        co_return result;
    if (auto entry = m_pending.find(hash); entry != m_pending.end()) {
        --entry->second.waiting;
        forgetIfUnwanted(hash);
    }
    co_return result;
}

void ReceiptTracker::lookSoon()
{
    if (m_head) // heads from now on: the connection's one subscription
        m_head->start();
    if (m_lookQueued)
        return;
    m_lookQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_lookQueued = false;
        check();
    });
}

QCoro::Task<> ReceiptTracker::check()
{
    if (m_checking) {
        m_checkAgain = true;
        co_return;
    }
    const QPointer<ReceiptTracker> self(this);
    m_checking = true;
    bool lookupFailed = false;
    do {
        m_checkAgain = false;
        const QPointer<PublicClient> client = m_client;
        if (!client || m_pending.empty())
            break;
        auto eth = client->eth();
        std::vector<Hash> hashes;
        for (const auto& [hash, entry] : m_pending)
            hashes.push_back(hash);
        // The head before the lookups: a transaction with no receipt once the head is past its
        // expiry can no longer be included.
        std::optional<std::uint64_t> head;
        if (m_head && m_head->latest())
            head = m_head->number();
        std::vector<QCoro::Task<Result<std::optional<rpc::Receipt>>>> lookups;
        lookups.reserve(hashes.size());
        for (const auto& hash : hashes)
            lookups.push_back(eth.getTransactionReceipt(hash));
        auto receipts = co_await rpc::whenAll(std::move(lookups));
        if (!self)
            co_return;
        lookupFailed = std::any_of(receipts.begin(), receipts.end(),
                                   [](const auto& receipt) { return !receipt; });
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            const auto entry = m_pending.find(hashes[i]);
            if (entry == m_pending.end())
                continue;
            const std::optional<std::uint64_t> ourNonce =
                entry->second.ours ? entry->second.sent.nonce : std::nullopt;
            TxOutcome outcome;
            outcome.hash = hashes[i];
            const auto& receipt = receipts[i];
            if (receipt && *receipt) {
                outcome.receipt = **receipt;
                if ((*receipt)->succeeded()) {
                    outcome.status = TxStatus::Confirmed;
                } else {
                    outcome.status = TxStatus::Failed;
                    outcome.reason =
                        co_await replayFailure(m_client, entry->second.sent, outcome.blockNumber());
                    if (!self)
                        co_return;
                }
            } else if (const auto expiry = entry->second.sent.expiresAtBlock;
                       head && expiry && *head > *expiry) {
                outcome.status = TxStatus::Expired;
                outcome.reason = "not included by block " + std::to_string(*expiry) +
                                 " (the chain is at block " + std::to_string(*head) + ")";
            } else if (receipt && m_fromPreviousChain.contains(hashes[i])) {
                outcome.status = TxStatus::Expired;
                outcome.reason = "the node was reset to another chain, which does not have it";
            } else {
                continue;
            }
            // Ours, in a block: its nonce is used, and no other transaction with it ever will be.
            const std::optional<std::uint64_t> used = outcome.receipt ? ourNonce : std::nullopt;
            finish(hashes[i], std::move(outcome));
            if (!self)
                co_return;
            if (used) {
                endReplaced(hashes[i], *used);
                if (!self)
                    co_return;
            }
        }
    } while (m_checkAgain);
    m_checking = false;
    m_failedLooks = lookupFailed ? std::min(m_failedLooks + 1, kMaxRecheckDoublings) : 0;
    if (lookupFailed && !m_pending.empty() && m_client &&
        m_client->options().receiptRecheckDelay.count() > 0 && !m_recheck.isActive())
        m_recheck.start(m_client->options().receiptRecheckDelay * (1 << (m_failedLooks - 1)));
}

QCoro::Task<std::string> ReceiptTracker::replayFailure(QPointer<PublicClient> client,
                                                       SentTransaction sent, std::uint64_t block)
{
    const std::string unexplained = "reverted";
    auto* wallet = qobject_cast<WalletClient*>(client.data());
    if (!wallet || !sent.call || !sent.call->to || block == 0)
        co_return unexplained;
    TxRequest call = *sent.call;
    // The state the transaction ran against, as nearly as a call can: the block before.
    call.options.block = rpc::BlockId::number(block - 1);
    call.options.security = SecurityParams();
    auto replay = co_await wallet->signedCall(std::move(call));
    if (!replay && replay.error().kind == ErrorKind::Revert)
        co_return replay.error().message;
    co_return unexplained;
}

void ReceiptTracker::finish(const Hash& hash, TxOutcome outcome)
{
    auto node = m_pending.extract(hash);
    if (!node)
        return;
    m_fromPreviousChain.erase(hash);
    outcome.nonce = node.mapped().sent.nonce;
    m_finished.push_back(outcome);
    if (m_finished.size() > kFinishedKept)
        m_finished.pop_front();
    // Either may end this object: only locals are used after the signal.
    auto waiters = std::move(node.mapped().waiters);
    Q_EMIT statusChanged(outcome);
    for (auto& waiter : waiters)
        waiter.resolve(outcome);
}

void ReceiptTracker::endReplaced(const Hash& winner, std::uint64_t nonce)
{
    std::vector<Hash> replaced;
    for (const auto& [hash, entry] : m_pending)
        if (entry.ours && entry.sent.nonce == nonce)
            replaced.push_back(hash);
    const QPointer<ReceiptTracker> self(this);
    for (const Hash& hash : replaced) {
        TxOutcome outcome;
        outcome.hash = hash;
        outcome.status = TxStatus::Replaced;
        outcome.reason =
            "nonce " + std::to_string(nonce) + " was used by transaction " + winner.hex();
        finish(hash, std::move(outcome));
        if (!self)
            return;
    }
}

void ReceiptTracker::forgetIfUnwanted(const Hash& hash)
{
    const auto entry = m_pending.find(hash);
    if (entry != m_pending.end() && !entry->second.ours && entry->second.waiting == 0)
        m_pending.erase(entry);
}

} // namespace seismic::client
