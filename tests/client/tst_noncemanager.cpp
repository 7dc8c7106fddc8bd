// SPDX-License-Identifier: MIT
// Nonces for concurrent sends: one "pending" fetch for many reservations, consecutive nonces,
// released nonces reused first (no gaps), another wallet's sends counted once nothing of ours is
// in flight, a lagging count never below a mined nonce, resync after conflicts, sent nonces that a
// count leaves out, dropped and mined nonces, another chain, sends during a fetch, a manager
// destroyed while reservations wait; and through the wallet client: concurrent writes, a write
// refused for its nonce retried with a fresh one, "already known", lost answers.
#include "TestSupport.h"
#include "client/NonceManager.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/abi/AbiFunction.h"
#include "rpc/MockTransport.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"
#include "support/FakeWallet.h"

#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace seismic;
using namespace seismic::client;
using testing::awaitTask;
using testing::FakeWallet;

namespace {

const Address kAccount = *Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
const Address kCounter = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

struct Fixture
{
    rpc::MockTransport* mock = new rpc::MockTransport;
    rpc::RpcClient client{std::unique_ptr<rpc::Transport>(mock)};
    NonceManager nonces{rpc::EthApi(&client), kAccount};

    // Every eth_getTransactionCount answers `count`.
    void answerPending(std::uint64_t count)
    {
        mock->setHandler([count](const rpc::RpcRequest& request) -> Result<QJsonValue> {
            if (request.method != QLatin1String("eth_getTransactionCount") ||
                request.params.at(1).toString() != QLatin1String("pending"))
                return makeError(ErrorKind::Unsupported, "unexpected call");
            return QJsonValue(QString::fromStdString(toQuantity(Uint256(count))));
        });
    }
    int fetches() const
    {
        const auto methods = mock->methods();
        return int(std::count(methods.begin(), methods.end(), QString("eth_getTransactionCount")));
    }
};

std::vector<std::uint64_t> nonceValues(std::vector<Result<NonceManager::Reservation>>& reservations)
{
    std::vector<std::uint64_t> values;
    for (auto& reservation : reservations)
        values.push_back(reservation ? reservation->nonce() : ~std::uint64_t(0));
    return values;
}

QCoro::Task<Result<std::vector<std::uint64_t>>> reserveMany(NonceManager* nonces, int count)
{
    std::vector<QCoro::Task<Result<NonceManager::Reservation>>> tasks;
    for (int i = 0; i < count; ++i)
        tasks.push_back(nonces->reserve());
    auto reservations = co_await rpc::whenAll(std::move(tasks));
    std::vector<std::uint64_t> values = nonceValues(reservations);
    for (auto& reservation : reservations) {
        if (!reservation)
            co_return reservation.error();
        reservation->sent();
    }
    co_return values;
}

TxRequest setNumber(std::uint64_t value)
{
    TxOptions options;
    options.gas = 100'000;
    return TxRequest(kCounter,
                     *AbiFunction::parse("setNumber(suint256)")
                          ->encodeCall({AbiValue::fromUint(Uint256(value))}),
                     options);
}

} // namespace

class NonceManagerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentReservationsShareOneFetch()
    {
        Fixture f;
        f.answerPending(12);
        QSignalSpy synced(&f.nonces, &NonceManager::synced);
        QVERIFY(!f.nonces.peek());
        AWAIT_OK(values, reserveMany(&f.nonces, 5));
        QCOMPARE(values, (std::vector<std::uint64_t>{12, 13, 14, 15, 16}));
        QCOMPARE(f.fetches(), 1);
        QCOMPARE(synced.count(), 1);
        QCOMPARE(synced.at(0).at(0).value<std::uint64_t>(), std::uint64_t(12));
        QCOMPARE(f.nonces.peek(), std::optional<std::uint64_t>(17));
        // From memory now.
        AWAIT_OK(more, reserveMany(&f.nonces, 2));
        QCOMPARE(more, (std::vector<std::uint64_t>{17, 18}));
        QCOMPARE(f.fetches(), 1);
        QCOMPARE(f.nonces.inFlight(), std::size_t(0));
    }

    void releasedNoncesAreReusedFirst()
    {
        Fixture f;
        f.answerPending(3);
        AWAIT_OK(a, f.nonces.reserve());
        AWAIT_OK(b, f.nonces.reserve());
        AWAIT_OK(c, f.nonces.reserve());
        QCOMPARE(b.nonce(), std::uint64_t(4));
        a.sent();
        b.released(); // failed before reaching the node
        c.sent();
        AWAIT_OK(d, f.nonces.reserve());
        QCOMPARE(d.nonce(), std::uint64_t(4)); // the hole is filled, not skipped
        AWAIT_OK(e, f.nonces.reserve());
        QCOMPARE(e.nonce(), std::uint64_t(6));
        QCOMPARE(f.fetches(), 1);
    }

    void unsettledReservationIsReleasedWhenDestroyed()
    {
        Fixture f;
        f.answerPending(0);
        {
            AWAIT_OK(lost, f.nonces.reserve());
            QCOMPARE(lost.nonce(), std::uint64_t(0));
            QCOMPARE(f.nonces.inFlight(), std::size_t(1));
        }
        QCOMPARE(f.nonces.inFlight(), std::size_t(0));
        AWAIT_OK(again, f.nonces.reserve());
        QCOMPARE(again.nonce(), std::uint64_t(0));
        // Moving keeps one owner.
        NonceManager::Reservation moved = std::move(again);
        QCOMPARE(moved.nonce(), std::uint64_t(0));
        moved.sent();
        QCOMPARE(f.nonces.peek(), std::optional<std::uint64_t>(1));
    }

    void anotherWalletsSendsAreCountedOnceIdle()
    {
        Fixture f;
        f.answerPending(12);
        AWAIT_OK(a, f.nonces.reserve());
        QCOMPARE(a.nonce(), std::uint64_t(12));
        a.sent();
        f.nonces.mined(12);
        // The same key sent 13 and 14 from another wallet meanwhile.
        f.answerPending(15);
        AWAIT_OK(b, f.nonces.reserve());
        QCOMPARE(b.nonce(), std::uint64_t(15));
        QCOMPARE(f.fetches(), 2);
        // b in flight: the next one comes from memory.
        AWAIT_OK(c, f.nonces.reserve());
        QCOMPARE(c.nonce(), std::uint64_t(16));
        QCOMPARE(f.fetches(), 2);
    }

    void aLaggingCountDoesNotReissueAMinedNonce()
    {
        Fixture f;
        f.answerPending(12);
        AWAIT_OK(a, f.nonces.reserve());
        a.sent();
        f.nonces.mined(12);
        // A backend behind the one that gave the receipt still counts 12.
        f.answerPending(12);
        AWAIT_OK(b, f.nonces.reserve());
        QCOMPARE(f.fetches(), 2);
        QCOMPARE(b.nonce(), std::uint64_t(13));
        // Another chain forgets what was mined on this one.
        b.released();
        f.nonces.reset();
        f.answerPending(0);
        AWAIT_OK(fresh, f.nonces.reserve());
        QCOMPARE(fresh.nonce(), std::uint64_t(0));
    }

    void aCountRaisedToTheMinedFloorSkipsNoncesStillReserved()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(a, f.nonces.reserve()); // 10, still in flight
        AWAIT_OK(b, f.nonces.reserve());
        b.sent();
        AWAIT_OK(c, f.nonces.reserve()); // 12, still in flight
        QCOMPARE(c.nonce(), std::uint64_t(12));
        f.nonces.mined(11);
        // A lagging count (10), raised to the mined floor (12): 12 is c's.
        f.nonces.resync();
        AWAIT_OK(d, f.nonces.reserve());
        QCOMPARE(d.nonce(), std::uint64_t(13));
        Q_UNUSED(a);
    }

    void conflictResyncsFromPending()
    {
        Fixture f;
        f.answerPending(5);
        AWAIT_OK(a, f.nonces.reserve());
        AWAIT_OK(b, f.nonces.reserve());
        QCOMPARE(a.nonce(), std::uint64_t(5));
        // Another wallet used 5 and 6 meanwhile; b is still in flight.
        f.answerPending(7);
        a.conflict();
        QVERIFY(f.nonces.isStale());
        AWAIT_OK(c, f.nonces.reserve());
        QCOMPARE(f.fetches(), 2);
        // 7 is free (the node's count); b (6) is below it and settles later.
        QCOMPARE(c.nonce(), std::uint64_t(7));
        b.sent();
        c.sent();
        AWAIT_OK(d, f.nonces.reserve());
        QCOMPARE(d.nonce(), std::uint64_t(8));
    }

    void sentNoncesLeftOutOfTheCountAreNotReissued()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(values, reserveMany(&f.nonces, 3)); // 10, 11, 12 sent
        Q_UNUSED(values);
        // A node that keeps 11 and 12 queued (or a lagging backend) counts only 10 and 11.
        f.answerPending(11);
        f.nonces.resync();
        AWAIT_OK(next, f.nonces.reserve());
        QCOMPARE(next.nonce(), std::uint64_t(13));
    }

    void droppedNonceIsFilledAgain()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(values, reserveMany(&f.nonces, 3)); // 10, 11, 12 sent
        Q_UNUSED(values);
        AWAIT_OK(inFlight, f.nonces.reserve()); // 13, not settled yet
        QCOMPARE(inFlight.nonce(), std::uint64_t(13));
        // 11 expired: the node's pending count stops at 11; 12 waits behind the gap.
        f.answerPending(11);
        f.nonces.dropped(11);
        QVERIFY(f.nonces.isStale());
        AWAIT_OK(refill, f.nonces.reserve());
        QCOMPARE(refill.nonce(), std::uint64_t(11));
        AWAIT_OK(after, f.nonces.reserve());
        QCOMPARE(after.nonce(), std::uint64_t(14)); // 12 sent, 13 in flight
    }

    void replacementKeepsTheReplacedNonce()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(values, reserveMany(&f.nonces, 2)); // 10 and 11 sent, pending
        Q_UNUSED(values);
        // Replacements of 11, settled every way: the nonce stays the pending transaction's.
        for (const auto settle :
             {&NonceManager::Reservation::released, &NonceManager::Reservation::sent}) {
            NonceManager::Reservation replacement = f.nonces.replacing(11);
            QCOMPARE(replacement.nonce(), std::uint64_t(11));
            QVERIFY(replacement.isHeldFrom(&f.nonces));
            QCOMPARE(f.nonces.inFlight(), std::size_t(0));
            (replacement.*settle)();
            QVERIFY(!f.nonces.isStale());
            QCOMPARE(f.nonces.peek(), std::optional<std::uint64_t>(12));
        }
        {
            // Dropped unsent (a cancelled confirmation): nothing changes either.
            NonceManager::Reservation unsent = f.nonces.replacing(11);
        }
        QCOMPARE(f.nonces.peek(), std::optional<std::uint64_t>(12));
        // Refused for its nonce (mined meanwhile, or underpriced): the count is fetched again.
        NonceManager::Reservation refused = f.nonces.replacing(11);
        refused.conflict();
        QVERIFY(f.nonces.isStale());
        f.answerPending(12);
        AWAIT_OK(next, f.nonces.reserve());
        QCOMPARE(next.nonce(), std::uint64_t(12));

        // The replaced transaction expired after its replacement was mined: the count, which
        // has the replacement, decides; 11 is not handed out again.
        f.nonces.mined(11);
        next.sent();
        f.answerPending(13);
        f.nonces.dropped(11);
        QVERIFY(f.nonces.isStale());
        AWAIT_OK(after, f.nonces.reserve());
        QCOMPARE(after.nonce(), std::uint64_t(13));
    }

    void minedNoncesNeedNoCount()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(values, reserveMany(&f.nonces, 3)); // 10, 11, 12 sent
        Q_UNUSED(values);
        f.nonces.mined(12);
        // The count now covers what was mined; nothing sent is held back beyond it.
        f.answerPending(13);
        f.nonces.resync();
        AWAIT_OK(next, f.nonces.reserve());
        QCOMPARE(next.nonce(), std::uint64_t(13));
    }

    void anotherChainForgetsWhatWasSent()
    {
        Fixture f;
        f.answerPending(10);
        AWAIT_OK(values, reserveMany(&f.nonces, 3));
        Q_UNUSED(values);
        // The node restarted as a fresh chain: nothing of the old one is there.
        f.answerPending(0);
        f.nonces.reset();
        AWAIT_OK(first, f.nonces.reserve());
        QCOMPARE(first.nonce(), std::uint64_t(0));
    }

    void sentDuringAFetchStayTaken()
    {
        Fixture f;
        f.answerPending(0);
        AWAIT_OK(a, f.nonces.reserve());
        f.mock->setLatency(std::chrono::milliseconds(30));
        f.answerPending(0); // the node has not seen `a` yet when it answers
        f.nonces.resync();
        auto waiting = f.nonces.reserve();
        a.sent(); // lands while the count is being fetched
        auto b = awaitTask(std::move(waiting));
        QVERIFY(b && b->ok());
        QCOMPARE((*b)->nonce(), std::uint64_t(1));
    }

    void fetchFailureIsReportedAndRetried()
    {
        Fixture f;
        f.mock->enqueue("eth_getTransactionCount",
                        makeError(ErrorKind::Transport, "connection refused"));
        auto failed = awaitTask(f.nonces.reserve());
        QVERIFY(failed && !failed->ok());
        QCOMPARE(failed->error().kind, ErrorKind::Transport);
        QVERIFY(f.nonces.isStale());
        f.answerPending(4);
        AWAIT_OK(ok, f.nonces.reserve());
        QCOMPARE(ok.nonce(), std::uint64_t(4));
    }

    void destroyedManagerEndsWaiters()
    {
        auto* mock = new rpc::MockTransport;
        rpc::RpcClient client{std::unique_ptr<rpc::Transport>(mock)};
        mock->setLatency(std::chrono::milliseconds(50));
        mock->setHandler([](const rpc::RpcRequest&) -> Result<QJsonValue> {
            return QJsonValue(QStringLiteral("0x1"));
        });
        auto nonces = std::make_unique<NonceManager>(rpc::EthApi(&client), kAccount);
        auto waiting = nonces->reserve();
        nonces.reset();
        auto result = awaitTask(std::move(waiting));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QTRY_COMPARE(mock->answersOwed(), 0); // the answer arrives to nobody
    }

    void concurrentWritesGetConsecutiveNonces()
    {
        FakeWallet wallet;
        std::vector<QCoro::Task<Result<Hash>>> writes;
        for (std::uint64_t i = 0; i < 20; ++i)
            writes.push_back(wallet.client->sendShieldedTransaction(setNumber(i)));
        AWAIT_OK(hashes, rpc::whenAllOk(std::move(writes)));
        QCOMPARE(hashes.size(), std::size_t(20));
        std::set<std::uint64_t> nonces;
        for (const auto& tx : wallet.node.sent)
            nonces.insert(tx.signedTx.tx.nonce);
        QCOMPARE(nonces.size(), std::size_t(20));
        QCOMPARE(*nonces.begin(), wallet.node.accountNonce);
        QCOMPARE(*nonces.rbegin(), wallet.node.accountNonce + 19);
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_getTransactionCount")), 1);
    }

    void writeRefusedForItsNonceIsRetriedWithAFreshOne()
    {
        FakeWallet wallet;
        // Another wallet sent two transactions from this account.
        wallet.node.accountNonce = 9;
        AWAIT_OK(first, wallet.client->sendShieldedTransaction(setNumber(1)));
        Q_UNUSED(first);
        wallet.node.accountNonce = 12;
        wallet.node.sendErrors.push_back(testing::FakeSeismicNode::rpcError(
            -32003, "nonce too low: next nonce 12, tx nonce 10"));
        AWAIT_OK(second, wallet.client->sendShieldedTransaction(setNumber(2)));
        const auto& accepted = wallet.node.sent.back();
        QCOMPARE(accepted.signedTx.hash, second);
        QCOMPARE(accepted.signedTx.tx.nonce, std::uint64_t(12));
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_getTransactionCount")), 2);
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_sendRawTransaction")), 3);
    }

    void fixedEncryptionNonceIsNotRetried()
    {
        FakeWallet wallet;
        wallet.node.sendErrors.push_back(
            testing::FakeSeismicNode::rpcError(-32003, "nonce too low: next nonce 8, tx nonce 7"));
        TxRequest request = setNumber(1);
        request.options.security.encryptionNonce =
            *EncryptionNonce::fromHex("0x46a2b6020bba77fcb1e676a6");
        auto result = awaitTask(wallet.client->sendShieldedTransaction(request));
        QVERIFY(result && !result->ok());
        QVERIFY(QString::fromStdString(result->error().message).startsWith("nonce too low"));
        QVERIFY(wallet.client->nonces()->isStale());
    }

    void rejectedSendReleasesItsNonce()
    {
        FakeWallet wallet;
        wallet.node.sendErrors.push_back(testing::FakeSeismicNode::rpcError(
            -32003, "insufficient funds for gas * price + value: have 0 want 1"));
        auto refused = awaitTask(wallet.client->sendShieldedTransaction(setNumber(1)));
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, ErrorKind::JsonRpc);
        QVERIFY(!wallet.client->nonces()->isStale());
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumber(2)));
        Q_UNUSED(hash);
        QCOMPARE(wallet.node.sent.back().signedTx.tx.nonce, wallet.node.accountNonce);
    }

    void lostAnswerMakesTheCountStale()
    {
        FakeWallet wallet;
        wallet.node.sendErrors.push_back(makeError(ErrorKind::Transport, "connection reset"));
        auto lost = awaitTask(wallet.client->sendShieldedTransaction(setNumber(1)));
        QVERIFY(lost && !lost->ok());
        QCOMPARE(lost->error().kind, ErrorKind::Transport);
        QVERIFY(
            QString::fromStdString(lost->error().message).contains("may or may not have received"));
        QVERIFY(wallet.client->nonces()->isStale());
    }

    void alreadyKnownIsSuccess()
    {
        FakeWallet wallet;
        wallet.node.sendErrors.push_back(
            testing::FakeSeismicNode::rpcError(-32003, "already known"));
        AWAIT_OK(debug, wallet.client->debugSendShieldedTransaction(setNumber(1)));
        QCOMPARE(debug.txHash,
                 keccak256(encodeSignedTxSeismic(
                     debug.shieldedTx,
                     signTxSeismic(debug.shieldedTx, testing::devSigner()).signature)));
        QVERIFY(wallet.client->nonces()->isStale());
    }
};

QTEST_GUILESS_MAIN(NonceManagerTest)
#include "tst_noncemanager.moc"
