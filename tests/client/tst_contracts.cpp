// SPDX-License-Identifier: MIT
// Contracts from a JSON ABI over an in-memory node: smart routing of write/read by shielded
// inputs, every namespace, arguments as values or text with precise errors, unknown functions,
// output decoding; SRC20 tokens (metadata validation, balance getter fallback, transfers);
// the Directory (viewing keys).
#include "TestSupport.h"
#include "client/Directory.h"
#include "client/Src20Token.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/abi/AbiJson.h"
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

const Address kCounter = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
const Address kToken = *Address::parse("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");
const Address kOther = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

constexpr std::string_view kCounterAbi = R"([
  {"type":"function","name":"setNumber","stateMutability":"nonpayable",
   "inputs":[{"name":"newNumber","type":"suint256"}],"outputs":[]},
  {"type":"function","name":"increment","stateMutability":"nonpayable","inputs":[],"outputs":[]},
  {"type":"function","name":"isOdd","stateMutability":"view","inputs":[],
   "outputs":[{"name":"","type":"bool"}]},
  {"type":"function","name":"getNumber","stateMutability":"view","inputs":[],
   "outputs":[{"name":"","type":"uint256"}]}
])";

std::string selectorHex(ByteView data)
{
    return data.size() < 4 ? std::string() : toHex(data.first(4), false);
}

Bytes word(const Uint256& value)
{
    return toWord(value).toBytes();
}

Bytes stringOutput(const std::string& text)
{
    Bytes out = word(32);
    append(out, word(text.size()));
    Bytes padded(asBytes(text).begin(), asBytes(text).end());
    padded.resize((text.size() + 31) / 32 * 32, 0);
    append(out, padded);
    return out;
}

ShieldedContract counter(WalletClient* client, bool eip712 = false)
{
    return client->contract(kCounter, *parseAbiJson(kCounterAbi), eip712);
}

} // namespace

class ContractTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeRoutesByShieldedInputs()
    {
        FakeWallet wallet;
        auto contract = counter(wallet.client.get());
        const std::vector<AbiValue> args{AbiValue::fromUint(42)};
        AWAIT_OK(shielded, contract.write("setNumber", args));
        QCOMPARE(wallet.node.sent.size(), std::size_t(1));
        QCOMPARE(wallet.node.sent[0].signedTx.hash, shielded);
        QCOMPARE(selectorHex(wallet.node.sent[0].plaintext), std::string("24a7f0b7"));

        AWAIT_OK(transparent, contract.write("increment"));
        QCOMPARE(wallet.node.sentTransparent.size(), std::size_t(1));
        QCOMPARE(wallet.node.sentTransparent[0].hash, transparent);
        QCOMPARE(selectorHex(wallet.node.sentTransparent[0].data), std::string("d09de08a"));
        QCOMPARE(wallet.node.sent.size(), std::size_t(1));

        // Forced namespaces.
        AWAIT_OK(forced, contract.writeShielded("increment"));
        Q_UNUSED(forced);
        QCOMPARE(wallet.node.sent.size(), std::size_t(2));
        AWAIT_OK(plain, contract.writeTransparent("setNumber(suint256)", args));
        Q_UNUSED(plain);
        QCOMPARE(wallet.node.sentTransparent.size(), std::size_t(2));
    }

    void readRoutesByShieldedInputs()
    {
        FakeWallet wallet;
        wallet.node.onPlainCall = [](const QJsonObject&) {
            return CallAnswer{word(1)};
        };
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{word(0)};
        };
        auto contract = counter(wallet.client.get());
        AWAIT_OK(plain, contract.read("isOdd"));
        QCOMPARE(plain.size(), std::size_t(1));
        QVERIFY(plain[0].asBool());
        QCOMPARE(wallet.node.plainCalls.size(), std::size_t(1));
        QVERIFY(wallet.node.calls.empty());

        AWAIT_OK(signedRead, contract.readSigned("isOdd"));
        QVERIFY(!signedRead[0].asBool());
        QCOMPARE(wallet.node.calls.size(), std::size_t(1));
        QCOMPARE(wallet.node.calls[0].signedTx.sender, wallet.client->address());

        // A function with shielded inputs is read by signed read.
        const std::vector<AbiValue> args{AbiValue::fromUint(3)};
        AWAIT_OK(viaRead, contract.read("setNumber", args));
        QVERIFY(viaRead.empty());
        QCOMPARE(wallet.node.calls.size(), std::size_t(2));

        AWAIT_OK(transparentOut, contract.readTransparent("isOdd"));
        QVERIFY(transparentOut[0].asBool());
        QCOMPARE(wallet.node.plainCalls.size(), std::size_t(2));
    }

    void emptyReturnDataDecodesAsZero()
    {
        FakeWallet wallet;
        auto contract = counter(wallet.client.get());
        AWAIT_OK(number, contract.readSigned("getNumber"));
        QCOMPARE(number.size(), std::size_t(1));
        QCOMPARE(number[0].asUint(), Uint256(0));
    }

    void textArguments()
    {
        FakeWallet wallet;
        auto contract = counter(wallet.client.get());
        const std::vector<std::string> good{"0x2a"};
        AWAIT_OK(hash, contract.write("setNumber", good));
        Q_UNUSED(hash);
        QCOMPARE(
            wallet.node.sent.at(0).plaintext,
            testing::hex("0x24a7f0b7000000000000000000000000000000000000000000000000000000000000"
                         "002a"));

        const std::vector<std::string> fraction{"1.5"};
        Error error = failureOf(awaitTask(contract.write("setNumber", fraction)));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QCOMPARE(error.message,
                 std::string("setNumber(suint256): newNumber: '1.5' is not an integer"));

        const std::vector<std::string> tooMany{"1", "2"};
        error = failureOf(awaitTask(contract.write("setNumber", tooMany)));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QCOMPARE(error.message, std::string("setNumber(suint256): expected 1 argument, got 2"));

        const std::vector<AbiValue> wrongKind{AbiValue::fromString("42")};
        error = failureOf(awaitTask(contract.write("setNumber", wrongKind)));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY(QString::fromStdString(error.message).startsWith("setNumber(suint256): "));
        QCOMPARE(wallet.node.sent.size(), std::size_t(1));
    }

    void badAddressArgument()
    {
        FakeWallet wallet;
        Src20Token token(wallet.client.get(), kToken);
        const std::vector<std::string> args{"0x70997970C51812dc3A010C7d01b50e0d17dc79c8", "1"};
        const Error error = failureOf(awaitTask(token.contract().write("transfer", args)));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(
            QString::fromStdString(error.message).startsWith("transfer(address,suint256): to: "),
            error.message.c_str());
        QVERIFY(QString::fromStdString(error.message).contains("checksum"));
        QVERIFY(wallet.node.methods().empty());
    }

    void unknownFunction()
    {
        FakeWallet wallet;
        auto contract = counter(wallet.client.get());
        for (auto* call : {"decrement", "setNumber(uint256)"}) {
            const Error error = failureOf(awaitTask(contract.write(call)));
            QCOMPARE(error.kind, ErrorKind::NotFound);
            QCOMPARE(error.message, "function '" + std::string(call) + "' not found in ABI");
        }
        const Error readError = failureOf(awaitTask(contract.readTransparent("nothing")));
        QCOMPARE(readError.kind, ErrorKind::NotFound);
        QVERIFY(wallet.node.methods().empty());
    }

    void eip712ContractAndDebugWrite()
    {
        FakeWallet wallet;
        auto contract = counter(wallet.client.get(), true);
        QVERIFY(contract.eip712());
        const std::vector<AbiValue> args{AbiValue::fromUint(42)};
        AWAIT_OK(debug, contract.writeDebug("setNumber", args));
        QCOMPARE(debug.shieldedTx.elements.messageVersion, kTypedDataMessageVersion);
        QCOMPARE(debug.plaintextTx.data, wallet.node.sent.at(0).plaintext);
        AWAIT_OK(gas, contract.estimateGas("setNumber", args));
        QCOMPARE(gas, wallet.node.estimate);
        QCOMPARE(wallet.node.estimates.back().signedTx.tx.elements.messageVersion,
                 kTypedDataMessageVersion);
    }

    void publicContractReadsOnly()
    {
        FakeWallet wallet;
        wallet.node.onPlainCall = [](const QJsonObject&) {
            return CallAnswer{word(7)};
        };
        auto contract = wallet.client->publicContract(kCounter, *parseAbiJson(kCounterAbi));
        AWAIT_OK(number, contract.readTransparent("getNumber"));
        QCOMPARE(number[0].asUint(), Uint256(7));
        const auto calldata = contract.encodeCall("increment", FunctionArguments());
        QVERIFY(calldata.ok());
        QCOMPARE(toHex(*calldata), std::string("0xd09de08a"));
    }

    void tokenMetadata()
    {
        FakeWallet wallet;
        std::string name = "Seismic Demo Token";
        std::string symbol = "SDT";
        std::uint64_t decimals = 18;
        wallet.node.onPlainCall = [&](const QJsonObject& call) {
            const std::string selector = call.value("data").toString().mid(2, 8).toStdString();
            if (selector == "06fdde03")
                return CallAnswer{stringOutput(name)};
            if (selector == "95d89b41")
                return CallAnswer{stringOutput(symbol)};
            return CallAnswer{word(decimals)};
        };
        Src20Token token(wallet.client.get(), kToken);
        AWAIT_OK(metadata, token.metadata());
        QCOMPARE(metadata.name, name);
        QCOMPARE(metadata.symbol, std::string("SDT"));
        QCOMPARE(int(metadata.decimals), 18);
        QCOMPARE(wallet.node.transport()->batchSizes().front(), std::size_t(3)); // together

        decimals = 78;
        Error error = failureOf(awaitTask(token.metadata()));
        QCOMPARE(error.kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(error.message).contains("token decimals 78"));

        decimals = 300; // not a uint8
        error = failureOf(awaitTask(token.metadata()));
        QCOMPARE(error.kind, ErrorKind::Decode);

        decimals = 6;
        name = "Bad\x07Name";
        error = failureOf(awaitTask(token.metadata()));
        QCOMPARE(error.kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(error.message).contains("control characters"));

        name = "\xff\xfe";
        error = failureOf(awaitTask(token.metadata()));
        QVERIFY(QString::fromStdString(error.message).contains("not valid UTF-8"));

        // Markup would render in a label that guesses the format: refused, naming the character.
        name = "Seismic Demo Token";
        symbol = "<h1 style=\"color:green\">&#10004; VERIFIED</h1>";
        error = failureOf(awaitTask(token.metadata()));
        QCOMPARE(error.kind, ErrorKind::Decode);
        QVERIFY2(QString::fromStdString(error.message)
                     .contains("token symbol contains the markup character '<' (names and "
                               "symbols are plain text)"),
                 error.message.c_str());
        symbol = "SDT";
        for (const char* marked : {"A > B", "Fish & Chips"}) {
            name = marked;
            error = failureOf(awaitTask(token.metadata()));
            QCOMPARE(error.kind, ErrorKind::Decode);
            QVERIFY2(
                QString::fromStdString(error.message).contains("token name contains the markup"),
                error.message.c_str());
        }

        wallet.node.onPlainCall = [](const QJsonObject&) {
            return CallAnswer{};
        };
        error = failureOf(awaitTask(token.metadata()));
        QCOMPARE(error.kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(error.message).contains("is it an SRC20 token contract?"));
    }

    void balanceFallsBackAndRemembers()
    {
        FakeWallet wallet;
        std::vector<std::string> asked;
        wallet.node.onCall = [&](const NodeTx& call) {
            asked.push_back(selectorHex(call.plaintext));
            if (asked.back() == "b69ef8a8")
                return CallAnswer{Bytes(), true}; // no balance(): bare revert
            return CallAnswer{word(1234)};
        };
        Src20Token token(wallet.client.get(), kToken);
        AWAIT_OK(balance, token.balance());
        QCOMPARE(balance, Uint256(1234));
        QCOMPARE(asked, (std::vector<std::string>{"b69ef8a8", "722713f7"}));
        AWAIT_OK(again, token.balance());
        QCOMPARE(again, Uint256(1234));
        QCOMPARE(asked, (std::vector<std::string>{"b69ef8a8", "722713f7", "722713f7"}));

        // Neither getter.
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{};
        };
        Src20Token none(wallet.client.get(), kOther);
        const Error error = failureOf(awaitTask(none.balance()));
        QVERIFY(
            QString::fromStdString(error.message).contains("neither balance() nor balanceOf()"));
    }

    void tokenTransfers()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{word(500)};
        };
        Src20Token token(wallet.client.get(), kToken);
        AWAIT_OK(transfer, token.transfer(kOther, Uint256(100)));
        AWAIT_OK(approve, token.approve(kOther, Uint256(500)));
        AWAIT_OK(from, token.transferFrom(kOther, wallet.client->address(), Uint256(5)));
        Q_UNUSED(transfer);
        Q_UNUSED(approve);
        Q_UNUSED(from);
        QCOMPARE(wallet.node.sent.size(), std::size_t(3));
        QCOMPARE(selectorHex(wallet.node.sent[0].plaintext), std::string("b10c99b5"));
        QCOMPARE(selectorHex(wallet.node.sent[1].plaintext), std::string("2e62b8c8"));
        QCOMPARE(selectorHex(wallet.node.sent[2].plaintext), std::string("9552331e"));
        AWAIT_OK(allowance, token.allowance(kOther));
        QCOMPARE(allowance, Uint256(500));
        QCOMPARE(selectorHex(wallet.node.calls.back().plaintext), std::string("3e5beab9"));
    }

    void directory()
    {
        FakeWallet wallet;
        Directory directory(wallet.client.get());
        QCOMPARE(directory.address().lowerHex(),
                 std::string("0x1000000000000000000000000000000000000004"));
        const SymmetricKey key = *SymmetricKey::fromBytes(Bytes(32, 0xab));
        AWAIT_OK(hash, directory.registerViewingKey(key));
        Q_UNUSED(hash);
        Bytes expected = testing::hex("0x70df0933");
        append(expected, Bytes(32, 0xab));
        QCOMPARE(wallet.node.sent.at(0).plaintext, expected);

        const Error zero =
            failureOf(awaitTask(directory.registerViewingKey(*SymmetricKey::fromBytes(Bytes(32)))));
        QCOMPARE(zero.kind, ErrorKind::InvalidArgument);

        // No key: zero word.
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{word(0)};
        };
        const Error none = failureOf(awaitTask(directory.fetchViewingKey()));
        QCOMPARE(none.kind, ErrorKind::NotFound);
        QCOMPARE(none.message,
                 std::string("No viewing key registered in Directory for this address"));
        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{};
        };
        QCOMPARE(failureOf(awaitTask(directory.fetchViewingKey())).kind, ErrorKind::NotFound);

        wallet.node.onCall = [](const NodeTx&) {
            return CallAnswer{Bytes(32, 0xab)};
        };
        AWAIT_OK(fetched, directory.fetchViewingKey());
        QVERIFY(fetched == key);
        QCOMPARE(selectorHex(wallet.node.calls.back().plaintext), std::string("82678dd6"));

        wallet.node.onPlainCall = [](const QJsonObject& call) {
            if (call.value("data").toString().startsWith("0x8b2f9fd1"))
                return CallAnswer{word(1)};
            return CallAnswer{keccak256(Bytes(32, 0xab)).toBytes()};
        };
        AWAIT_OK(has, directory.checkHasKey(kOther));
        QVERIFY(has);
        AWAIT_OK(keyHash, directory.keyHash(kOther));
        QCOMPARE(keyHash, Directory::computeKeyHash(key));
        QCOMPARE(Directory::computeKeyHash(key), keccak256(Bytes(32, 0xab)));
        QVERIFY(!Directory::generateViewingKey().isZero());
    }

    void directoryThroughAPublicClient()
    {
        FakeWallet wallet;
        Directory directory(static_cast<PublicClient*>(wallet.client.get()));
        const Error error = failureOf(awaitTask(directory.fetchViewingKey()));
        QCOMPARE(error.kind, ErrorKind::Unsupported);
        QCOMPARE(error.message,
                 std::string("fetching the viewing key needs a wallet client (a signing key)"));
    }
};

QTEST_GUILESS_MAIN(ContractTest)
#include "tst_contracts.moc"
