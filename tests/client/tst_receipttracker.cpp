// SPDX-License-Identifier: MIT
// Following sent transactions: confirmed, failed (reason by replaying the call as a signed read
// at the block before), expired (then the nonce count is resynced), timeouts and cancellation,
// hashes sent elsewhere, new heads driving the lookups (once per head), failed lookups made
// again without a head, a chain change, the tracker going away.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/abi/AbiFunction.h"
#include "rpc/MockSubscription.h"
#include "rpc/support/AsyncTest.h"
#include "support/FakeWallet.h"

#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::CallAnswer;
using testing::FakeWallet;
using testing::NodeTx;

namespace {

const Address kLeak = *Address::parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");

TxRequest revertWithSecret(std::optional<std::uint64_t> gas = 200'000)
{
    TxOptions options;
    options.gas = gas;
    return TxRequest(kLeak, *AbiFunction::parse("revertWithSecret()")->encodeCall({}), options);
}

Bytes errorString(const std::string& reason)
{
    return *AbiError::parse("Error(string)")->encode({AbiValue::fromString(reason)});
}

// eth_getTransactionReceipt calls sent so far.
std::size_t lookups(const FakeWallet& wallet)
{
    const auto methods = wallet.node.methods();
    return std::count(methods.begin(), methods.end(), QStringLiteral("eth_getTransactionReceipt"));
}

} // namespace

class ReceiptTrackerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmed()
    {
        FakeWallet wallet;
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        AWAIT_OK(outcome, wallet.client->waitForTransaction(hash));
        QCOMPARE(outcome.status, TxStatus::Confirmed);
        QCOMPARE(outcome.hash, hash);
        QVERIFY(outcome.receipt);
        QCOMPARE(outcome.blockNumber(), wallet.node.blockNumber);
        QCOMPARE(outcome.gasUsed(), std::uint64_t(21'000));
        QCOMPARE(outcome.receipt->type, std::uint64_t(0x4a));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(wallet.client->tracker()->pendingCount(), std::size_t(0));
        QCOMPARE(wallet.client->tracker()->outcome(hash)->status, TxStatus::Confirmed);
        // A late waiter gets the outcome at once.
        AWAIT_OK(again, wallet.client->waitForTransaction(hash));
        QCOMPARE(again.status, TxStatus::Confirmed);
        QCOMPARE(txStatusName(again.status), std::string_view("confirmed"));
    }

    void failedWithTheReplayedReason()
    {
        FakeWallet wallet;
        wallet.node.receiptStatus = 0;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{errorString("secret=987654321"), true};
        };
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        AWAIT_OK(outcome, wallet.client->waitForTransaction(hash));
        QCOMPARE(outcome.status, TxStatus::Failed);
        QCOMPARE(outcome.reason, std::string("execution reverted: secret=987654321"));
        QCOMPARE(outcome.receipt->status, std::optional<std::uint64_t>(0));
        // Replayed as a signed read at the block before, with the transaction's gas.
        QCOMPARE(wallet.node.calls.size(), std::size_t(1));
        QCOMPARE(wallet.node.callBlocks.at(0).toString(),
                 QString::fromStdString(toQuantity(Uint256(wallet.node.blockNumber - 1))));
        QCOMPARE(wallet.node.calls.at(0).signedTx.tx.gas, std::uint64_t(200'000));
        QCOMPARE(wallet.node.calls.at(0).plaintext, revertWithSecret().data);
    }

    void failedWithoutAReproducibleReason()
    {
        FakeWallet wallet;
        wallet.node.receiptStatus = 0;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        AWAIT_OK(outcome, wallet.client->waitForTransaction(hash));
        QCOMPARE(outcome.status, TxStatus::Failed);
        QCOMPARE(outcome.reason, std::string("reverted"));
    }

    void expiredFreesTheNonce()
    {
        FakeWallet wallet;
        wallet.node.transport()->setSubscriptionsSupported(true);
        wallet.node.receiptStatus.reset(); // never mined
        TxRequest request = revertWithSecret();
        request.options.security.expiresAtBlock = wallet.node.blockNumber + 1;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(request));
        QVERIFY(!wallet.client->nonces()->isStale());
        auto waiting = wallet.client->waitForTransaction(hash);
        QTRY_COMPARE(wallet.node.transport()->subscriptions().size(), std::size_t(1));
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        // The expiry block itself may still include it: a look at that head leaves it pending.
        const auto looked = lookups(wallet);
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        // (The node answers each lookup as it is asked; a verdict at block 101 would say so.)
        QTRY_COMPARE(lookups(wallet), looked + 1);
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        auto outcome = awaitTask(std::move(waiting));
        QVERIFY(outcome && outcome->ok());
        QCOMPARE((*outcome)->status, TxStatus::Expired);
        QCOMPARE((*outcome)->reason,
                 std::string("not included by block 101 (the chain is at block 102)"));
        QVERIFY(wallet.client->nonces()->isStale());
    }

    void aMinedNonceEndsTheOthersSentWithIt()
    {
        FakeWallet wallet;
        wallet.node.transport()->setSubscriptionsSupported(true);
        wallet.node.receiptStatus.reset(); // nothing mined yet
        ReceiptTracker* tracker = wallet.client->tracker();
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        const std::uint64_t nonce = wallet.node.accountNonce;
        // Two more of ours: one competing for its nonce (a speed-up the node never mines), one
        // with the next nonce.
        SentTransaction competing(keccak256(asBytes("the speed-up")));
        competing.nonce = nonce;
        tracker->track(competing);
        SentTransaction next(keccak256(asBytes("the next one")));
        next.nonce = nonce + 1;
        tracker->track(next);
        auto waiting = wallet.client->waitForTransaction(competing.hash);
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        QTRY_COMPARE(wallet.node.transport()->subscriptions().size(), std::size_t(1));
        QTRY_VERIFY(lookups(wallet) >= 3);
        QCOMPARE(tracker->pendingCount(), std::size_t(3));

        // The head that mines the first: the one competing with it ends replaced, at once.
        QSignalSpy changed(tracker, &ReceiptTracker::statusChanged);
        wallet.node.receiptStatus = 1;
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        QTRY_COMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().hash, hash);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().status, TxStatus::Confirmed);
        const auto replaced = changed.at(1).at(0).value<TxOutcome>();
        QCOMPARE(replaced.hash, competing.hash);
        QCOMPARE(replaced.status, TxStatus::Replaced);
        QCOMPARE(replaced.nonce, std::optional<std::uint64_t>(nonce));
        QCOMPARE(replaced.reason,
                 "nonce " + std::to_string(nonce) + " was used by transaction " + hash.hex());
        QCOMPARE(txStatusName(replaced.status), std::string_view("replaced"));
        auto outcome = awaitTask(std::move(waiting));
        QVERIFY(outcome && outcome->ok());
        QCOMPARE((*outcome)->status, TxStatus::Replaced);
        // The nonce is used: the next send takes the one after it.
        QCOMPARE(wallet.client->nonces()->peek(), std::optional<std::uint64_t>(nonce + 1));
        // Only the next nonce's transaction is still followed, and only it is looked up at the
        // next head.
        QCOMPARE(tracker->pendingCount(), std::size_t(1));
        QCOMPARE(tracker->outcome(next.hash)->status, TxStatus::Pending);
        // (The lookups of one look go out together: a second one would come with the first.)
        const auto looked = lookups(wallet);
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        QTRY_COMPARE(lookups(wallet), looked + 1);
        QCOMPARE(tracker->pendingCount(), std::size_t(1));
    }

