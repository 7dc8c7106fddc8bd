// SPDX-License-Identifier: MIT
// EthApi over the mock transport: the calls it sends, what it decodes (and refuses to),
// revert mapping, getLogs chunking and adaptive splitting, receipt waiting (polled and driven
// by new heads), filters, typed subscriptions.
#include "TestSupport.h"
#include "core/Hex.h"
#include "rpc/EthApi.h"
#include "rpc/MockSubscription.h"
#include "rpc/MockTransport.h"
#include "rpc/RpcClient.h"
#include "rpc/support/AsyncTest.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::rpc;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

const char* kAccount = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const char* kContract = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
const QString kHash = "0x" + QString(64, QLatin1Char('a'));
const QString kBlockHash = "0x" + QString(64, QLatin1Char('b'));
const QString kTopic = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";

QJsonObject logJson(bool removed = false)
{
    return QJsonObject{
        {"address", kContract},
        {"topics", QJsonArray{kTopic}},
        {"data", "0x00000000000000000000000000000000000000000000000000000000000003e8"},
        {"blockNumber", "0x5"},
        {"blockHash", kBlockHash},
        {"transactionHash", kHash},
        {"transactionIndex", "0x0"},
        {"logIndex", "0x2"},
        {"blockTimestamp", "0x6b06a188"},
        {"removed", removed}};
}

QJsonObject transactionJson()
{
    return QJsonObject{{"hash", kHash},
                       {"type", "0x2"},
                       {"nonce", "0x7"},
                       {"from", kAccount},
                       {"to", QJsonValue::Null},
                       {"value", "0xde0b6b3a7640000"},
                       {"gas", "0x5208"},
                       {"maxFeePerGas", "0x77359400"},
                       {"maxPriorityFeePerGas", "0x3b9aca00"},
                       {"chainId", "0x7a69"},
                       {"input", "0x6080"},
                       {"blockHash", kBlockHash},
                       {"blockNumber", "0x5"},
                       {"transactionIndex", "0x0"},
                       {"yParity", "0x1"}};
}

QJsonObject blockJson(bool full)
{
    return QJsonObject{{"number", "0x5"},
                       {"hash", kBlockHash},
                       {"parentHash", "0x" + QString(64, QLatin1Char('c'))},
                       {"timestamp", "0x65f0a1b2"},
                       {"miner", "0x0000000000000000000000000000000000000000"},
                       {"gasLimit", "0x1c9c380"},
                       {"gasUsed", "0x5208"},
                       {"baseFeePerGas", "0x3b9aca00"},
                       {"transactions", full ? QJsonArray{transactionJson()} : QJsonArray{kHash}}};
}

QJsonObject receiptJson()
{
    return QJsonObject{{"transactionHash", kHash},
                       {"transactionIndex", "0x0"},
                       {"blockHash", kBlockHash},
                       {"blockNumber", "0x5"},
                       {"from", kAccount},
                       {"to", QJsonValue::Null},
                       {"contractAddress", kContract},
                       {"cumulativeGasUsed", "0x5208"},
                       {"gasUsed", "0x5208"},
                       {"effectiveGasPrice", "0x3b9aca00"},
                       {"status", "0x1"},
                       {"type", "0x2"},
                       {"logs", QJsonArray{logJson()}},
                       {"logsBloom", "0x00"}};
}

Address address(const char* text)
{
    return *Address::parse(text);
}

Hash hash(const QString& text)
{
    return *Hash::fromHex(text.toStdString());
}

struct Fixture
{
    MockTransport* mock = new MockTransport;
    RpcClient client;
    EthApi eth{&client};

    explicit Fixture(ClientSettings settings = {})
        : client(std::unique_ptr<Transport>(mock), settings)
    {}
};

Error rpcError(int code, const std::string& message)
{
    Error error = makeError(ErrorKind::JsonRpc, message);
    error.code = code;
    return error;
}

// Parses "0x…" block numbers from getLogs params.
std::pair<std::uint64_t, std::uint64_t> rangeOf(const RpcRequest& request)
{
    const auto filter = request.params.at(0).toObject();
    return {filter.value("fromBlock").toString().toULongLong(nullptr, 16),
            filter.value("toBlock").toString().toULongLong(nullptr, 16)};
}

} // namespace

