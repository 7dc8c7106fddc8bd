// SPDX-License-Identifier: MIT
// Prepared transactions against the devnet: five shielded writes prepared one after the other
// and sent in reverse order all confirm with the nonces they showed; one of each kind
// (shielded, EIP-1559, legacy) is mined exactly as prepared; a preparation that is dropped
// leaves no gap.
#include "TestSupport.h"
#include "client/WalletClient.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetSession.h"
#include "support/VerifyOk.h"

#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::uintArgument;

namespace {

constexpr auto kLong = 30s;
// A dev account no other suite funds from.
constexpr int kFunder = 9;

QCoro::Task<Result<std::uint64_t>> pendingNonce(WalletClient* client)
{
    return client->eth().getTransactionCount(client->address(), rpc::BlockId::pending());
}

} // namespace

class DevnetPrepareTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<WalletClient> m_client;
    std::optional<ShieldedContract> m_counter;

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        auto wallet = awaitTask(testing::freshWallet(manifest, kFunder), kLong);
        VERIFY_OK(wallet);
        m_client = std::move(**wallet);
        auto address =
            awaitTask(testing::deployContract(m_client.get(), manifest, "SeismicCounter"), kLong);
        VERIFY_OK(address);
        auto abi = testing::devnetAbi(manifest, "SeismicCounter");
        QVERIFY(abi.ok());
        m_counter = m_client->contract(**address, *abi);
    }

    void preparedSendsInReverseOrderUseTheShownNonces()
    {
        auto pending = awaitTask(pendingNonce(m_client.get()), kLong);
        VERIFY_OK(pending);
        const std::uint64_t first = **pending;
        std::vector<PreparedTransaction> prepared;
        for (std::uint64_t i = 0; i < 5; ++i) {
            auto tx = awaitTask(m_counter->prepareWrite("setNumber", uintArgument(100 + i)), kLong);
            VERIFY_OK(tx);
            QCOMPARE((*tx)->kind(), TxKind::Shielded);
            QCOMPARE((*tx)->nonce(), first + i);
            prepared.push_back(std::move(**tx));
        }
        // Sent last first, all at once.
        std::vector<QCoro::Task<Result<SubmittedTransaction>>> sends;
        std::vector<std::uint64_t> shown;
        for (std::size_t i = prepared.size(); i-- > 0;) {
            shown.push_back(prepared[i].nonce());
            sends.push_back(m_client->send(std::move(prepared[i])));
        }
        auto submitted = awaitTask(rpc::whenAllOk(std::move(sends)), kLong);
        VERIFY_OK(submitted);
        std::vector<QCoro::Task<Result<TxOutcome>>> waits;
        for (std::size_t i = 0; i < shown.size(); ++i) {
            QCOMPARE((**submitted)[i].nonce, shown[i]);
            waits.push_back(m_client->waitForTransaction((**submitted)[i].hash));
        }
        auto outcomes = awaitTask(rpc::whenAllOk(std::move(waits)), kLong);
        VERIFY_OK(outcomes);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            QCOMPARE((**outcomes)[i].status, TxStatus::Confirmed);
            auto tx = awaitTask(m_client->eth().getTransactionByHash((**submitted)[i].hash), kLong);
            VERIFY_OK(tx);
            QVERIFY(**tx);
            QCOMPARE((**tx)->nonce, shown[i]);
        }
        // The last one sent was prepared first: 100 was overwritten by the later nonces.
        auto number = awaitTask(m_counter->readSigned("getNumber"), kLong);
        VERIFY_OK(number);
        QCOMPARE((*number)->at(0).toString(), std::string("104"));
    }

    void everyKindIsMinedAsPrepared()
    {
        auto calldata = m_counter->call("increment", {});
        QVERIFY(calldata.ok());
        for (const TxKind kind : {TxKind::Shielded, TxKind::Eip1559, TxKind::Legacy}) {
            auto tx = awaitTask(m_client->prepare(calldata->request, kind), kLong);
            VERIFY_OK(tx);
            const PreparedTransaction& prepared = **tx;
            QCOMPARE(prepared.kind(), kind);
            QVERIFY(prepared.gas() > 21'000);
            QVERIFY(prepared.maxFee() > 0);
            QCOMPARE(prepared.expiresAtBlock().has_value(), kind == TxKind::Shielded);
            const std::uint64_t nonce = prepared.nonce();
            const std::uint64_t gas = prepared.gas();
            auto sent = awaitTask(m_client->send(std::move(**tx)), kLong);
            VERIFY_OK(sent);
            QCOMPARE((*sent)->nonce, nonce);
            auto outcome = awaitTask(m_client->waitForTransaction((*sent)->hash), kLong);
            VERIFY_OK(outcome);
            QCOMPARE((*outcome)->status, TxStatus::Confirmed);
            auto mined = awaitTask(m_client->eth().getTransactionByHash((*sent)->hash), kLong);
            VERIFY_OK(mined);
            QVERIFY(**mined);
            QCOMPARE((**mined)->nonce, nonce);
            QCOMPARE((**mined)->gas, gas);
        }
    }

    void droppedPreparationLeavesNoGap()
    {
        auto dropped = awaitTask(m_counter->prepareWrite("setNumber", uintArgument(7)), kLong);
        VERIFY_OK(dropped);
        const std::uint64_t freed = (*dropped)->nonce();
        dropped.reset(); // the user cancelled
        auto next = awaitTask(m_counter->prepareWrite("setNumber", uintArgument(8)), kLong);
        VERIFY_OK(next);
        QCOMPARE((*next)->nonce(), freed);
        auto sent = awaitTask(m_client->send(std::move(**next)), kLong);
        VERIFY_OK(sent);
        auto outcome = awaitTask(m_client->waitForTransaction((*sent)->hash), kLong);
        VERIFY_OK(outcome);
        QCOMPARE((*outcome)->status, TxStatus::Confirmed);
    }
};

QTEST_GUILESS_MAIN(DevnetPrepareTest)
#include "tst_devnet_prepare.moc"
