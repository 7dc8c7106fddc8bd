// SPDX-License-Identifier: MIT
// Revert errors: signed reads and signed estimates whose revert data the node encrypted
// (Error(string), Panic, custom errors), a node that sent plaintext (the tag check fails: its
// message and data are kept), reverts without data, other errors left alone, transparent reads.
#include "TestSupport.h"
#include "client/RevertErrors.h"
#include "client/WalletClient.h"
#include "core/Hex.h"
#include "core/abi/AbiFunction.h"
#include "rpc/support/AsyncTest.h"
#include "support/FailureOf.h"
#include "support/FakeWallet.h"

#include <QTest>

using namespace seismic;
using namespace seismic::client;
using testing::awaitTask;
using testing::CallAnswer;
using testing::failureOf;
using testing::FakeWallet;
using testing::NodeTx;

namespace {

const Address kLeak = *Address::parse("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");

Bytes errorString(const std::string& reason)
{
    return *AbiError::parse("Error(string)")->encode({AbiValue::fromString(reason)});
}

Bytes panic(std::uint64_t code)
{
    return *AbiError::parse("Panic(uint256)")->encode({AbiValue::fromUint(Uint256(code))});
}

TxRequest revertWithSecret()
{
    return TxRequest(kLeak, *AbiFunction::parse("revertWithSecret()")->encodeCall({}));
}

} // namespace

class RevertTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encryptedErrorString()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{errorString("secret=987654321"), true};
        };
        const Error error = failureOf(awaitTask(wallet.client->signedCall(revertWithSecret())));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.code, 3);
        QCOMPARE(error.message, std::string("execution reverted: secret=987654321"));
        QCOMPARE(error.data, toHex(errorString("secret=987654321")));
        QVERIFY(QString::fromStdString(error.data).startsWith("0x08c379a0"));
    }

    void encryptedPanicAndCustomError()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{panic(0x11), true};
        };
        Error error = failureOf(awaitTask(wallet.client->signedCall(revertWithSecret())));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message,
                 std::string("execution reverted: panic 0x11 (arithmetic overflow or underflow)"));

        const AbiError custom = *AbiError::parse("TooLow(uint256 given, uint256 minimum)");
        wallet.node.onCall = [custom](const NodeTx&) {
            return CallAnswer{*custom.encode({AbiValue::fromUint(1), AbiValue::fromUint(5)}), true};
        };
        TxRequest request = revertWithSecret();
        request.revertErrors = {custom};
        error = failureOf(awaitTask(wallet.client->signedCall(request)));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message, std::string("execution reverted: TooLow(given=1, minimum=5)"));
    }

    void plaintextRevertDataKeepsTheNodesMessage()
    {
        // A node that does not encrypt revert data (sanvil's estimate path): the tag check
        // fails, the node's message and data stay as they were.
        FakeWallet wallet;
        wallet.node.encryptReverts = false;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{errorString("secret=987654321"), true};
        };
        const Error error = failureOf(awaitTask(wallet.client->signedCall(revertWithSecret())));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message, std::string("execution reverted"));
        QCOMPARE(error.data, toHex(errorString("secret=987654321")));
    }

    void revertWithoutData()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{Bytes(), true};
        };
        const Error error = failureOf(awaitTask(wallet.client->signedCall(revertWithSecret())));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message, std::string("execution reverted"));
        QCOMPARE(error.data, std::string("0x"));
    }

    void estimateRevertDuringAWriteIsDecryptedAndSendsNothing()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{errorString("secret=987654321"), true};
        };
        auto result = awaitTask(wallet.client->sendShieldedTransaction(revertWithSecret()));
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Revert);
        QCOMPARE(result->error().message, std::string("execution reverted: secret=987654321"));
        QVERIFY(wallet.node.sent.empty());
        // The nonce was not used: the next write gets it.
        wallet.node.onCall = nullptr;
        AWAIT_OK(hash, wallet.client->sendShieldedTransaction(revertWithSecret()));
        Q_UNUSED(hash);
        QCOMPARE(wallet.node.sent.at(0).signedTx.tx.nonce, wallet.node.accountNonce);
    }

    void otherErrorsAreLeftAlone()
    {
        Error error = testing::FakeSeismicNode::rpcError(
            -32000, "Error Decrypting in Seismic EthApiExt", "aead::Error");
        const auto state = EncryptionState::derive(
            testing::FakeSeismicNode::teeSecret().publicKey(), testing::fixedEncryptionKey());
        const Error kept = decodeEncryptedRevert(error, state, TxMetadata{});
        QCOMPARE(kept.kind, ErrorKind::JsonRpc);
        QCOMPARE(kept.message, error.message);
        QCOMPARE(kept.data, error.data);

        // Revert data that is not hex stays as it came.
        Error odd = testing::FakeSeismicNode::rpcError(3, "execution reverted", "not hex");
        const Error oddKept = decodeEncryptedRevert(odd, state, TxMetadata{});
        QCOMPARE(oddKept.kind, ErrorKind::Revert);
        QCOMPARE(oddKept.message, std::string("execution reverted"));
        QCOMPARE(oddKept.data, std::string("not hex"));
    }

    void transparentRevertIsDecoded()
    {
        FakeWallet wallet;
        wallet.node.onPlainCall = [](const QJsonObject&) {
            return CallAnswer{errorString("Only admin can call this function"), true};
        };
        const Error error = failureOf(awaitTask(wallet.client->call(revertWithSecret())));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message,
                 std::string("execution reverted: Only admin can call this function"));
        // Plain reads send {to, data} only.
        const QJsonObject sent = wallet.node.plainCalls.at(0).at(0).toObject();
        QCOMPARE(sent.keys(), (QStringList{"data", "to"}));
        QCOMPARE(wallet.node.plainCalls.at(0).at(1).toString(), QString("latest"));
    }
};

QTEST_GUILESS_MAIN(RevertTest)
#include "tst_reverts.moc"