class TestEth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleReads()
    {
        Fixture f;
        f.mock->enqueue("eth_chainId", QJsonValue("0x7a69"));
        f.mock->enqueue("eth_blockNumber", QJsonValue("0x1b4"));
        f.mock->enqueue("eth_gasPrice", QJsonValue("0x3b9aca00"));
        f.mock->enqueue("eth_maxPriorityFeePerGas", QJsonValue("0x0"));
        QCOMPARE(**awaitTask(f.eth.chainId()), 31337u);
        QCOMPARE(**awaitTask(f.eth.blockNumber()), 436u);
        QCOMPARE(**awaitTask(f.eth.gasPrice()), Uint256(1'000'000'000));
        QCOMPARE(**awaitTask(f.eth.maxPriorityFeePerGas()), Uint256(0));

        f.mock->enqueue("eth_getBalance", QJsonValue("0xde0b6b3a7640000"));
        auto balance = awaitTask(f.eth.getBalance(address(kAccount), BlockId::number(5)));
        QCOMPARE(**balance, Uint256("1000000000000000000"));
        QCOMPARE(f.mock->requests().back().params,
                 (QJsonArray{QString(kAccount), QStringLiteral("0x5")}));

        f.mock->enqueue("eth_getTransactionCount", QJsonValue("0x9"));
        QCOMPARE(**awaitTask(f.eth.getTransactionCount(address(kAccount), BlockId::pending())), 9u);
        QCOMPARE(f.mock->requests().back().params.at(1).toString(), QStringLiteral("pending"));

        f.mock->enqueue("eth_getBalance", QJsonValue("0x0"));
        QVERIFY(
            awaitTask(f.eth.getBalance(address(kAccount), BlockId::hash(hash(kBlockHash))))->ok());
        QCOMPARE(f.mock->requests().back().params.at(1).toObject().value("blockHash").toString(),
                 kBlockHash);
    }

    void blocksByTagNumberAndHash()
    {
        Fixture f;
        f.mock->enqueue("eth_getBlockByNumber", QJsonValue(blockJson(false)));
        auto latest = awaitTask(f.eth.getBlock(BlockId::latest()));
        QVERIFY(latest->ok() && **latest);
        const auto& block = ***latest;
        QCOMPARE(*block.number, 5u);
        QCOMPARE(block.hash->hex(), kBlockHash.toStdString());
        QCOMPARE(block.timestamp, 0x65f0a1b2u);
        QCOMPARE(block.gasLimit, 30'000'000u);
        QCOMPARE(*block.baseFeePerGas, Uint256(1'000'000'000));
        QCOMPARE(block.transactionHashes.size(), 1u);
        QVERIFY(block.transactions.empty());
        QCOMPARE(f.mock->requests().back().params, (QJsonArray{"latest", false}));

        f.mock->enqueue("eth_getBlockByHash", QJsonValue(blockJson(true)));
        auto full = awaitTask(f.eth.getBlock(BlockId::hash(hash(kBlockHash)), true));
        QCOMPARE((**full)->transactions.size(), 1u);
        QCOMPARE((**full)->transactionHashes.front(), hash(kHash));
        QCOMPARE(f.mock->requests().back().params, (QJsonArray{kBlockHash, true}));

        f.mock->enqueue("eth_getBlockByNumber", QJsonValue(QJsonValue::Null));
        auto missing = awaitTask(f.eth.getBlock(BlockId::number(999'999)));
        QVERIFY(missing->ok() && !**missing);
        QCOMPARE(f.mock->requests().back().params.at(0).toString(), QStringLiteral("0xf423f"));
    }

    void transactionsAndReceipts()
    {
        Fixture f;
        f.mock->enqueue("eth_getTransactionByHash", QJsonValue(transactionJson()));
        auto tx = awaitTask(f.eth.getTransactionByHash(hash(kHash)));
        const auto& transaction = ***tx;
        QCOMPARE(transaction.type, 2u);
        QCOMPARE(transaction.nonce, 7u);
        QCOMPARE(transaction.from, address(kAccount));
        QVERIFY(!transaction.to); // contract creation
        QCOMPARE(transaction.value, Uint256("1000000000000000000"));
        QCOMPARE(*transaction.maxPriorityFeePerGas, Uint256(1'000'000'000));
        QVERIFY(!transaction.gasPrice);
        QCOMPARE(transaction.input, testing::hex("0x6080"));
        QCOMPARE(*transaction.chainId, 31337u);
        QCOMPARE(transaction.json.value("yParity").toString(), QStringLiteral("0x1")); // kept

        f.mock->enqueue("eth_getTransactionReceipt", QJsonValue(receiptJson()));
        auto receipt = awaitTask(f.eth.getTransactionReceipt(hash(kHash)));
        const auto& r = ***receipt;
        QVERIFY(r.succeeded());
        QCOMPARE(*r.contractAddress, address(kContract));
        QCOMPARE(r.logs.size(), 1u);
        QCOMPARE(*r.logs.front().logIndex, 2u);
        QCOMPARE(*r.logs.front().blockTimestamp, 0x6b06a188u);
        QCOMPARE(r.logs.front().topics.front(), hash(kTopic));

        f.mock->enqueue("eth_getTransactionReceipt", QJsonValue(QJsonValue::Null));
        QVERIFY(!**awaitTask(f.eth.getTransactionReceipt(hash(kHash))));
        f.mock->enqueue("eth_getTransactionByHash", QJsonValue(QJsonValue::Null));
        QVERIFY(!**awaitTask(f.eth.getTransactionByHash(hash(kHash))));
    }

    void callsAndEstimatesReportReverts()
    {
        Fixture f;
        CallRequest request;
        request.from = address(kAccount);
        request.to = address(kContract);
        request.value = Uint256(5);
        request.data = testing::hex("0x70a08231");
        f.mock->enqueue(
            "eth_call",
            QJsonValue("0x00000000000000000000000000000000000000000000000000000000000003e8"));
        auto output = awaitTask(f.eth.call(request));
        QCOMPARE((*output)->size(), 32u);
        const auto sent = f.mock->requests().back().params;
        QCOMPARE(sent.at(0).toObject().value("to").toString(), QString(kContract));
        QCOMPARE(sent.at(0).toObject().value("from").toString(), QString(kAccount));
        QCOMPARE(sent.at(0).toObject().value("value").toString(), QStringLiteral("0x5"));
        QCOMPARE(sent.at(0).toObject().value("data").toString(), QStringLiteral("0x70a08231"));
        QCOMPARE(sent.at(1).toString(), QStringLiteral("latest"));

        Error revert = rpcError(3, "execution reverted: not owner");
        revert.data = "0x08c379a0";
        f.mock->enqueue("eth_call", revert);
        auto reverted = awaitTask(f.eth.call(request));
        QCOMPARE(reverted->error().kind, ErrorKind::Revert);
        QCOMPARE(reverted->error().code, 3);
        QCOMPARE(reverted->error().data, std::string("0x08c379a0"));

        f.mock->enqueue("eth_estimateGas", rpcError(-32000, "execution reverted"));
        QCOMPARE(awaitTask(f.eth.estimateGas(request))->error().kind, ErrorKind::Revert);
        QCOMPARE(f.mock->requests().back().params.size(), 1); // no block unless given
        f.mock->enqueue("eth_estimateGas", rpcError(-32000, "insufficient funds"));
        QCOMPARE(awaitTask(f.eth.estimateGas(request, BlockId::pending()))->error().kind,
                 ErrorKind::JsonRpc);
        QCOMPARE(f.mock->requests().back().params.at(1).toString(), QStringLiteral("pending"));
        f.mock->enqueue("eth_estimateGas", QJsonValue("0x5208"));
        QCOMPARE(**awaitTask(f.eth.estimateGas(request)), 21000u);
    }

    void sendRawTransaction()
    {
        Fixture f;
        f.mock->enqueue("eth_sendRawTransaction", QJsonValue(kHash));
        auto sent = awaitTask(f.eth.sendRawTransaction(testing::hex("0x02f870")));
        QCOMPARE(**sent, hash(kHash));
        QCOMPARE(f.mock->requests().back().params, QJsonArray{"0x02f870"});
        f.mock->enqueue("eth_sendRawTransaction", rpcError(-32000, "nonce too low"));
        auto refused = awaitTask(f.eth.sendRawTransaction(testing::hex("0x02f870")));
        QCOMPARE(refused->error().message, std::string("nonce too low"));
    }

    void decodingFailuresArePrecise()
    {
        Fixture f;
        f.mock->enqueue("eth_getBalance", QJsonValue("12"));
        auto balance = awaitTask(f.eth.getBalance(address(kAccount)));
        QCOMPARE(balance->error().kind, ErrorKind::Decode);
        QCOMPARE(balance->error().message, std::string("expected a hex quantity, got \"12\""));
        f.mock->enqueue("eth_blockNumber", QJsonValue("0x10000000000000000"));
        QVERIFY(QString::fromStdString(awaitTask(f.eth.blockNumber())->error().message)
                    .contains("below 2^64"));
        auto broken = blockJson(false);
        broken.remove("parentHash");
        f.mock->enqueue("eth_getBlockByNumber", QJsonValue(broken));
        QCOMPARE(awaitTask(f.eth.getBlock(BlockId::latest()))->error().message,
                 std::string("block: field \"parentHash\": missing"));
        auto badLog = receiptJson();
        auto logs = badLog.value("logs").toArray();
        auto entry = logs.at(0).toObject();
        entry.insert("address", "0x1234");
        badLog.insert("logs", QJsonArray{entry});
        f.mock->enqueue("eth_getTransactionReceipt", QJsonValue(badLog));
        QCOMPARE(awaitTask(f.eth.getTransactionReceipt(hash(kHash)))->error().message,
                 std::string("receipt: logs: item 0: log: field \"address\": expected a 20-byte "
                             "address, got \"0x1234\""));
    }

    void getLogsWalksTheRangeInChunks()
    {
        Fixture f;
        f.mock->setHandler([](const RpcRequest& request) -> Result<QJsonValue> {
            if (request.method == QLatin1String("eth_blockNumber"))
                return QJsonValue("0x1387"); // 4999
            const auto [from, to] = rangeOf(request);
            auto log = logJson();
            log.insert("blockNumber", QString("0x%1").arg(from, 0, 16));
            return QJsonValue(QJsonArray{log});
        });
        LogFilter filter;
        filter.addresses = {address(kContract)};
        filter.topics = {std::vector<Hash>{hash(kTopic)}, std::nullopt};
        filter.fromBlock = BlockId::earliest();
        LogQueryOptions options;
        options.maxBlockRange = 2000;
        auto logs = awaitTask(f.eth.getLogs(filter, options));
        QVERIFY(logs->ok());
        QCOMPARE((*logs)->size(), 3u);
        std::vector<std::pair<std::uint64_t, std::uint64_t>> ranges;
        for (const auto& request : f.mock->requests()) {
            if (request.method == QLatin1String("eth_getLogs"))
                ranges.push_back(rangeOf(request));
        }
        QCOMPARE(ranges, (std::vector<std::pair<std::uint64_t, std::uint64_t>>{
                             {0, 1999}, {2000, 3999}, {4000, 4999}}));
        QCOMPARE(*(**logs)[2].blockNumber, 4000u);
        const auto sent = f.mock->requests().back().params.at(0).toObject();
        QCOMPARE(sent.value("address").toString(), QString(kContract));
        QCOMPARE(sent.value("topics").toArray(), (QJsonArray{kTopic, QJsonValue::Null}));
    }

    void getLogsSplitsRangesTheNodeRefuses()
    {
        Fixture f;
        f.mock->setHandler([](const RpcRequest& request) -> Result<QJsonValue> {
            const auto [from, to] = rangeOf(request);
            if (to - from + 1 > 300)
                return rpcError(-32005, "query returned more than 10000 results");
            return QJsonValue(QJsonArray{});
        });
        LogFilter filter;
        filter.fromBlock = BlockId::number(1000);
        filter.toBlock = BlockId::number(3999);
        LogQueryOptions options;
        options.maxBlockRange = 2000;
        testing::LoopWatch watch;
        auto logs = awaitTask(f.eth.getLogs(filter, options));
        QVERIFY2(logs->ok(), logs->ok() ? "" : logs->error().message.c_str());
        std::vector<std::pair<std::uint64_t, std::uint64_t>> served;
        int refused = 0;
        for (const auto& request : f.mock->requests()) {
            const auto [from, to] = rangeOf(request);
            if (to - from + 1 > 300)
                ++refused;
            else
                served.emplace_back(from, to);
        }
        // Every block exactly once, in order.
        std::sort(served.begin(), served.end());
        QCOMPARE(served.front().first, 1000u);
        QCOMPARE(served.back().second, 3999u);
        for (std::size_t i = 1; i < served.size(); ++i)
            QCOMPARE(served[i].first, served[i - 1].second + 1);
        // Adaptive: 2000, 1000 and 500 blocks were refused; every later chunk was cut to the
        // width that worked instead of being tried at its old size.
        QCOMPARE(refused, 3);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);
    }

    void getLogsGivesUpWhenEvenOneBlockIsTooMuch()
    {
        Fixture f;
        f.mock->setHandler([](const RpcRequest&) -> Result<QJsonValue> {
            return rpcError(-32602, "Log response size exceeded.");
        });
        LogFilter filter;
        filter.fromBlock = BlockId::number(10);
        filter.toBlock = BlockId::number(13);
        auto logs = awaitTask(f.eth.getLogs(filter));
        QCOMPARE(logs->error().kind, ErrorKind::JsonRpc);
        QVERIFY2(QString::fromStdString(logs->error().message)
                     .startsWith("eth_getLogs for blocks 10..10: Log response size exceeded"),
                 logs->error().message.c_str());
        QCOMPARE(f.mock->requests().size(), 3u); // 10..13, 10..11, 10..10

        Fixture other;
        other.mock->enqueue("eth_getLogs", rpcError(-32602, "invalid topic"));
        QCOMPARE(awaitTask(other.eth.getLogs(filter))->error().code, -32602);
        QCOMPARE(other.mock->requests().size(), 1u); // not a size problem: not split

        Fixture single;
        single.mock->enqueue("eth_getLogs", QJsonValue(QJsonArray{logJson(true)}));
        LogFilter byHash;
        byHash.blockHash = hash(kBlockHash);
        auto one = awaitTask(single.eth.getLogs(byHash));
        QVERIFY((**one)[0].removed);
        QCOMPARE(
            single.mock->requests().front().params.at(0).toObject().value("blockHash").toString(),
            kBlockHash);
    }

    void filters()
    {
        Fixture f;
        LogFilter filter;
        filter.addresses = {address(kContract), address(kAccount)};
        filter.fromBlock = BlockId::latest();
        f.mock->enqueue("eth_newFilter", QJsonValue("0x1f"));
        const auto id = **awaitTask(f.eth.newFilter(filter));
        QCOMPARE(id, QStringLiteral("0x1f"));
        QCOMPARE(
            f.mock->requests().back().params.at(0).toObject().value("address").toArray().size(), 2);
        f.mock->enqueue("eth_getFilterChanges", QJsonValue(QJsonArray{logJson(), logJson(true)}));
        auto changes = awaitTask(f.eth.getFilterChanges(id));
        QCOMPARE((*changes)->size(), 2u);
        QVERIFY((**changes)[1].removed);
        f.mock->enqueue("eth_uninstallFilter", QJsonValue(true));
        QVERIFY(**awaitTask(f.eth.uninstallFilter(id)));
        QCOMPARE(f.mock->requests().back().params, QJsonArray{"0x1f"});
    }

    void typedSubscriptions()
    {
        Fixture f;
        f.mock->setSubscriptionsSupported(true);
        auto heads = std::move(*awaitTask(f.eth.subscribeNewHeads())).value();
        QSignalSpy blocks(heads.get(), &HeadSubscription::head);
        QSignalSpy errors(heads.get(), &HeadSubscription::error);
        QSignalSpy reconnected(heads.get(), &HeadSubscription::reconnected);
        auto* raw = f.mock->subscriptions().front();
        auto header = blockJson(false);
        header.remove("transactions");
        raw->push(header);
        QCOMPARE(blocks.count(), 1);
        QCOMPARE(*blocks.first().first().value<Block>().number, 5u);
        raw->push(QJsonObject{{"number", "0x6"}});
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().value<Error>().kind, ErrorKind::Decode);
        raw->simulateReconnect();
        QCOMPARE(reconnected.count(), 1);
        QCOMPARE(heads->localId(), raw->localId());
        QCOMPARE(heads->subscription(), raw);
        QSignalSpy states(heads.get(), &HeadSubscription::stateChanged);
        raw->fail(makeError(ErrorKind::Transport, "gone"));
        QCOMPARE(errors.count(), 2);
        QCOMPARE(heads->state(), ConnectionState::Failed);
        QCOMPARE(states.count(), 1);

        LogFilter filter;
        filter.addresses = {address(kContract)};
        filter.fromBlock = BlockId::number(1); // not part of a subscription
        auto logs = std::move(*awaitTask(f.eth.subscribeLogs(filter))).value();
        QSignalSpy delivered(logs.get(), &LogSubscription::log);
        auto* rawLogs = f.mock->subscriptions().back();
        QCOMPARE(rawLogs->params(),
                 (QJsonArray{"logs", QJsonObject{{"address", QString(kContract)}}}));
        rawLogs->push(logJson(true));
        QCOMPARE(delivered.count(), 1);
        QVERIFY(delivered.first().first().value<Log>().removed);
        QVERIFY(awaitTask(logs->unsubscribe())->ok());
        QVERIFY(rawLogs->isUnsubscribed());
    }

    void callsAfterTheClientIsGoneAreCancelled()
    {
        auto* mock = new MockTransport;
        auto client = std::make_unique<RpcClient>(std::unique_ptr<Transport>(mock));
        EthApi eth(client.get());
        client.reset();
        QCOMPARE(awaitTask(eth.chainId())->error().kind, ErrorKind::Cancelled);
        QVERIFY(!eth.client());
    }
};

QTEST_GUILESS_MAIN(TestEth)
#include "tst_eth.moc"
