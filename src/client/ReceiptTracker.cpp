// SPDX-License-Identifier: MIT
#include "client/ReceiptTracker.h"

#include "client/WalletClient.h"
#include "rpc/WhenAll.h"
#include "rpc/WithTimeout.h"

namespace seismic::client {

namespace {

// Outcomes kept after they became final, for outcome() and for waiters that come late.
constexpr std::size_t kFinishedKept = 1024;
// With a head subscription, the safety-net look comes every this many polling periods.
constexpr int kSafetyNetPeriods = 4;
constexpr std::chrono::milliseconds kDefaultTimeout{120'000};

Error trackerGone()
{
    return makeError(ErrorKind::Cancelled, "the receipt tracker is gone");
}

} // namespace

ReceiptTracker::ReceiptTracker(PublicClient* client)
    : QObject(client)
    , m_client(client)
{
    m_safetyNet.setTimerType(Qt::CoarseTimer);
    connect(&m_safetyNet, &QTimer::timeout, this, [this] { check(); });
}

ReceiptTracker::~ReceiptTracker()
{
    m_safetyNet.stop();
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
    follow();
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
        follow();
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

void ReceiptTracker::follow()
{
    if (!m_client)
        return;
    const auto period = m_client->options().rpc.pollInterval;
    if (!m_safetyNet.isActive())
        m_safetyNet.start(m_heads ? period * kSafetyNetPeriods : period);
    if (!m_heads && !m_subscribing)
        subscribe();
    // Coalesce the tracks of one event-loop turn into one look.
    QTimer::singleShot(0, this, [this] { check(); });
}

void ReceiptTracker::stopFollowing()
{
    m_safetyNet.stop();
    m_heads.reset();
}

QCoro::Task<> ReceiptTracker::subscribe()
{
    const QPointer<ReceiptTracker> self(this);
    const QPointer<PublicClient> client = m_client;
    if (!client)
        co_return;
    m_subscribing = true;
    auto eth = client->eth();
    auto heads = co_await eth.subscribeNewHeads();
    if (!self)
        co_return;
    m_subscribing = false;
    // Without heads the safety net keeps polling at the polling period.
    if (!heads || m_pending.empty() || !m_client)
        co_return;
    m_heads = std::move(heads).value();
    connect(m_heads.get(), &rpc::HeadSubscription::head, this, [this] { check(); });
    m_safetyNet.start(m_client->options().rpc.pollInterval * kSafetyNetPeriods);
}

QCoro::Task<> ReceiptTracker::check()
{
    if (m_checking) {
        m_checkAgain = true;
        co_return;
    }
    const QPointer<ReceiptTracker> self(this);
    m_checking = true;
    do {
        m_checkAgain = false;
        const QPointer<PublicClient> client = m_client;
        if (!client || m_pending.empty())
            break;
        auto eth = client->eth();
        std::vector<Hash> hashes;
        bool anyExpiry = false;
        for (const auto& [hash, entry] : m_pending) {
            hashes.push_back(hash);
            anyExpiry = anyExpiry || entry.sent.expiresAtBlock.has_value();
        }
        // The head first: a transaction with no receipt once the head is past its expiry can no
        // longer be included.
        std::optional<std::uint64_t> head;
        if (anyExpiry) {
            auto number = co_await eth.blockNumber();
            if (!self)
                co_return;
            if (number)
                head = *number;
        }
        std::vector<QCoro::Task<Result<std::optional<rpc::Receipt>>>> lookups;
        lookups.reserve(hashes.size());
        for (const auto& hash : hashes)
            lookups.push_back(eth.getTransactionReceipt(hash));
        auto receipts = co_await rpc::whenAll(std::move(lookups));
        if (!self)
            co_return;
        for (std::size_t i = 0; i < hashes.size(); ++i) {
            const auto entry = m_pending.find(hashes[i]);
            if (entry == m_pending.end())
                continue;
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
            } else {
                continue;
            }
            finish(hashes[i], std::move(outcome));
            if (!self)
                co_return;
        }
    } while (m_checkAgain);
    m_checking = false;
    if (m_pending.empty())
        stopFollowing();
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
    m_finished.push_back(outcome);
    if (m_finished.size() > kFinishedKept)
        m_finished.pop_front();
    // Either may end this object: only locals are used after the signal.
    auto waiters = std::move(node.mapped().waiters);
    Q_EMIT statusChanged(outcome);
    for (auto& waiter : waiters)
        waiter.resolve(outcome);
}

void ReceiptTracker::forgetIfUnwanted(const Hash& hash)
{
    const auto entry = m_pending.find(hash);
    if (entry != m_pending.end() && !entry->second.ours && entry->second.waiting == 0)
        m_pending.erase(entry);
    if (m_pending.empty())
        stopFollowing();
}

} // namespace seismic::client
