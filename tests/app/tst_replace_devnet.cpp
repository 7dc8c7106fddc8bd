// SPDX-License-Identifier: MIT
// Speed-up and cancellation of a pending transaction through the send service, shielded and
// transparent, on a devnet of the suite's own whose mining is paused (evm_setAutomine false)
// so that the transaction stays pending: the replacement (same nonce, fees at least 10% higher;
// a shielded one re-encrypted with a fresh anchor and expiry) is what the next block confirms,
// the original is marked replaced (and no longer looked up), and the nonce manager moves on past
// the nonce. A shielded transaction the chain passes the expiry of is marked expired, and its
// nonce goes to the next send.
#include "TestSupport.h"
#include "app/AppIdentity.h"
#include "app/model/PendingTransactionsModel.h"
#include "app/model/TxHistoryModel.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "core/abi/AbiFunction.h"
#include "rpc/EthApi.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"
#include "support/OwnDevnet.h"
#include "support/SendTestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace seismic;
using namespace seismic::app;
using testing::awaitTask;

namespace {

constexpr int kWaitMs = static_cast<int>(apptest::kDevnetWait.count());
constexpr int kSender = 1;
constexpr int kRecipient = 2;

const TxRecord& recordOf(const apptest::SendHarness& harness, quint64 id)
{
    const TxHistoryModel& history = *harness.wallet.history();
    for (int row = 0; row < history.rowCount(); ++row)
        if (history.record(row).id == id)
            return history.record(row);
    qFatal("no history record %llu", static_cast<unsigned long long>(id));
}

// A shielded call: SeismicCounter.setNumber(number).
SendRequest setNumber(const testing::DevnetManifest& manifest, std::uint64_t number)
{
    ContractAbi abi;
    abi.add(*AbiFunction::parse("setNumber(suint256 newNumber)"));
    SendRequest request;
    request.kind = SendRequest::Kind::ContractCall;
    request.contract = manifest.contract(QStringLiteral("SeismicCounter"));
    request.abi = abi;
    request.function = "setNumber(suint256)";
    request.arguments = {AbiValue::fromUint(number)};
    return request;
}

} // namespace