    void timeoutLeavesTrackingOn()
    {
        FakeWallet wallet;
        wallet.node.receiptStatus.reset();
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        auto result = awaitTask(wallet.client->waitForTransaction(hash, TxWaitOptions(80ms)));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QVERIFY(QString::fromStdString(result->error().message)
                    .contains(QString::fromStdString(hash.hex())));
        QCOMPARE(wallet.client->tracker()->pendingCount(), std::size_t(1));
        // It is confirmed later all the same, at the head that mined it.
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        wallet.node.receiptStatus = 1;
        wallet.node.blockNumber += 1;
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(wallet.client->tracker()->pendingCount(), std::size_t(0));
    }

    void foreignHashIsForgottenWhenNobodyWaits()
    {
        FakeWallet wallet;
        const Hash unknown = keccak256(asBytes("sent by someone else"));
        auto result = awaitTask(wallet.client->waitForTransaction(unknown, TxWaitOptions(60ms)));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Timeout);
        QCOMPARE(wallet.client->tracker()->pendingCount(), std::size_t(0));
        QVERIFY(!wallet.client->tracker()->outcome(unknown));
    }

    void cancelledWait()
    {
        FakeWallet wallet;
        wallet.node.receiptStatus.reset();
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        rpc::CancelSource cancel;
        auto waiting = wallet.client->waitForTransaction(hash, TxWaitOptions(5s, cancel.token()));
        QTimer::singleShot(30ms, [cancel] { cancel.cancel(); });
        auto result = awaitTask(std::move(waiting));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
    }

    void aReceiptMinedJustAfterTheSendIsFoundWithoutWaitingForAHead()
    {
        auto options = testing::fastOptions();
        options.receiptRecheckDelay = 300ms;
        FakeWallet wallet(options);
        wallet.node.transport()->setSubscriptionsSupported(true); // heads only when pushed
        wallet.node.receiptStatus.reset();
        wallet.client->head()->start();
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        // The look right after the send comes before the node has mined it ...
        QTRY_VERIFY(lookups(wallet) >= 1);
        const auto looked = lookups(wallet);
        wallet.node.receiptStatus = 1;
        // ... the second look finds it, with no new head.
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().hash, hash);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().status, TxStatus::Confirmed);
        QCOMPARE(lookups(wallet), looked + 1);
    }

    // On an idle chain no head comes: a lookup that failed is made again after the recheck
    // delay, and again (twice as late) while it fails.
    void aFailedLookupIsMadeAgainWithoutAHead()
    {
        auto options = testing::fastOptions();
        options.receiptRecheckDelay = 20ms;
        FakeWallet wallet(options);
        wallet.node.transport()->setSubscriptionsSupported(true); // heads only when pushed
        wallet.client->head()->start();
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        for (int i = 0; i < 4; ++i)
            wallet.node.receiptErrors.push_back(makeError(ErrorKind::Timeout, "lookup timed out"));
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().hash, hash);
        QCOMPARE(changed.at(0).at(0).value<TxOutcome>().status, TxStatus::Confirmed);
        QVERIFY(wallet.node.receiptErrors.empty());
        QCOMPARE(lookups(wallet), std::size_t(5));
    }

    void newHeadsDriveTheLookups()
    {
        FakeWallet wallet;
        wallet.node.transport()->setSubscriptionsSupported(true);
        wallet.node.receiptStatus.reset();
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        QVERIFY(wallet.client->tracker()->outcome(hash));
        // One look right after the send (and one at the head the connection starts from).
        QTRY_VERIFY(lookups(wallet) >= 1);
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        QTRY_COMPARE(wallet.node.transport()->subscriptions().size(), std::size_t(1));
        const auto looked = lookups(wallet);
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        // A head without it: one more look.
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        // (The node answers each lookup as it is asked: this one found nothing.)
        QTRY_COMPARE(lookups(wallet), looked + 1);
        // The head that mined it.
        wallet.node.receiptStatus = 1;
        wallet.node.blockNumber += 1;
        wallet.node.transport()->subscriptions().front()->push(wallet.node.blockJson());
        QTRY_COMPARE(changed.count(), 1);
        // One look per head, nothing in between; one head subscription for the connection.
        QCOMPARE(lookups(wallet), looked + 2);
        QCOMPARE(wallet.node.transport()->subscriptions().size(), std::size_t(1));
    }

    void aChainChangeLooksAgainThenEndsWhatIsMissing_data()
    {
        QTest::addColumn<bool>("newChainHasIt");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        // A node back on another chain that has the transaction already (it was replayed).
        QTest::newRow("included") << true << int(TxStatus::Confirmed) << QString();
        // A devnet restarted from scratch: no trace of it.
        QTest::newRow("gone") << false << int(TxStatus::Expired)
                              << QStringLiteral(
                                     "the node was reset to another chain, which does not have it");
    }

    void aChainChangeLooksAgainThenEndsWhatIsMissing()
    {
        QFETCH(bool, newChainHasIt);
        QFETCH(int, status);
        QFETCH(QString, reason);
        FakeWallet wallet;
        wallet.node.transport()->setSubscriptionsSupported(true);
        wallet.node.receiptStatus.reset();
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        QTRY_VERIFY(lookups(wallet) >= 1);
        QSignalSpy changed(wallet.client->tracker(), &ReceiptTracker::statusChanged);
        wallet.node.genesisHash = keccak256(asBytes("another genesis"));
        wallet.node.blockNumber = 5;
        if (newChainHasIt)
            wallet.node.receiptStatus = 1;
        wallet.node.transport()->subscriptions().front()->simulateReconnect();
        QTRY_COMPARE(changed.count(), 1);
        const auto outcome = changed.at(0).at(0).value<TxOutcome>();
        QCOMPARE(outcome.hash, hash);
        QCOMPARE(int(outcome.status), status);
        QCOMPARE(QString::fromStdString(outcome.reason), reason);
        QCOMPARE(wallet.client->tracker()->pendingCount(), std::size_t(0));
    }

    void destroyedClientEndsWaiters()
    {
        auto wallet = std::make_unique<FakeWallet>();
        wallet->node.receiptStatus.reset();
        auto sent = awaitTask(wallet->client->sendShieldedTransaction(revertWithSecret()));
        QVERIFY(sent && sent->ok());
        auto waiting = wallet->client->waitForTransaction(**sent);
        testing::spinFor(30ms);
        wallet->client.reset();
        auto result = awaitTask(std::move(waiting));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(ReceiptTrackerTest)
#include "tst_receipttracker.moc"
