// SPDX-License-Identifier: MIT
// The wallet client's request sequences against an in-memory Seismic node (spec 6.8): shielded
// writes with and without gas (the estimate twin), security overrides, EIP-712, debug writes,
// signed reads, signed estimates, transparent writes (EIP-1559 and legacy).
#include "TestSupport.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/abi/AbiFunction.h"
#include "rpc/support/AsyncTest.h"
#include "support/FakeWallet.h"

#include <QTest>

using namespace seismic;
using namespace seismic::client;
using testing::awaitTask;
using testing::FakeWallet;

namespace {

const Address kCounter = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

Bytes setNumber(std::uint64_t value)
{
    return *AbiFunction::parse("setNumber(suint256)")
                ->encodeCall({AbiValue::fromUint(Uint256(value))});
}

TxRequest setNumberRequest(std::uint64_t value, TxOptions options = {})
{
    return TxRequest(kCounter, setNumber(value), std::move(options));
}

std::vector<QString> prefix(const std::vector<QString>& methods, std::size_t count)
{
    return std::vector<QString>(methods.begin(), methods.begin() + std::min(count, methods.size()));
}

std::vector<QString> sorted(std::vector<QString> methods)
{
    std::sort(methods.begin(), methods.end());
    return methods;
}

// The first call of a write: nonce count, latest block and gas price, in one batch.
const std::vector<QString> kChainQueries{"eth_gasPrice", "eth_getBlockByNumber",
                                         "eth_getTransactionCount"};

} // namespace

class ShieldedWriteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeWithoutGasEstimatesATwin()
    {
        FakeWallet wallet;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(42)));
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 3)), kChainQueries);
        QCOMPARE(wallet.node.transport()->batchSizes().front(), std::size_t(3));
        QCOMPARE(methods.at(3), QString("eth_estimateGas"));
        QCOMPARE(methods.at(4), QString("eth_sendRawTransaction"));
        QCOMPARE(wallet.node.transport()->requests().at(3).params.size(), 1); // no block tag

        QCOMPARE(wallet.node.estimates.size(), std::size_t(1));
        QCOMPARE(wallet.node.sent.size(), std::size_t(1));
        const TxSeismic& twin = wallet.node.estimates[0].signedTx.tx;
        const TxSeismic& write = wallet.node.sent[0].signedTx.tx;
        // The twin: a signed read with its own encryption nonce and the block's gas limit.
        QVERIFY(twin.elements.signedRead);
        QCOMPARE(twin.gas, wallet.node.gasLimit);
        QCOMPARE(twin.elements.recentBlockHash, wallet.node.blockHash());
        QCOMPARE(twin.elements.expiresAtBlock, wallet.node.blockNumber + 100);
        QVERIFY(twin.elements.encryptionNonce != write.elements.encryptionNonce);
        QVERIFY(twin.input != write.input);
        QCOMPARE(wallet.node.estimates[0].plaintext, setNumber(42));
        // The write: the estimate as gas, never a signed read.
        QVERIFY(!write.elements.signedRead);
        QCOMPARE(write.gas, wallet.node.estimate);
        QCOMPARE(write.gasPrice, wallet.node.gasPrice);
        QCOMPARE(write.nonce, wallet.node.accountNonce);
        QCOMPARE(write.chainId, wallet.node.chainId);
        QCOMPARE(write.to, std::optional<Address>(kCounter));
        QCOMPARE(write.elements.messageVersion, kRawMessageVersion);
        QCOMPARE(write.elements.recentBlockHash, wallet.node.blockHash());
        QCOMPARE(write.elements.expiresAtBlock, wallet.node.blockNumber + 100);
        QCOMPARE(write.elements.encryptionPubkey, wallet.client->encryption().encryptionPubkey());
        QVERIFY(write.elements.encryptionNonce.bytes[0] != 0);
        QCOMPARE(wallet.node.sent[0].plaintext, setNumber(42));
        QVERIFY(write.input != setNumber(42));
        QCOMPARE(wallet.node.sent[0].signedTx.sender, wallet.client->address());
        QCOMPARE(hash, wallet.node.sent[0].signedTx.hash);
    }

    void writeWithGasSkipsTheEstimate()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 5'000'000;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(55, options)));
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 3)), kChainQueries);
        QCOMPARE(methods.at(3), QString("eth_sendRawTransaction"));
        QVERIFY(wallet.node.estimates.empty());
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.gas, std::uint64_t(5'000'000));
        QCOMPARE(hash, wallet.node.sent[0].signedTx.hash);
    }

    void givenGasPriceSkipsEthGasPrice()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 100'000;
        options.gasPrice = Uint256(7'000'000'000ull);
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(1, options)));
        Q_UNUSED(hash);
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 2)),
                 (std::vector<QString>{"eth_getBlockByNumber", "eth_getTransactionCount"}));
        QCOMPARE(methods.at(2), QString("eth_sendRawTransaction"));
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.gasPrice, Uint256(7'000'000'000ull));
    }

    void nonceComesOnceFromPending()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 100'000;
        for (std::uint64_t i = 0; i < 3; ++i) {
            AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(i, options)));
            Q_UNUSED(hash);
        }
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_getTransactionCount")), 1);
        // The chain id is known since connecting: only the chain head's one identity check (it
        // starts with the first transaction to follow) asks for it.
        QVERIFY(std::count(methods.begin(), methods.end(), QString("eth_chainId")) <= 1);
        for (std::uint64_t i = 0; i < 3; ++i)
            QCOMPARE(wallet.node.sent.at(i).signedTx.tx.nonce, wallet.node.accountNonce + i);
    }

    void anchorAndExpiryOverridesSkipTheBlock()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 100'000;
        options.security.recentBlockHash = keccak256(asBytes("some recent block"));
        options.security.expiresAtBlock = 4242;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(3, options)));
        Q_UNUSED(hash);
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 2)),
                 (std::vector<QString>{"eth_gasPrice", "eth_getTransactionCount"}));
        QCOMPARE(methods.at(2), QString("eth_sendRawTransaction"));
        const auto& elements = wallet.node.sent.at(0).signedTx.tx.elements;
        QCOMPARE(elements.recentBlockHash, *options.security.recentBlockHash);
        QCOMPARE(elements.expiresAtBlock, std::uint64_t(4242));
    }

    void partialOverridesFetchTheLatestBlock()
    {
        // Only the expiry: the anchor comes from the latest block.
        FakeWallet wallet;
        TxOptions options;
        options.gas = 100'000;
        options.security.expiresAtBlock = 150;
        AWAIT_OK(first, wallet.client->sendShieldedTransaction(setNumberRequest(1, options)));
        Q_UNUSED(first);
        QCOMPARE(sorted(prefix(wallet.node.methods(), 3)), kChainQueries);
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.elements.recentBlockHash,
                 wallet.node.blockHash());
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.elements.expiresAtBlock, std::uint64_t(150));

        // Only the anchor: expiry = LATEST number + window (PY), whatever the anchor.
        options.security = SecurityParams();
        options.security.recentBlockHash = keccak256(asBytes("older block"));
        options.security.blocksWindow = 5;
        AWAIT_OK(second, wallet.client->sendShieldedTransaction(setNumberRequest(2, options)));
        Q_UNUSED(second);
        QCOMPARE(wallet.node.sent.at(1).signedTx.tx.elements.recentBlockHash,
                 *options.security.recentBlockHash);
        QCOMPARE(wallet.node.sent.at(1).signedTx.tx.elements.expiresAtBlock,
                 wallet.node.blockNumber + 5);

        // A window of 0 means "not set".
        options.security = SecurityParams();
        options.security.blocksWindow = 0;
        AWAIT_OK(third, wallet.client->sendShieldedTransaction(setNumberRequest(3, options)));
        Q_UNUSED(third);
        QCOMPARE(wallet.node.sent.at(2).signedTx.tx.elements.expiresAtBlock,
                 wallet.node.blockNumber + 100);
    }

    void clientWindowIsTheDefault()
    {
        auto options = testing::fastOptions();
        options.blocksWindow = 20;
        FakeWallet wallet(options);
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(1)));
        Q_UNUSED(hash);
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.elements.expiresAtBlock,
                 wallet.node.blockNumber + 20);
    }

    void encryptionNonceOverride()
    {
        FakeWallet wallet;
        TxOptions options;
        const auto nonce = *EncryptionNonce::fromHex("0x46a2b6020bba77fcb1e676a6");
        options.security.encryptionNonce = nonce;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(9, options)));
        Q_UNUSED(hash);
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.elements.encryptionNonce, nonce);
        // Never applied to the twin.
        QVERIFY(wallet.node.estimates.at(0).signedTx.tx.elements.encryptionNonce != nonce);
    }

    void zeroLeadingEncryptionNonceIsRefusedBeforeAnyCall()
    {
        FakeWallet wallet;
        TxOptions options;
        options.security.encryptionNonce = *EncryptionNonce::fromHex("0x00a2b6020bba77fcb1e676a6");
        auto result =
            awaitTask(wallet.client->sendShieldedTransaction(setNumberRequest(9, options)));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(result->error().message,
                 std::string("encryption nonce must not start with a zero byte"));
        auto read = awaitTask(wallet.client->signedCall(setNumberRequest(9, options)));
        QVERIFY(read && !read->ok());
        QCOMPARE(read->error().kind, ErrorKind::InvalidArgument);
        QVERIFY(wallet.node.methods().empty());
    }

    void creationIsRefused()
    {
        FakeWallet wallet;
        TxRequest request(std::nullopt, setNumber(1));
        auto result = awaitTask(wallet.client->sendShieldedTransaction(request));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::InvalidArgument);
        QVERIFY(QString::fromStdString(result->error().message).contains("cannot deploy"));
        QVERIFY(wallet.node.methods().empty());
    }

    void gasPriceBeyond128BitsIsRefused()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gasPrice = Uint256(1) << 128;
        auto result =
            awaitTask(wallet.client->sendShieldedTransaction(setNumberRequest(1, options)));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::InvalidArgument);
        QVERIFY(wallet.node.methods().empty());
    }

    void eip712SignsTypedData()
    {
        FakeWallet wallet;
        TxOptions options;
        options.eip712 = true;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(setNumberRequest(42, options)));
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.elements.messageVersion,
                 kTypedDataMessageVersion);
        QCOMPARE(wallet.node.estimates.at(0).signedTx.tx.elements.messageVersion,
                 kTypedDataMessageVersion);
        // The node recovered the signer from the EIP-712 hash.
        QCOMPARE(wallet.node.sent.at(0).signedTx.sender, wallet.client->address());
        QCOMPARE(hash, wallet.node.sent.at(0).signedTx.hash);
    }

    void debugWriteShowsWhatWasSent()
    {
        FakeWallet wallet;
        TxOptions options;
        options.value = Uint256(5);
        AWAIT_OK(debug, wallet.client->debugSendShieldedTransaction(setNumberRequest(99, options)));
        const auto& node = wallet.node.sent.at(0).signedTx;
        QCOMPARE(debug.txHash, node.hash);
        QCOMPARE(debug.shieldedTx, node.tx);
        QCOMPARE(debug.plaintextTx.to, kCounter);
        QCOMPARE(debug.plaintextTx.data, setNumber(99));
        QCOMPARE(debug.plaintextTx.nonce, node.tx.nonce);
        QCOMPARE(debug.plaintextTx.gas, wallet.node.estimate);
        QCOMPARE(debug.plaintextTx.gasPrice, wallet.node.gasPrice);
        QCOMPARE(debug.plaintextTx.value, Uint256(5));
        QVERIFY(debug.shieldedTx.input != debug.plaintextTx.data);
        QCOMPARE(debug.shieldedTx.elements.encryptionPubkey.bytes.size(), std::size_t(33));
        QVERIFY(!debug.shieldedTx.elements.signedRead);
        // Nothing beyond a normal write.
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_sendRawTransaction")), 1);
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_estimateGas")), 1);
    }

    void signedReadSequenceAndDecryption()
    {
        FakeWallet wallet;
        const Bytes answer = testing::hex("0x" + std::string(63, '0') + "1");
        wallet.node.onCall = [answer](const testing::NodeTx&) {
            return testing::CallAnswer{answer};
        };
        const Bytes isOdd = *AbiFunction::parse("isOdd()")->encodeCall({});
        AWAIT_OK(output, wallet.client->signedCall(TxRequest(kCounter, isOdd)));
        QCOMPARE(output, answer);
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 3)), kChainQueries);
        QCOMPARE(methods.at(3), QString("eth_call"));
        const auto& params = wallet.node.transport()->requests().at(3).params;
        QCOMPARE(params.size(), 2);
        QVERIFY(params.at(0).toString().startsWith("0x4a"));
        QCOMPARE(params.at(1).toString(), QString("latest"));
        const auto& call = wallet.node.calls.at(0);
        QVERIFY(call.signedTx.tx.elements.signedRead);
        QCOMPARE(call.signedTx.tx.gas, std::uint64_t(30'000'000));
        QCOMPARE(call.signedTx.tx.gasPrice, wallet.node.gasPrice);
        QCOMPARE(call.plaintext, isOdd);
        QCOMPARE(call.signedTx.sender, wallet.client->address());
    }

    void signedReadOptions()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 123'456;
        options.block = rpc::BlockId::number(77);
        options.eip712 = true;
        AWAIT_OK(output, wallet.client->signedCall(setNumberRequest(1, options)));
        // "0x" stays empty, without decryption.
        QVERIFY(output.empty());
        QCOMPARE(wallet.node.calls.at(0).signedTx.tx.gas, std::uint64_t(123'456));
        QCOMPARE(wallet.node.calls.at(0).signedTx.tx.elements.messageVersion,
                 kTypedDataMessageVersion);
        QCOMPARE(wallet.node.callBlocks.at(0).toString(), QString("0x4d"));
    }

    void signedReadThatDoesNotDecrypt()
    {
        FakeWallet wallet;
        wallet.node.corruptResults = true;
        wallet.node.onCall = [](const testing::NodeTx&) {
            return testing::CallAnswer{Bytes(32, 0x01)};
        };
        auto result = awaitTask(wallet.client->signedCall(setNumberRequest(1)));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Decryption);
        QVERIFY(QString::fromStdString(result->error().message)
                    .startsWith("the signed read's result does not decrypt"));
    }

    void signedEstimate()
    {
        FakeWallet wallet;
        AWAIT_OK(gas, wallet.client->estimateGas(setNumberRequest(42)));
        QCOMPARE(gas, wallet.node.estimate);
        const auto& estimate = wallet.node.estimates.at(0).signedTx.tx;
        QVERIFY(estimate.elements.signedRead);
        QCOMPARE(estimate.gas, wallet.node.gasLimit);
        QVERIFY(wallet.node.sent.empty());

        TxOptions capped;
        capped.gas = 1'000'000;
        AWAIT_OK(again, wallet.client->estimateGas(setNumberRequest(42, capped)));
        Q_UNUSED(again);
        QCOMPARE(wallet.node.estimates.at(1).signedTx.tx.gas, std::uint64_t(1'000'000));
    }

    void transparentWriteWithBaseFeeIsEip1559()
    {
        FakeWallet wallet;
        wallet.node.baseFee = Uint256(2'000'000'000ull);
        const Bytes increment = *AbiFunction::parse("increment()")->encodeCall({});
        AWAIT_OK(hash, wallet.client->sendTransparentTransaction(TxRequest(kCounter, increment)));
        const auto methods = wallet.node.methods();
        QCOMPARE(sorted(prefix(methods, 3)), kChainQueries);
        QCOMPARE(sorted(std::vector<QString>(methods.begin() + 3, methods.begin() + 5)),
                 (std::vector<QString>{"eth_estimateGas", "eth_maxPriorityFeePerGas"}));
        QCOMPARE(methods.at(5), QString("eth_sendRawTransaction"));
        // The estimate is a provisional TxSeismic: a signed read of the plaintext.
        const auto& provisional = wallet.node.estimates.at(0);
        QVERIFY(provisional.signedTx.tx.elements.signedRead);
        QCOMPARE(provisional.plaintext, increment);
        QVERIFY(wallet.node.sent.empty());
        const auto& tx = wallet.node.sentTransparent.at(0);
        QCOMPARE(int(tx.type), 2);
        QCOMPARE(tx.maxPriorityFeePerGas, wallet.node.priorityFee);
        QCOMPARE(tx.maxFeePerGas, 2 * *wallet.node.baseFee + wallet.node.priorityFee);
        QCOMPARE(tx.gas, wallet.node.estimate);
        QCOMPARE(tx.data, increment); // public calldata
        QCOMPARE(tx.nonce, wallet.node.accountNonce);
        QCOMPARE(hash, tx.hash);
    }

    void transparentWriteWithoutBaseFeeIsLegacy()
    {
        FakeWallet wallet;
        const Bytes increment = *AbiFunction::parse("increment()")->encodeCall({});
        AWAIT_OK(hash, wallet.client->sendTransparentTransaction(TxRequest(kCounter, increment)));
        Q_UNUSED(hash);
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_maxPriorityFeePerGas")),
                 0);
        const auto& tx = wallet.node.sentTransparent.at(0);
        QCOMPARE(int(tx.type), 0);
        QCOMPARE(tx.gasPrice, wallet.node.gasPrice);
        QCOMPARE(tx.gas, wallet.node.estimate);
    }

    void transparentWriteWithGivenPriceAndGas()
    {
        FakeWallet wallet;
        wallet.node.baseFee = Uint256(2'000'000'000ull);
        TxOptions options;
        options.gas = 60'000;
        options.gasPrice = Uint256(9'000'000'000ull);
        const Bytes increment = *AbiFunction::parse("increment()")->encodeCall({});
        AWAIT_OK(hash, wallet.client->sendTransparentTransaction(
                           TxRequest(kCounter, increment, options)));
        Q_UNUSED(hash);
        const auto methods = wallet.node.methods();
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_estimateGas")), 0);
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_gasPrice")), 0);
        QCOMPARE(std::count(methods.begin(), methods.end(), QString("eth_maxPriorityFeePerGas")),
                 0);
        const auto& tx = wallet.node.sentTransparent.at(0);
        QCOMPARE(int(tx.type), 0);
        QCOMPARE(tx.gasPrice, Uint256(9'000'000'000ull));
        QCOMPARE(tx.gas, std::uint64_t(60'000));
    }
};

QTEST_GUILESS_MAIN(ShieldedWriteTest)
#include "tst_shieldedwrite.moc"
