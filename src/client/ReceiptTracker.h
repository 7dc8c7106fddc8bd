// SPDX-License-Identifier: MIT
#pragma once

#include "client/SentTransaction.h"
#include "client/TxOutcome.h"
#include "client/TxWaitOptions.h"
#include "rpc/HeadSubscription.h"
#include "rpc/Promise.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace seismic::client {

class PublicClient;

// Follows transactions from pending to confirmed (in a block, status 1), failed (status 0; the
// reason found by replaying the call as a signed read at the block before, where the client has
// a key and the call), or expired (its expiresAtBlock passed without inclusion: a Seismic node
// will never mine it).
//
// While anything is pending it looks at every new head (pushed over WebSocket, polled over HTTP)
// and, as a safety net, every few polling periods: one batch of receipt lookups per look. It
// stops listening when nothing is pending.
class ReceiptTracker : public QObject
{
    Q_OBJECT

public:
    // A child of `client`.
    explicit ReceiptTracker(PublicClient* client);
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

    void follow();
    void stopFollowing();
    QCoro::Task<> subscribe();
    QCoro::Task<> check();
    // Why a failed transaction reverted: the replayed call's revert message, or "reverted".
    static QCoro::Task<std::string> replayFailure(QPointer<PublicClient> client,
                                                  SentTransaction sent, std::uint64_t block);
    void finish(const Hash& hash, TxOutcome outcome);
    void forgetIfUnwanted(const Hash& hash);

    QPointer<PublicClient> m_client;
    std::map<Hash, Entry> m_pending;
    // Recently finished outcomes, oldest first, for outcome() and late waiters.
    std::deque<TxOutcome> m_finished;
    std::unique_ptr<rpc::HeadSubscription> m_heads;
    bool m_subscribing = false;
    QTimer m_safetyNet;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace seismic::client
