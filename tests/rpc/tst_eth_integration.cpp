// SPDX-License-Identifier: MIT
// Every EthApi method against the devnet (anvil behind the Seismic emulator), over HTTP and
// over WebSocket. The devnet is started by scripts/test, which exports
// SEISMIC_DEVNET_MANIFEST; without it this test fails (it never skips).
#include "TestSupport.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "rpc/EthApi.h"
#include "rpc/JsonDecode.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

// Runtime code of a contract that emits LOG1(topic = keccak256("Ping()"), data = calldata) on
// every call, and the creation code that deploys it.
Bytes pingContractCreationCode()
{
    const auto topic = keccak256(asBytes("Ping()"));
    Bytes runtime = testing::hex("0x3660006000377f");
    append(runtime, topic.view());
    append(runtime, testing::hex("0x366000a100"));
    Bytes creation = testing::hex("0x60");
    creation.push_back(static_cast<std::uint8_t>(runtime.size()));
    append(creation, testing::hex("0x80600b6000396000f3"));
    append(creation, runtime);
    return creation;
}

QString hexOf(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

} // namespace

class TestEthIntegration : public QObject
{
    Q_OBJECT

    QString m_rpcUrl;
    QString m_wsUrl;
    std::uint64_t m_chainId = 0;
    std::vector<Address> m_accounts;

    std::unique_ptr<RpcClient> client(const QString& kind, ClientSettings settings = {})
    {
        auto transport = makeTransport(QUrl(kind == QLatin1String("ws") ? m_wsUrl : m_rpcUrl));
        if (!transport)
            qFatal("cannot build a transport: %s", transport.error().message.c_str());
        settings.pollInterval = 100ms;
        return std::make_unique<RpcClient>(std::move(transport).value(), settings);
    }

