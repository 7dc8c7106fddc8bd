// SPDX-License-Identifier: MIT
#pragma once

#include "client/SentTransaction.h"
#include "client/TxOutcome.h"
#include "client/TxWaitOptions.h"
#include "rpc/Promise.h"

#include <QCoro/QCoroTask>

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace seismic::client {

class ChainHead;
class PublicClient;

// Follows transactions from pending to confirmed (in a block, status 1), failed (status 0; the
// reason found by replaying the call as a signed read at the block before, where the client has
// a key and the call), or expired (its expiresAtBlock passed without inclusion: a Seismic node
// will never mine it).
//
// A transaction is looked up once right after it is tracked (a node that mines at once, as a
// devnet does, has the receipt by then or shortly after: a second look follows after
// ClientOptions::receiptRecheckDelay after the latest send), then once at each new head of the
// connection's ChainHead, the only moments a receipt can appear: one batch of lookups for all
// pending transactions per look. A look in which a lookup failed is made again after the
// recheck delay, doubled for each such look in a row, since on an idle chain no head may come.
// Expiry is judged against the head. After a chain change every pending transaction is looked
// up again. Once a transaction this client sent is in a block, the others it sent with the same
// nonce (a speed-up or cancellation and the one it replaced) end Replaced at once: none of them
// can ever be mined, and none is looked up again.
class ReceiptTracker : public QObject
{
    Q_OBJECT

public:
    // A child of `client`, following `head` (the client's).
    ReceiptTracker(PublicClient* client, ChainHead* head);
    // Waiters end with Cancelled.
    ~ReceiptTracker() override;

    // Follow a sent transaction until it leaves Pending; statusChanged() tells when.
    void track(SentTransaction transaction);
    // The final outcome; follows the hash first if it is not followed yet (a transaction sent
    // elsewhere: no expiry known, no replay). Timeout error after options.timeout (tracking goes
    // on); Cancelled when options.cancel fires or the tracker goes away.
    QCoro::Task<Result<TxOutcome>> wait(Hash hash, TxWaitOptions options = {});
    // The latest known outcome of a followed (or recently finished) transaction.
    std::optional<TxOutcome> outcome(const Hash& hash) const;
    std::size_t pendingCount() const { return m_pending.size(); }

Q_SIGNALS:
    // A followed transaction left Pending.
    void statusChanged(const seismic::client::TxOutcome& outcome);

private:
    struct Entry
    {
        SentTransaction sent;
        std::vector<rpc::Promise<Result<TxOutcome>>> waiters;
        int waiting = 0;
        // Sent by this client (not just waited for).
        bool ours = false;
    };

    // A look at the next event-loop turn (the tracks of one turn share it).
    void lookSoon();
    QCoro::Task<> check();
    // Why a failed transaction reverted: the replayed call's revert message, or "reverted".
    static QCoro::Task<std::string> replayFailure(QPointer<PublicClient> client,
                                                  SentTransaction sent, std::uint64_t block);
    void finish(const Hash& hash, TxOutcome outcome);
    // `winner`, sent by this client with `nonce`, is in a block: the other transactions it sent
    // with that nonce (replaced by it, or it replaced them) end Replaced, never looked up again.
    void endReplaced(const Hash& winner, std::uint64_t nonce);
    // After a chain change: look once more, then end what the new chain does not have.
    void abandonPrevious();
    void forgetIfUnwanted(const Hash& hash);

    QPointer<PublicClient> m_client;
    std::map<Hash, Entry> m_pending;
    // Pending when the node changed chains: ended if the new chain does not have them.
    std::set<Hash> m_fromPreviousChain;
    // Recently finished outcomes, oldest first, for outcome() and late waiters.
    std::deque<TxOutcome> m_finished;
    QPointer<ChainHead> m_head;
    // The second look after a send.
    QTimer m_recheck;
    // Looks in a row in which a lookup failed: each waits twice as long before the next.
    int m_failedLooks = 0;
    bool m_lookQueued = false;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace seismic::client