class TestReplaceDevnet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::OwnDevnet> m_devnet;
    std::unique_ptr<rpc::RpcClient> m_rpc;
    std::optional<testing::DevnetManifest> m_manifest;

    Status call(const char* method, QJsonArray params = {})
    {
        auto answer = awaitTask(m_rpc->call(QString::fromLatin1(method), std::move(params)),
                                apptest::kDevnetWait);
        if (!answer)
            return makeError(ErrorKind::Timeout, std::string(method) + " timed out");
        if (!*answer)
            return std::move(*answer).error();
        return {};
    }

    std::uint64_t blockNumber()
    {
        auto number = awaitTask(rpc::EthApi(m_rpc.get()).blockNumber(), apptest::kDevnetWait);
        return number && *number ? **number : 0;
    }

    Uint256 balanceOf(const Address& account)
    {
        auto balance =
            awaitTask(rpc::EthApi(m_rpc.get()).getBalance(account), apptest::kDevnetWait);
        return balance && *balance ? **balance : Uint256(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        LOAD_DEVNET_MANIFEST(shared); // for the devnet tool
        Q_UNUSED(shared);
        auto tool = testing::OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        const QString manifestPath = m_dir.filePath(QStringLiteral("replace.json"));
        m_devnet = std::make_unique<testing::OwnDevnet>(*tool, manifestPath);
        QVERIFY(m_devnet->start());
        auto manifest = testing::DevnetManifest::loadFrom(manifestPath);
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : manifest.error().message.c_str());
        m_manifest = std::move(manifest).value();
        auto transport = rpc::makeTransport(m_devnet->url(QStringLiteral("http")), {});
        QVERIFY(transport.ok());
        m_rpc = std::make_unique<rpc::RpcClient>(std::move(transport).value());
    }

    void cleanup()
    {
        // Mining again for the next case, whatever this one left pending.
        QVERIFY(call("evm_setAutomine", QJsonArray{true}));
    }

    void cleanupTestCase()
    {
        m_rpc.reset();
        if (m_devnet)
            QVERIFY(m_devnet->stop());
    }

    void replacementIsConfirmedAndTheOriginalReplaced_data()
    {
        QTest::addColumn<bool>("shielded");
        QTest::addColumn<bool>("speedUp");
        QTest::newRow("transparent payment, sped up") << false << true;
        QTest::newRow("transparent payment, cancelled") << false << false;
        QTest::newRow("shielded call, sped up") << true << true;
        QTest::newRow("shielded call, cancelled") << true << false;
    }

    void replacementIsConfirmedAndTheOriginalReplaced()
    {
        QFETCH(bool, shielded);
        QFETCH(bool, speedUp);
        const testing::DevnetManifest& manifest = *m_manifest;
        QTemporaryDir data;
        apptest::SendHarness harness(manifest, kSender, data.path(),
                                     apptest::connectWallet(manifest, kSender));
        QVERIFY(harness.client);
        const Address recipient = manifest.accounts[kRecipient].address;
        const Uint256 recipientBefore = balanceOf(recipient);

        SendRequest request;
        if (shielded) {
            request = setNumber(manifest, 77);
        } else {
            request.recipient = recipient;
            request.amount = 1'000;
            request.symbol = QStringLiteral("ETH");
        }

        // Sent while nothing is mined: it stays pending.
        QVERIFY(call("evm_setAutomine", QJsonArray{false}));
        auto prepared = awaitTask(harness.service->prepare(request), apptest::kDevnetWait);
        QVERIFY(prepared && *prepared);
        QCOMPARE((*prepared)->isShielded(), shielded);
        const quint64 original = harness.service->send(request, std::move(**prepared));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(harness, original).hash.has_value(), kWaitMs);
        const TxRecord pending = recordOf(harness, original);
        QVERIFY(pending.isPending());
        QCOMPARE(pending.stage, SendStage::Sent);

        const auto how =
            speedUp ? SendService::Replacement::SpeedUp : SendService::Replacement::Cancel;
        QCOMPARE(harness.service->replacementRefusal(original, how), QString());
        auto replacement =
            awaitTask(harness.service->prepareReplacement(original, how), apptest::kDevnetWait);
        QVERIFY(replacement);
        QVERIFY2(*replacement, replacement->ok() ? "" : replacement->error().describe().c_str());
        const client::PreparedTransaction& tx = (*replacement)->transaction;
        QCOMPARE(tx.nonce(), *pending.nonce);
        // At least 10% more on both fee fields.
        const auto atLeastTenPercentMore = [](const Uint256& now, const Uint256& before) {
            return now * 10 >= before * 11;
        };
        if (tx.kind() == client::TxKind::Eip1559) {
            QVERIFY(atLeastTenPercentMore(tx.maxFeePerGas(), pending.gasPrice));
            QVERIFY(atLeastTenPercentMore(tx.maxPriorityFeePerGas(), pending.priorityFee != 0
                                                                         ? pending.priorityFee
                                                                         : pending.gasPrice));
        } else {
            QVERIFY(atLeastTenPercentMore(tx.gasPrice(), pending.gasPrice));
        }
        if (speedUp) {
            QCOMPARE(tx.isShielded(), shielded);
            QCOMPARE(tx.data(), pending.data);
        } else {
            // Nothing, to oneself.
            QCOMPARE(tx.to(), std::optional<Address>(harness.client->address()));
            QCOMPARE(tx.value(), Uint256(0));
            QVERIFY(tx.data().empty());
        }
        if (tx.isShielded()) {
            // A fresh anchor and expiry (the head has not moved: the same block, a new
            // preparation).
            QVERIFY(tx.recentBlockHash().has_value());
            QVERIFY(tx.expiresAtBlock().has_value());
        }
        const quint64 replacing =
            harness.service->sendReplacement(original, how, std::move((*replacement)->transaction));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(harness, replacing).stage != SendStage::Sending, kWaitMs);
        QVERIFY2(recordOf(harness, replacing).stage == SendStage::Sent,
                 qPrintable(recordOf(harness, replacing).error));
        QVERIFY(recordOf(harness, replacing).hash != pending.hash);
        QCOMPARE(recordOf(harness, replacing).replaces, std::optional<quint64>(original));

        // One block: the replacement is in it, the original never will be.
        QVERIFY(call("evm_mine"));
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(harness, replacing).status, client::TxStatus::Confirmed,
                                  kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(harness, original).replacedBy,
                                  std::optional<quint64>(replacing), kWaitMs);
        QVERIFY(!recordOf(harness, original).isPending());
        // The original is no longer looked up: the tracker ended it replaced along with the
        // confirmation, and follows nothing.
        QCOMPARE(harness.client->tracker()->outcome(*pending.hash)->status,
                 client::TxStatus::Replaced);
        QCOMPARE(harness.client->tracker()->pendingCount(), std::size_t(0));
        QCOMPARE(TxHistoryModel::statusText(recordOf(harness, original)),
                 QStringLiteral("Replaced"));
        QCOMPARE(recordOf(harness, replacing).kind,
                 speedUp ? pending.kind : TxAction::Cancellation);
        if (!shielded)
            QCOMPARE(balanceOf(recipient),
                     speedUp ? Uint256(recipientBefore + 1'000) : recipientBefore);
        // The next send takes the next nonce.
        QCOMPARE(harness.client->nonces()->peek(),
                 std::optional<std::uint64_t>(*pending.nonce + 1));
        // The history in the store says the same.
        QCOMPARE(*harness.history.load(apptest::devnetNetwork(manifest), *harness.wallet.account()),
                 harness.wallet.history()->records());
    }

    void anExpiredTransactionReleasesItsNonce()
    {
        const testing::DevnetManifest& manifest = *m_manifest;
        QTemporaryDir data;
        apptest::SendHarness harness(manifest, kSender, data.path(),
                                     apptest::connectWallet(manifest, kSender));
        QVERIFY(harness.client);
        PendingTransactionsModel pendingList(*harness.wallet.history());

        // Sent while nothing is mined; then the node lets it go (as a Seismic node drops a
        // transaction at its expiry block) and the chain moves past its expiry.
        QVERIFY(call("evm_setAutomine", QJsonArray{false}));
        const SendRequest request = setNumber(manifest, 78);
        auto prepared = awaitTask(harness.service->prepare(request), apptest::kDevnetWait);
        QVERIFY(prepared && *prepared);
        const std::uint64_t nonce = (*prepared)->nonce();
        const quint64 stuck = harness.service->send(request, std::move(**prepared));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(harness, stuck).hash.has_value(), kWaitMs);
        const TxRecord pending = recordOf(harness, stuck);
        QVERIFY(pending.isPending());
        QVERIFY(pending.expiresAt.has_value());
        const std::uint64_t head = blockNumber();
        QVERIFY(head > 0 && *pending.expiresAt > head);

        // The pending list counts the blocks left.
        QCOMPARE(pendingList.rowCount(), 1);
        pendingList.setHead(head);
        QCOMPARE(pendingList.index(0, TxHistoryModel::StatusColumn).data().toString(),
                 QStringLiteral("Pending: expires in %1 block(s) (after block %2)")
                     .arg(*pending.expiresAt - head)
                     .arg(*pending.expiresAt));

        QVERIFY(call("anvil_dropAllTransactions"));
        const std::uint64_t blocks = *pending.expiresAt - head + 1;
        QVERIFY(call("anvil_mine", QJsonArray{QStringLiteral("0x%1").arg(blocks, 0, 16)}));
        QCOMPARE(blockNumber(), *pending.expiresAt + 1);

        // The history marks it expired, it leaves the pending list, and nothing follows it.
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(harness, stuck).status, client::TxStatus::Expired,
                                  kWaitMs);
        QCOMPARE(TxHistoryModel::statusText(recordOf(harness, stuck)), QStringLiteral("Expired"));
        QVERIFY(!recordOf(harness, stuck).isPending());
        QCOMPARE(pendingList.rowCount(), 0);
        QCOMPARE(harness.client->tracker()->pendingCount(), std::size_t(0));
        // Its nonce is free again: the count is fetched afresh at the next reservation.
        QVERIFY(harness.client->nonces()->isStale());

        // The next send takes that nonce (no gap), and the next block confirms it.
        auto next =
            awaitTask(harness.service->prepare(setNumber(manifest, 79)), apptest::kDevnetWait);
        QVERIFY(next && *next);
        QCOMPARE((*next)->nonce(), nonce);
        const quint64 again = harness.service->send(setNumber(manifest, 79), std::move(**next));
        QTRY_VERIFY_WITH_TIMEOUT(recordOf(harness, again).stage != SendStage::Sending, kWaitMs);
        QVERIFY2(recordOf(harness, again).stage == SendStage::Sent,
                 qPrintable(recordOf(harness, again).error));
        QVERIFY(call("evm_mine"));
        QTRY_COMPARE_WITH_TIMEOUT(recordOf(harness, again).status, client::TxStatus::Confirmed,
                                  kWaitMs);
        QCOMPARE(recordOf(harness, again).nonce, std::optional<quint64>(nonce));
        QCOMPARE(harness.client->nonces()->peek(), std::optional<std::uint64_t>(nonce + 1));
        // The store keeps the expiry.
        QCOMPARE(*harness.history.load(apptest::devnetNetwork(manifest), *harness.wallet.account()),
                 harness.wallet.history()->records());
    }
};

QTEST_MAIN(TestReplaceDevnet)
#include "tst_replace_devnet.moc"