    static void transports()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("http") << QStringLiteral("http");
        QTest::newRow("ws") << QStringLiteral("ws");
    }

    // eth_sendTransaction from an unlocked dev account; returns the hash.
    std::optional<Hash> send(RpcClient& rpc, QJsonObject transaction)
    {
        auto sent = awaitTask(rpc.callAs<Hash>("eth_sendTransaction", {transaction}, decodeHash));
        if (!sent || !sent->ok()) {
            qWarning("eth_sendTransaction failed: %s",
                     sent ? sent->error().describe().c_str() : "timed out");
            return std::nullopt;
        }
        return **sent;
    }

    // The devnet mines each transaction as it arrives: the receipt exists once the send is
    // answered, or soon after on a busy node.
    static std::optional<Receipt> receiptOf(EthApi eth, const Hash& hash)
    {
        const QDeadlineTimer deadline(20s);
        while (!deadline.hasExpired()) {
            auto receipt = awaitTask(eth.getTransactionReceipt(hash), 5s);
            if (receipt && receipt->ok() && **receipt)
                return ***receipt;
            QTest::qWait(100);
        }
        return std::nullopt;
    }

    std::optional<Receipt> sendAndWait(RpcClient& rpc, QJsonObject transaction)
    {
        auto hash = send(rpc, std::move(transaction));
        if (!hash)
            return std::nullopt;
        return receiptOf(EthApi(&rpc), *hash);
    }

    std::optional<Address> deployPing(RpcClient& rpc)
    {
        const QJsonObject deploy{{"from", QString::fromStdString(m_accounts[0].lowerHex())},
                                 {"data", hexOf(pingContractCreationCode())},
                                 {"gas", "0x30d40"}};
        auto receipt = sendAndWait(rpc, deploy);
        if (!receipt || !receipt->contractAddress)
            return std::nullopt;
        return *receipt->contractAddress;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto path = qEnvironmentVariable("SEISMIC_DEVNET_MANIFEST");
        if (path.isEmpty())
            QFAIL("SEISMIC_DEVNET_MANIFEST is not set: run scripts/test, or start the devnet "
                  "with `tests/devnet/devnet start --manifest FILE` and export "
                  "SEISMIC_DEVNET_MANIFEST=FILE");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            QFAIL(qPrintable("cannot read the devnet manifest " + path));
        const auto manifest = QJsonDocument::fromJson(file.readAll()).object();
        m_rpcUrl = manifest.value("rpcUrl").toString();
        m_wsUrl = manifest.value("wsUrl").toString();
        m_chainId = static_cast<std::uint64_t>(manifest.value("chainId").toInteger());
        for (const auto& account : manifest.value("accounts").toArray()) {
            auto address =
                Address::parse(account.toObject().value("address").toString().toStdString());
            QVERIFY(address.ok());
            m_accounts.push_back(*address);
        }
        QVERIFY2(!m_rpcUrl.isEmpty() && !m_wsUrl.isEmpty() && m_accounts.size() >= 2,
                 "the devnet manifest lacks rpcUrl, wsUrl or two accounts");
    }

    void chainStateReads_data() { transports(); }
    void chainStateReads()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        testing::LoopWatch watch;
        auto gathered = awaitTask(
            whenAll(eth.chainId(), eth.blockNumber(), eth.gasPrice(), eth.maxPriorityFeePerGas()));
        QVERIFY(gathered);
        auto& [chainId, head, price, tip] = *gathered;
        QVERIFY(chainId.ok() && head.ok() && price.ok() && tip.ok());
        QCOMPARE(*chainId, m_chainId);
        QVERIFY(*price > 0);
        AWAIT_OK(balance, eth.getBalance(m_accounts[0]));
        QVERIFY(balance > 0);
        AWAIT_OK(latest, eth.getTransactionCount(m_accounts[0]));
        AWAIT_OK(pending, eth.getTransactionCount(m_accounts[0], BlockId::pending()));
        QVERIFY(pending >= latest);
        AWAIT_OK(genesisBalance, eth.getBalance(m_accounts[0], BlockId::earliest()));
        QVERIFY(genesisBalance > 0);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void blocksByTagNumberAndHash_data() { transports(); }
    void blocksByTagNumberAndHash()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        AWAIT_OK(latest, eth.getBlock(BlockId::latest(), true));
        QVERIFY(latest && latest->number && latest->hash);
        AWAIT_OK(byNumber, eth.getBlock(BlockId::number(*latest->number)));
        QVERIFY(byNumber);
        QCOMPARE(*byNumber->hash, *latest->hash);
        AWAIT_OK(byHash, eth.getBlock(BlockId::hash(*latest->hash)));
        QVERIFY(byHash);
        QCOMPARE(*byHash->number, *latest->number);
        QCOMPARE(byHash->transactionHashes, latest->transactionHashes);
        AWAIT_OK(future, eth.getBlock(BlockId::number(*latest->number + 1000)));
        QVERIFY(!future);
        AWAIT_OK(genesis, eth.getBlock(BlockId::earliest()));
        QVERIFY(genesis);
        QCOMPARE(*genesis->number, 0u);
    }

    void transactionLifecycle_data() { transports(); }
    void transactionLifecycle()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        const auto from = m_accounts[0];
        const auto to = m_accounts[1];
        CallRequest transfer;
        transfer.from = from;
        transfer.to = to;
        transfer.value = Uint256(12345);
        AWAIT_OK(gas, eth.estimateGas(transfer));
        QCOMPARE(gas, 21000u);
        AWAIT_OK(before, eth.getBalance(to));

        const QJsonObject tx{{"from", QString::fromStdString(from.lowerHex())},
                             {"to", QString::fromStdString(to.lowerHex())},
                             {"value", "0x3039"}};
        auto hash = send(*rpc, tx);
        QVERIFY(hash);
        const auto mined = receiptOf(eth, *hash);
        QVERIFY(mined);
        const Receipt& receipt = *mined;
        QVERIFY(receipt.succeeded());
        QCOMPARE(receipt.transactionHash, *hash);
        QCOMPARE(receipt.from, from);
        QCOMPARE(*receipt.to, to);
        QCOMPARE(receipt.gasUsed, 21000u);

        AWAIT_OK(again, eth.getTransactionReceipt(*hash));
        QVERIFY(again);
        QCOMPARE(again->blockHash, receipt.blockHash);
        AWAIT_OK(transaction, eth.getTransactionByHash(*hash));
        QVERIFY(transaction);
        QCOMPARE(transaction->from, from);
        QCOMPARE(*transaction->to, to);
        QCOMPARE(transaction->value, Uint256(12345));
        QCOMPARE(*transaction->blockNumber, receipt.blockNumber);
        AWAIT_OK(after, eth.getBalance(to));
        QCOMPARE(after, before + 12345);
        AWAIT_OK(unknown, eth.getTransactionReceipt(Hash{}));
        QVERIFY(!unknown);
    }

    void callsAndReverts_data() { transports(); }
    void callsAndReverts()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        CallRequest identity;
        identity.to = *Address::parse("0x0000000000000000000000000000000000000004");
        identity.data = testing::hex("0xc0ffee");
        AWAIT_OK(echoed, eth.call(identity));
        QCOMPARE(echoed, testing::hex("0xc0ffee"));

        CallRequest reverting; // creation code that reverts with 4 bytes of data
        reverting.data = testing::hex("0x63deadbeef60e01b60005260046000fd");
        auto reverted = awaitTask(eth.call(reverting));
        QVERIFY(!reverted->ok());
        QCOMPARE(reverted->error().kind, ErrorKind::Revert);
        QCOMPARE(reverted->error().data, std::string("0xdeadbeef"));
        auto estimate = awaitTask(eth.estimateGas(reverting));
        QCOMPARE(estimate->error().kind, ErrorKind::Revert);

        auto garbage = awaitTask(eth.sendRawTransaction(testing::hex("0x1234")));
        QCOMPARE(garbage->error().kind, ErrorKind::JsonRpc);
        QVERIFY(!garbage->error().message.empty());
    }

    void logsFiltersAndChunking_data() { transports(); }
    void logsFiltersAndChunking()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        const auto contract = deployPing(*rpc);
        QVERIFY(contract);
        LogFilter filter;
        filter.addresses = {*contract};
        AWAIT_OK(installed, eth.newFilter(filter));

        std::vector<std::uint64_t> blocks;
        for (int i = 0; i < 3; ++i) {
            const QJsonObject ping{{"from", QString::fromStdString(m_accounts[0].lowerHex())},
                                   {"to", QString::fromStdString(contract->lowerHex())},
                                   {"data", QString("0x%1").arg(i + 1, 64, 16, QLatin1Char('0'))}};
            auto receipt = sendAndWait(*rpc, ping);
            QVERIFY(receipt);
            QCOMPARE(receipt->logs.size(), 1u);
            QCOMPARE(receipt->logs.front().topics.front(), keccak256(asBytes("Ping()")));
            blocks.push_back(receipt->blockNumber);
        }
        AWAIT_OK(changes, eth.getFilterChanges(installed));
        QCOMPARE(changes.size(), 3u);
        AWAIT_OK(removed, eth.uninstallFilter(installed));
        QVERIFY(removed);

        filter.fromBlock = BlockId::number(blocks.front());
        filter.toBlock = BlockId::number(blocks.back());
        LogQueryOptions oneBlockAtATime;
        oneBlockAtATime.maxBlockRange = 1;
        AWAIT_OK(chunked, eth.getLogs(filter, oneBlockAtATime));
        QCOMPARE(chunked.size(), 3u);
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(*chunked[i].blockNumber, blocks[i]);
            QCOMPARE(chunked[i].data.back(), static_cast<std::uint8_t>(i + 1));
            QVERIFY(!chunked[i].removed);
        }
        AWAIT_OK(whole, eth.getLogs(filter));
        QCOMPARE(whole.size(), 3u);
        for (const auto& log : whole) { // anvil sends the block's time with each log
            AWAIT_OK(block, eth.getBlock(BlockId::number(*log.blockNumber)));
            QVERIFY(block && log.blockTimestamp);
            QCOMPARE(*log.blockTimestamp, block->timestamp);
        }
        AWAIT_OK(lastBlock, eth.getBlock(BlockId::number(blocks.back())));
        QVERIFY(lastBlock && lastBlock->hash);
        LogFilter byHash;
        byHash.addresses = {*contract};
        byHash.blockHash = *lastBlock->hash;
        AWAIT_OK(inBlock, eth.getLogs(byHash));
        QCOMPARE(inBlock.size(), 1u);
    }

    void subscriptionsSeeNewHeadsAndLogs_data() { transports(); }
    void subscriptionsSeeNewHeadsAndLogs()
    {
        QFETCH(QString, kind);
        auto rpc = client(kind);
        EthApi eth(rpc.get());
        const auto contract = deployPing(*rpc);
        QVERIFY(contract);
        AWAIT_OK(heads, eth.subscribeNewHeads());
        LogFilter filter;
        filter.addresses = {*contract};
        AWAIT_OK(logs, eth.subscribeLogs(filter));
        QSignalSpy headSpy(heads.get(), &HeadSubscription::head);
        QSignalSpy logSpy(logs.get(), &LogSubscription::log);
        const QJsonObject ping{{"from", QString::fromStdString(m_accounts[0].lowerHex())},
                               {"to", QString::fromStdString(contract->lowerHex())},
                               {"data", "0x01"}};
        const auto receipt = sendAndWait(*rpc, ping);
        QVERIFY(receipt);
        QTRY_VERIFY_WITH_TIMEOUT(!logSpy.isEmpty(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!headSpy.isEmpty(), 10'000);
        const auto log = logSpy.first().first().value<Log>();
        QCOMPARE(log.address, *contract);
        QCOMPARE(*log.blockNumber, receipt->blockNumber);
        QVERIFY(std::any_of(headSpy.begin(), headSpy.end(), [&](const QList<QVariant>& args) {
            return *args.first().value<Block>().number == receipt->blockNumber;
        }));
        QVERIFY(awaitTask(logs->unsubscribe())->ok());
        QVERIFY(awaitTask(heads->unsubscribe())->ok());
    }

    void batchesAgainstTheNode()
    {
        auto rpc = client("http");
        EthApi eth(rpc.get());
        std::vector<QCoro::Task<Result<Uint256>>> balances;
        for (const auto& account : m_accounts)
            balances.push_back(eth.getBalance(account));
        AWAIT_OK(results, whenAllOk(std::move(balances)));
        QCOMPARE(results.size(), m_accounts.size());
    }
};

QTEST_GUILESS_MAIN(TestEthIntegration)
#include "tst_eth_integration.moc"
