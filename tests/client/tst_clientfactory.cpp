// SPDX-License-Identifier: MIT
// Client construction: the TEE key's validation (spec 6.1), what connecting sends, the
// encryption keys derived, refusals (malformed key, wrong chain, unreachable node), public
// clients (no key, no TEE fetch), options and presets, connection state, close and destruction.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/TeePublicKey.h"
#include "client/WalletClient.h"
#include "core/abi/AbiFunction.h"
#include "rpc/support/AsyncTest.h"
#include "support/FakeWallet.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::FakeSeismicNode;

namespace {

const std::string kTeeKey = "028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0";

std::string parseFailure(const QJsonValue& answer)
{
    auto key = parseTeePublicKey(answer);
    if (key)
        return "accepted";
    if (key.error().kind != ErrorKind::Decode)
        return "wrong kind";
    return key.error().message;
}

template<typename T>
Error failureOf(const std::optional<Result<T>>& result)
{
    if (!result || result->ok())
        return makeError(ErrorKind::Unsupported, "the call did not fail");
    return result->error();
}

QCoro::Task<Result<std::unique_ptr<WalletClient>>>
connectTo(FakeSeismicNode& node, ClientOptions options = {}, std::optional<PrivateKey> key = {})
{
    return WalletClient::connect(node.makeTransport(), std::move(options), testing::devSigner(),
                                 std::move(key));
}

} // namespace

class ClientFactoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void teeKeyForms()
    {
        const auto plain = parseTeePublicKey(QString::fromStdString(kTeeKey));
        QVERIFY(plain.ok());
        QCOMPARE(plain->compressed().hex(false), kTeeKey);
        const auto prefixed = parseTeePublicKey(QString::fromStdString("0x" + kTeeKey));
        QVERIFY(prefixed.ok());
        QVERIFY(*prefixed == *plain);
        const auto upper = parseTeePublicKey(QString::fromStdString(kTeeKey).toUpper());
        QVERIFY(upper.ok());
    }

    void malformedTeeKeys()
    {
        const std::string prefix = "seismic_getTeePublicKey returned a malformed key: ";
        QCOMPARE(parseFailure(QString::fromStdString(kTeeKey.substr(0, 64))),
                 prefix + "expected 33 bytes, got 32");
        const std::string uncompressed = "04" + std::string(128, 'a');
        QCOMPARE(parseFailure(QString::fromStdString(uncompressed)),
                 prefix + "expected 33 bytes, got 65");
        QCOMPARE(parseFailure(QString::fromStdString("04" + kTeeKey.substr(2))),
                 prefix + "must start with 0x02 or 0x03");
        QVERIFY(
            QString::fromStdString(parseFailure(QString::fromStdString("zz" + kTeeKey.substr(2))))
                .startsWith(QString::fromStdString(prefix + "not hex: ")));
        QVERIFY(QString::fromStdString(parseFailure(QString::fromStdString(kTeeKey + "0")))
                    .startsWith(QString::fromStdString(prefix + "not hex: ")));
        QCOMPARE(parseFailure(QJsonValue(42)), prefix + "expected a hex string");
        QCOMPARE(parseFailure(QJsonValue::Null), prefix + "expected a hex string");
        QCOMPARE(parseFailure(QString()), prefix + "expected 33 bytes, got 0");
        // 02 || p (the field prime) is no point on the curve.
        QVERIFY(QString::fromStdString(
                    parseFailure(QString(
                        "02fffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2f")))
                    .startsWith(QString::fromStdString(prefix)));
    }

    void connectFetchesKeyAndChainTogether()
    {
        FakeSeismicNode node;
        auto connected =
            awaitTask(connectTo(node, testing::fastOptions(), testing::fixedEncryptionKey()));
        QVERIFY(connected && connected->ok());
        auto& client = **connected;
        QCOMPARE(node.transport()->batchSizes(), std::vector<std::size_t>{2});
        auto methods = node.methods();
        std::sort(methods.begin(), methods.end());
        QCOMPARE(methods, (std::vector<QString>{"eth_chainId", "seismic_getTeePublicKey"}));
        QCOMPARE(client->chainId(), std::optional<std::uint64_t>(31337));
        QCOMPARE(client->address(), testing::devSigner().address());
        QVERIFY(client->encryption().teePublicKey() == FakeSeismicNode::teeSecret().publicKey());
        QCOMPARE(client->encryption().encryptionPubkey(),
                 testing::fixedEncryptionKey().publicKey().compressed());
        // Spec 11.1: the same keys from the TEE side.
        const Bytes32 shared = FakeSeismicNode::teeSecret().ecdhSharedSecret(
            testing::fixedEncryptionKey().publicKey());
        QVERIFY(client->encryption().requestKey() == deriveDirectionalKey(shared, kRequestKeyInfo));
        QCOMPARE(client->encryption().requestKey().bytes().size(), std::size_t(32));
    }

    void randomEncryptionKeyUnlessGiven()
    {
        FakeSeismicNode node;
        auto first = awaitTask(connectTo(node));
        auto second = awaitTask(connectTo(node));
        QVERIFY(first && first->ok() && second && second->ok());
        QVERIFY((**first)->encryption().encryptionPubkey() !=
                (**second)->encryption().encryptionPubkey());
    }

    void malformedTeeKeyFromTheNodeGivesNoClient()
    {
        FakeSeismicNode node;
        node.teeKeyAnswer = QString::fromStdString("04" + kTeeKey.substr(2));
        const Error error = failureOf(awaitTask(connectTo(node)));
        QCOMPARE(error.kind, ErrorKind::Decode);
        QCOMPARE(error.message,
                 std::string("seismic_getTeePublicKey returned a malformed key: must "
                             "start with 0x02 or 0x03"));
    }

    void pinnedTeeKeyMustMatch()
    {
        FakeSeismicNode node;
        const PublicKey presented = FakeSeismicNode::teeSecret().publicKey();
        ClientOptions options = testing::fastOptions();
        options.expectedTeePublicKey = presented;
        auto same = awaitTask(connectTo(node, options));
        QVERIFY(same && same->ok());
        QVERIFY((**same)->encryption().teePublicKey() == presented);

        const PublicKey pinned = PrivateKey::generate().publicKey();
        options.expectedTeePublicKey = pinned;
        const Error error = failureOf(awaitTask(connectTo(node, options)));
        QCOMPARE(error.kind, ErrorKind::TeeKeyChanged);
        QCOMPARE(error.data, teePublicKeyHex(presented));
        QCOMPARE(error.message,
                 "the node's TEE public key " + teePublicKeyHex(presented) +
                     " is not the one pinned for this network (" + teePublicKeyHex(pinned) +
                     "): shielded transactions and signed reads stay off until the new key is "
                     "accepted, since whoever holds its private key could read them");
    }

    void pinnedTeeKeyText()
    {
        const PublicKey key = FakeSeismicNode::teeSecret().publicKey();
        QCOMPARE(teePublicKeyHex(key), "0x" + kTeeKey);
        auto parsed = parsePinnedTeePublicKey(teePublicKeyHex(key));
        QVERIFY(parsed && *parsed == key);
        QVERIFY(parsePinnedTeePublicKey(kTeeKey).ok());
        auto bad = parsePinnedTeePublicKey("0x04" + kTeeKey.substr(2));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(bad.error().message,
                 std::string("not a TEE public key (33 bytes as hex, starting with 02 or 03): "
                             "must start with 0x02 or 0x03"));
    }

    void unencryptedRemoteEndpointsNeedAllowing()
    {
        ClientOptions options =
            ClientOptions::forUrls({QUrl("https://node.example/rpc"),
                                    QUrl("ws://user:hunter2@node.example:8546/v2/KEY123")});
        const auto refused = options.validate();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(refused.error().message,
                 std::string("ws://node.example:8546/… is unencrypted (ws:// to another "
                             "computer): anyone on the way can read and change what is sent, "
                             "including the TEE key; use wss:// or allow unencrypted endpoints "
                             "explicitly"));
        QVERIFY(!PublicClient::create(options).ok());
        options.allowUnencrypted = true;
        QVERIFY(options.validate().ok());
        // This computer is always fine.
        for (const char* url : {"http://127.0.0.1:8545", "ws://localhost:8546", "http://[::1]:1"})
            QVERIFY2(ClientOptions::forUrl(QUrl(url)).validate().ok(), url);
    }

    void wrongChainIsRefused()
    {
        FakeSeismicNode node;
        node.chainId = 5124;
        ClientOptions options;
        options.expectedChainId = 31337;
        const Error error = failureOf(awaitTask(connectTo(node, options)));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QCOMPARE(error.message, std::string("the node is on chain 5124, expected chain 31337"));

        auto pinned = WalletClient::create(node.makeTransport(), options, testing::devSigner(),
                                           FakeSeismicNode::teeSecret().publicKey(), 5124);
        QVERIFY(!pinned.ok());
        QCOMPARE(pinned.error().message, error.message);
    }

    void chainIdZeroIsRefused()
    {
        FakeSeismicNode node;
        node.chainId = 0;
        const Error error = failureOf(awaitTask(connectTo(node, ClientOptions())));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QCOMPARE(error.message,
                 std::string("the node reports chain id 0, which is not a chain id (EIP-155)"));
        auto pinned =
            WalletClient::create(node.makeTransport(), ClientOptions(), testing::devSigner(),
                                 FakeSeismicNode::teeSecret().publicKey(), 0);
        QVERIFY(!pinned.ok());
        QCOMPARE(pinned.error().message, error.message);
    }

    void nodeErrorsAtConnect()
    {
        FakeSeismicNode node;
        auto transport = node.makeTransport();
        transport->setHandler([](const rpc::RpcRequest&) -> Result<QJsonValue> {
            return makeError(ErrorKind::Transport, "connection refused");
        });
        const Error error = failureOf(awaitTask(
            WalletClient::connect(std::move(transport), ClientOptions(), testing::devSigner())));
        QCOMPARE(error.kind, ErrorKind::Transport);
    }

    void publicClientNeitherSignsNorFetchesTheTeeKey()
    {
        FakeSeismicNode node;
        auto created = PublicClient::create(node.makeTransport(), testing::fastOptions());
        QVERIFY(created.ok());
        auto& client = *created;
        QVERIFY(!qobject_cast<WalletClient*>(client.get()));
        QVERIFY(!client->chainId());
        AWAIT_OK(chainId, client->fetchChainId());
        QCOMPARE(chainId, std::uint64_t(31337));
        QCOMPARE(client->chainId(), std::optional<std::uint64_t>(31337));
        QCOMPARE(node.methods(), std::vector<QString>{"eth_chainId"});
        // On demand only.
        AWAIT_OK(teeKey, client->teePublicKey());
        QVERIFY(teeKey == FakeSeismicNode::teeSecret().publicKey());
    }

    void optionsAndPresets()
    {
        const auto preset = ClientOptions::forPreset(*seismicTestnet(1));
        QCOMPARE(preset.endpoints.size(), 2);
        QCOMPARE(preset.endpoints.at(0).toString(),
                 QString("https://testnet-1.seismictest.net/rpc"));
        QCOMPARE(preset.endpoints.at(1).toString(), QString("wss://testnet-1.seismictest.net/ws"));
        QCOMPARE(preset.expectedChainId, std::optional<std::uint64_t>(5124));

        ClientOptions options = ClientOptions::forUrl(QUrl("ftp://127.0.0.1:1"));
        auto refused = PublicClient::create(options);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(QString::fromStdString(refused.error().message)
                    .contains("unsupported endpoint scheme"));

        auto none = PublicClient::create(ClientOptions());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().message, std::string("no endpoint URL given"));

        options = ClientOptions::forUrl(QUrl("http://127.0.0.1:1"));
        options.blocksWindow = 0;
        QCOMPARE(options.validate().error().message,
                 std::string("blocksWindow must be at least 1 block"));
        options.blocksWindow = 10;
        options.signedReadGas = 0;
        QVERIFY(!options.validate().ok());
        options.signedReadGas = 1;
        options.transactionTimeout = 0ms;
        QVERIFY(!options.validate().ok());
    }

    void unreachableNodeFailsAndReportsState()
    {
        // Nothing listens on port 1: connection refused, retried with backoff, then reported.
        ClientOptions options = ClientOptions::forUrl(QUrl("http://127.0.0.1:1"));
        auto created = PublicClient::create(options);
        QVERIFY(created.ok());
        auto& client = *created;
        testing::LoopWatch watch;
        auto result = awaitTask(client->fetchChainId());
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::ConnectionRefused);
        QVERIFY(client->lastError());
        QCOMPARE(client->lastError()->kind, ErrorKind::ConnectionRefused);
        // The chain head says so, with the reason.
        QSignalSpy states(client->head(), &ChainHead::statusChanged);
        client->head()->start();
        QTRY_COMPARE(client->head()->status(), ConnectionStatus::Reconnecting);
        QCOMPARE(client->head()->lastError()->kind, ErrorKind::ConnectionRefused);
        QCOMPARE(states.first().at(0).value<ConnectionStatus>(), ConnectionStatus::Connecting);
        QVERIFY(watch.ticks() > 0);
        QVERIFY(watch.maxGap() < testing::kMaxLoopGap);

        auto wallet = awaitTask(WalletClient::connect(options, testing::devSigner()));
        QVERIFY(wallet && !wallet->ok());
        QCOMPARE(wallet->error().kind, ErrorKind::ConnectionRefused);
    }

    void closeEndsCalls()
    {
        testing::FakeWallet wallet;
        wallet.node.transport()->setLatency(200ms);
        auto pending = wallet.client->fetchChainId();
        QVERIFY(testing::awaitDone(wallet.client->close()));
        QVERIFY(wallet.client->isClosed());
        auto result = awaitTask(std::move(pending));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        const Error after = failureOf(awaitTask(wallet.client->fetchChainId()));
        QCOMPARE(after.kind, ErrorKind::Cancelled);
    }

    void destructionEndsEveryCall()
    {
        auto wallet = std::make_unique<testing::FakeWallet>();
        wallet->node.transport()->setLatency(100ms);
        const Address to = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        auto write = wallet->client->sendShieldedTransaction(TxRequest(to, Bytes{0x01}));
        auto read = wallet->client->signedCall(TxRequest(to, Bytes{0x02}));
        auto transparent = wallet->client->sendTransparentTransaction(TxRequest(to, Bytes{0x03}));
        wallet->client.reset();
        for (auto* task : {&write, &transparent}) {
            auto result = awaitTask(std::move(*task));
            QVERIFY(result && !result->ok());
            QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        }
        auto readResult = awaitTask(std::move(read));
        QVERIFY(readResult && !readResult->ok());
        QCOMPARE(readResult->error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(ClientFactoryTest)
#include "tst_clientfactory.moc"
