// SPDX-License-Identifier: MIT
// Against the devnet (integration; the catalogue's client-factory scenarios and the failure
// paths): wallet and public clients over HTTP, WebSocket and a pool of both; 50 concurrent
// shielded writes from one account, all confirmed with consecutive nonces; precise errors for a
// bad address, a bad ABI argument, an unknown function, a wrong chain, a TEE key the node does
// not hold (its decryption fails), a stale anchor and an expired transaction.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "client/WalletClient.h"
#include "rpc/WhenAll.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetSession.h"
#include "support/VerifyOk.h"

#include <QElapsedTimer>
#include <QTest>

#include <set>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::uintArgument;

namespace {

constexpr auto kLong = 30s;
constexpr int kConcurrentWrites = 50;

QCoro::Task<Result<std::vector<TxOutcome>>> waitAll(WalletClient* client, std::vector<Hash> hashes)
{
    std::vector<QCoro::Task<Result<TxOutcome>>> waits;
    for (const auto& hash : hashes)
        waits.push_back(client->waitForTransaction(hash));
    co_return co_await rpc::whenAllOk(std::move(waits));
}

} // namespace

class DevnetClientTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<WalletClient> m_client;
    std::optional<ShieldedContract> m_counter;
    std::unique_ptr<testing::LoopWatch> m_watch;

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
        auto wallet = awaitTask(testing::freshWallet(manifest, 6), kLong);
        VERIFY_OK(wallet);
        m_client = std::move(**wallet);
        auto address =
            awaitTask(testing::deployContract(m_client.get(), manifest, "SeismicCounter"), kLong);
        VERIFY_OK(address);
        auto abi = testing::devnetAbi(manifest, "SeismicCounter");
        QVERIFY(abi.ok());
        m_counter = m_client->contract(**address, *abi);
    }

    void init() { m_watch = std::make_unique<testing::LoopWatch>(); }

    void cleanup() { QVERIFY(m_watch->maxGap() < testing::kMaxLoopGap); }

    void walletClientFactories_data()
    {
        QTest::addColumn<int>("transport");
        QTest::newRow("http") << 0;
        QTest::newRow("websocket") << 1;
        QTest::newRow("pool of both") << 2;
    }

    void walletClientFactories()
    {
        QFETCH(int, transport);
        ClientOptions options = testing::devnetOptions(*m_manifest, transport == 1);
        if (transport == 2)
            options.endpoints = {QUrl(m_manifest->rpcUrl), QUrl(m_manifest->wsUrl)};
        auto wallet =
            awaitTask(WalletClient::connect(options, testing::devnetKey(*m_manifest, 7)), kLong);
        VERIFY_OK(wallet);
        auto& client = **wallet;
        QCOMPARE(client->chainId(), std::optional<std::uint64_t>(m_manifest->chainId));
        QCOMPARE(client->encryption().teePublicKey().compressed().hex(false),
                 m_manifest->teePublicKey.toStdString());
        QCOMPARE(client->encryption().requestKey().bytes().size(), std::size_t(32));
        QCOMPARE(client->address(), m_manifest->accounts.at(7).address);
        client->head()->start();
        QTRY_COMPARE_WITH_TIMEOUT(client->head()->status(), ConnectionStatus::Connected, 20'000);
        QCOMPARE(client->head()->chainId(), std::optional<std::uint64_t>(m_manifest->chainId));
        // It reads what this suite's account wrote.
        auto odd = awaitTask(client->contract(m_counter->address(), m_counter->abi()).read("isOdd"),
                             kLong);
        VERIFY_OK(odd);
        QVERIFY(testing::awaitDone(client->close()));
        QVERIFY(client->isClosed());
    }

    void publicClient()
    {
        auto created = awaitTask(PublicClient::connect(testing::devnetOptions(*m_manifest)), kLong);
        VERIFY_OK(created);
        auto& client = **created;
        QVERIFY(!qobject_cast<WalletClient*>(client.get()));
        QCOMPARE(client->chainId(), std::optional<std::uint64_t>(31337));
        auto teeKey = awaitTask(client->teePublicKey(), kLong);
        VERIFY_OK(teeKey);
        QCOMPARE((*teeKey)->compressed().hex(false), m_manifest->teePublicKey.toStdString());
        auto number = awaitTask(
            client->publicContract(m_counter->address(), m_counter->abi()).readTransparent("isOdd"),
            kLong);
        VERIFY_OK(number);
    }

    void concurrentWritesFromOneAccount()
    {
        auto fresh = awaitTask(testing::freshWallet(*m_manifest, 6), kLong);
        VERIFY_OK(fresh);
        auto& client = **fresh;
        const auto counter = client->contract(m_counter->address(), m_counter->abi());
        auto start = awaitTask(client->eth().getTransactionCount(client->address()), kLong);
        VERIFY_OK(start);

        QElapsedTimer clock;
        clock.start();
        std::vector<QCoro::Task<Result<Hash>>> writes;
        for (int i = 0; i < kConcurrentWrites; ++i)
            writes.push_back(counter.write("setNumber", uintArgument(1000 + i)));
        auto hashes = awaitTask(rpc::whenAllOk(std::move(writes)), kLong);
        VERIFY_OK(hashes);
        const auto sentAfter = clock.elapsed();
        auto outcomes = awaitTask(waitAll(client.get(), **hashes), kLong);
        VERIFY_OK(outcomes);
        const auto confirmedAfter = clock.elapsed();
        qInfo("%d concurrent shielded writes: all sent after %lld ms, all confirmed after %lld ms",
              kConcurrentWrites, qint64(sentAfter), qint64(confirmedAfter));

        std::set<std::uint64_t> nonces;
        for (const auto& outcome : **outcomes) {
            QCOMPARE(outcome.status, TxStatus::Confirmed);
            QCOMPARE(outcome.receipt->type, std::uint64_t(0x4a));
            auto tx = awaitTask(client->eth().getTransactionByHash(outcome.hash), kLong);
            VERIFY_OK(tx);
            QVERIFY(**tx);
            nonces.insert((**tx)->nonce);
        }
        QCOMPARE(nonces.size(), std::size_t(kConcurrentWrites));
        QCOMPARE(*nonces.begin(), **start);
        QCOMPARE(*nonces.rbegin(), **start + kConcurrentWrites - 1);
        QCOMPARE(client->nonces()->peek(),
                 std::optional<std::uint64_t>(**start + kConcurrentWrites));
        auto count = awaitTask(client->eth().getTransactionCount(client->address()), kLong);
        VERIFY_OK(count);
        QCOMPARE(**count, **start + kConcurrentWrites);
    }

    void badInputsGivePreciseErrors()
    {
        const auto address = Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aA3");
        QVERIFY(!address.ok());
        QCOMPARE(address.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(QString::fromStdString(address.error().message).contains("checksum"));

        const std::vector<std::string> notANumber{"forty-two"};
        auto badArgument = awaitTask(m_counter->write("setNumber", notANumber), kLong);
        QVERIFY(badArgument && !badArgument->ok());
        QCOMPARE(badArgument->error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(badArgument->error().message,
                 std::string("setNumber(suint256): newNumber: 'forty-two' is not an integer"));

        auto unknown = awaitTask(m_counter->write("setNumbers", uintArgument(1)), kLong);
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind, ErrorKind::NotFound);
        QCOMPARE(unknown->error().message, std::string("function 'setNumbers' not found in ABI"));

        ClientOptions wrongChain = testing::devnetOptions(*m_manifest);
        wrongChain.expectedChainId = 5124;
        auto refused =
            awaitTask(WalletClient::connect(wrongChain, testing::devnetKey(*m_manifest, 7)), kLong);
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().message,
                 std::string("the node is on chain 31337, expected chain 5124"));
    }

    void keyTheNodeDoesNotHoldFailsDecryption()
    {
        // Pinned to a TEE key that is not the node's: the node cannot decrypt the calldata.
        auto pinned = WalletClient::create(testing::devnetOptions(*m_manifest),
                                           testing::devnetKey(*m_manifest, 7),
                                           PrivateKey::generate().publicKey(), m_manifest->chainId);
        QVERIFY(pinned.ok());
        auto& client = *pinned;
        const auto counter = client->contract(m_counter->address(), m_counter->abi());
        auto read = awaitTask(counter.readSigned("isOdd"), kLong);
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().kind, ErrorKind::JsonRpc);
        QCOMPARE(read->error().message, std::string("Error Decrypting in Seismic EthApiExt"));
        auto write = awaitTask(counter.write("setNumber", uintArgument(3)), kLong);
        QVERIFY(write && !write->ok());
        QCOMPARE(write->error().message, std::string("Error Decrypting in Seismic EthApiExt"));
        TxOptions options;
        options.gas = 100'000;
        auto send = awaitTask(counter.write("setNumber", uintArgument(3), options), kLong);
        QVERIFY(send && !send->ok());
        QCOMPARE(send->error().message, std::string("failed to decrypt seismic transaction"));
        // Refused before the pool: the nonce is free again.
        QVERIFY(!client->nonces()->isStale());
        QCOMPARE(client->nonces()->inFlight(), std::size_t(0));
    }

    void staleAnchorAndExpiry()
    {
        TxOptions stale;
        stale.security.recentBlockHash = Bytes32();
        stale.security.recentBlockHash->bytes[31] = 1;
        auto read = awaitTask(m_counter->readSigned("isOdd", {}, stale), kLong);
        QVERIFY(read && !read->ok());
        QVERIFY2(QString::fromStdString(read->error().message)
                     .contains("not found in the last 100 blocks"),
                 read->error().message.c_str());

        TxOptions expired;
        expired.gas = 100'000;
        expired.security.expiresAtBlock = 1;
        auto write = awaitTask(m_counter->write("setNumber", uintArgument(5), expired), kLong);
        QVERIFY(write && !write->ok());
        QVERIFY2(QString::fromStdString(write->error().message).startsWith("transaction expired"),
                 write->error().message.c_str());
    }
};

QTEST_GUILESS_MAIN(DevnetClientTest)
#include "tst_devnet_client.moc"
