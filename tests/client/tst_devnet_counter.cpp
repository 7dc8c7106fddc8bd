// SPDX-License-Identifier: MIT
// Against the devnet (integration; the catalogue's seismic counter, transparent counter, smart
// routing, EIP-712, estimate gas and signed-read revert scenarios): fresh contracts deployed by
// a fresh funded account; shielded writes land as 0x4a with the estimated or given gas, signed
// reads and transparent reads see the state, reverts surface their decrypted reason, a failed
// transaction is explained by its replay. The event loop stays responsive throughout.
#include "TestSupport.h"
#include "client/ReceiptTracker.h"
#include "client/WalletClient.h"
#include "core/Hex.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetSession.h"
#include "support/VerifyOk.h"

#include <QElapsedTimer>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::uintArgument;

namespace {

constexpr auto kLong = 30s;
constexpr std::uint64_t kShieldedType = 0x4a;

} // namespace

class DevnetCounterTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<WalletClient> m_client;
    std::optional<ShieldedContract> m_counter;
    std::optional<ShieldedContract> m_transparent;
    std::optional<ShieldedContract> m_leak;
    std::unique_ptr<testing::LoopWatch> m_watch;

    // Waits for a transaction and checks that it succeeded; the outcome.
    TxOutcome confirmed(const Hash& hash)
    {
        auto outcome = awaitTask(m_client->waitForTransaction(hash), kLong);
        if (!outcome || !outcome->ok()) {
            qWarning("waiting for %s failed: %s", hash.hex().c_str(),
                     outcome ? outcome->error().describe().c_str() : "timeout");
            return TxOutcome{};
        }
        return **outcome;
    }

    std::vector<AbiValue> readSigned(const ShieldedContract& contract, const char* function)
    {
        auto output = awaitTask(contract.readSigned(function), kLong);
        if (!output || !output->ok())
            return {};
        return **output;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
        auto wallet = awaitTask(testing::freshWallet(manifest, 4), kLong);
        VERIFY_OK(wallet);
        m_client = std::move(**wallet);
        for (const char* name : {"SeismicCounter", "TransparentCounter", "RevertLeak"}) {
            auto address =
                awaitTask(testing::deployContract(m_client.get(), manifest, name), kLong);
            VERIFY_OK(address);
            auto abi = testing::devnetAbi(manifest, name);
            QVERIFY(abi.ok());
            auto contract = m_client->contract(**address, *abi);
            if (QLatin1String(name) == QLatin1String("SeismicCounter"))
                m_counter = contract;
            else if (QLatin1String(name) == QLatin1String("TransparentCounter"))
                m_transparent = contract;
            else
                m_leak = contract;
        }
    }

    void init() { m_watch = std::make_unique<testing::LoopWatch>(); }

    void cleanup() { QVERIFY(m_watch->maxGap() < testing::kMaxLoopGap); }

    void shieldedWriteThenSignedRead()
    {
        QElapsedTimer clock;
        clock.start();
        auto debug = awaitTask(m_counter->writeDebug("setNumber", uintArgument(42)), kLong);
        QVERIFY(debug && debug->ok());
        const TxOutcome outcome = confirmed((*debug)->txHash);
        const auto roundTrip = clock.elapsed();
        QCOMPARE(outcome.status, TxStatus::Confirmed);
        QCOMPARE(outcome.receipt->type, kShieldedType);
        QCOMPARE(outcome.receipt->status, std::optional<std::uint64_t>(1));
        qInfo("shielded write round trip (estimate, send, receipt): %lld ms", qint64(roundTrip));
        // The transaction carries the estimated gas.
        auto tx = awaitTask(m_client->eth().getTransactionByHash((*debug)->txHash), kLong);
        QVERIFY(tx && tx->ok() && **tx);
        QCOMPARE((**tx)->gas, (*debug)->plaintextTx.gas);
        QVERIFY((**tx)->gas > 21'000 && (**tx)->gas < 30'000'000);
        QCOMPARE((**tx)->type, kShieldedType);
        QCOMPARE((**tx)->input, (*debug)->shieldedTx.input);

        const auto number = readSigned(*m_counter, "getNumber");
        QCOMPARE(number.size(), std::size_t(1));
        QCOMPARE(number[0].asUint(), Uint256(42));
        auto odd = awaitTask(m_counter->read("isOdd"), kLong); // plain eth_call
        QVERIFY(odd && odd->ok());
        QVERIFY(!(**odd)[0].asBool());
    }

    void lifecycleWithSmartRouting()
    {
        auto set = awaitTask(m_counter->write("setNumber", uintArgument(11)), kLong);
        QVERIFY(set && set->ok());
        QCOMPARE(confirmed(**set).receipt->type, kShieldedType);
        auto odd = awaitTask(m_counter->read("isOdd"), kLong);
        QVERIFY(odd && odd->ok() && (**odd)[0].asBool());

        auto increment = awaitTask(m_counter->write("increment"), kLong); // routed transparent
        QVERIFY(increment && increment->ok());
        const TxOutcome plain = confirmed(**increment);
        QCOMPARE(plain.status, TxStatus::Confirmed);
        QVERIFY(plain.receipt->type != kShieldedType);
        odd = awaitTask(m_counter->readSigned("isOdd"), kLong);
        QVERIFY(odd && odd->ok() && !(**odd)[0].asBool());

        auto forced = awaitTask(m_counter->writeShielded("increment"), kLong);
        QVERIFY(forced && forced->ok());
        QCOMPARE(confirmed(**forced).receipt->type, kShieldedType);
        QVERIFY(readSigned(*m_counter, "isOdd").at(0).asBool());
    }

    void explicitGasIsUsedAsGiven()
    {
        TxOptions options;
        options.gas = 5'000'000;
        auto debug =
            awaitTask(m_counter->writeDebug("setNumber", uintArgument(55), options), kLong);
        QVERIFY(debug && debug->ok());
        QCOMPARE(confirmed((*debug)->txHash).status, TxStatus::Confirmed);
        auto tx = awaitTask(m_client->eth().getTransactionByHash((*debug)->txHash), kLong);
        QVERIFY(tx && tx->ok() && **tx);
        QCOMPARE((**tx)->gas, std::uint64_t(5'000'000));
        // writeDebug: plaintext calldata, ciphertext on chain, seismic elements.
        QCOMPARE(toHex((*debug)->plaintextTx.data), "0x24a7f0b7" + toWord(Uint256(55)).hex(false));
        QVERIFY((*debug)->shieldedTx.input != (*debug)->plaintextTx.data);
        QVERIFY((*debug)->shieldedTx.elements.expiresAtBlock > 0);
        QVERIFY(!(*debug)->shieldedTx.elements.signedRead);
    }

    void signedAndUnsignedEstimates()
    {
        for (const bool eip712 : {false, true}) {
            TxOptions options;
            options.eip712 = eip712;
            auto gas =
                awaitTask(m_counter->estimateGas("setNumber", uintArgument(42), options), kLong);
            VERIFY_OK(gas);
            QVERIFY(**gas > 21'000 && **gas < 30'000'000);
        }
        // Transparent estimation goes through a provisional TxSeismic too.
        auto transparent =
            awaitTask(m_transparent->estimateGas("setNumber", uintArgument(42)), kLong);
        QVERIFY(transparent && transparent->ok() && **transparent > 21'000);
        // The node strips `from` from an unsigned estimate and still answers.
        rpc::CallRequest unsigned_;
        unsigned_.from = m_client->address();
        unsigned_.to = m_counter->address();
        unsigned_.data = *m_counter->encodeCall("setNumber", uintArgument(42));
        auto plain = awaitTask(m_client->eth().estimateGas(unsigned_), kLong);
        QVERIFY(plain && plain->ok());
    }

    void eip712WritesAndReads()
    {
        auto abi = testing::devnetAbi(*m_manifest, "SeismicCounter");
        QVERIFY(abi.ok());
        const ShieldedContract typed = m_client->contract(m_counter->address(), *abi, true);
        auto set = awaitTask(typed.write("setNumber", uintArgument(11)), kLong);
        VERIFY_OK(set);
        const TxOutcome outcome = confirmed(**set);
        QCOMPARE(outcome.status, TxStatus::Confirmed);
        QCOMPARE(outcome.receipt->type, kShieldedType);
        QVERIFY(readSigned(typed, "isOdd").at(0).asBool());

        auto debug = awaitTask(typed.writeDebug("setNumber", uintArgument(10)), kLong);
        QVERIFY(debug && debug->ok());
        QCOMPARE((*debug)->shieldedTx.elements.messageVersion, kTypedDataMessageVersion);
        QCOMPARE(confirmed((*debug)->txHash).status, TxStatus::Confirmed);

        // Low level: an EIP-712 signed call, last word 0 (10 is even).
        TxRequest isOdd(m_counter->address(), *m_counter->encodeCall("isOdd", {}));
        isOdd.options.eip712 = true;
        auto output = awaitTask(m_client->signedCall(isOdd), kLong);
        QVERIFY(output && output->ok());
        QCOMPARE((*output)->size(), std::size_t(32));
        QCOMPARE((*output)->back(), std::uint8_t(0));
    }

    void transparentCounter()
    {
        auto set = awaitTask(m_transparent->writeTransparent("setNumber", uintArgument(7)), kLong);
        QVERIFY(set && set->ok());
        const TxOutcome outcome = confirmed(**set);
        QCOMPARE(outcome.status, TxStatus::Confirmed);
        QVERIFY(outcome.receipt->type != kShieldedType);
        auto number = awaitTask(m_transparent->readTransparent("number"), kLong);
        QVERIFY(number && number->ok());
        QCOMPARE((**number)[0].asUint(), Uint256(7));
        auto odd = awaitTask(m_transparent->readTransparent("isOdd"), kLong);
        QVERIFY(odd && odd->ok() && (**odd)[0].asBool());
        // write() of a uint256 function is transparent.
        auto increment = awaitTask(m_transparent->write("increment"), kLong);
        QVERIFY(increment && increment->ok());
        QVERIFY(confirmed(**increment).receipt->type != kShieldedType);
        odd = awaitTask(m_transparent->readTransparent("isOdd"), kLong);
        QVERIFY(odd && odd->ok() && !(**odd)[0].asBool());
    }

    void revertReasonIsDecryptedClientSide()
    {
        auto set = awaitTask(m_leak->writeShielded("setSecret", uintArgument(987654321)), kLong);
        QVERIFY(set && set->ok());
        QCOMPARE(confirmed(**set).status, TxStatus::Confirmed);

        auto read = awaitTask(m_leak->readSigned("revertWithSecret"), kLong);
        QVERIFY(read && !read->ok());
        const Error& error = read->error();
        QCOMPARE(error.kind, ErrorKind::Revert);
        QCOMPARE(error.message, std::string("execution reverted: secret=987654321"));
        QVERIFY(QString::fromStdString(error.data).startsWith("0x08c379a0"));
        QVERIFY(QString::fromStdString(error.data)
                    .contains(QString::fromStdString(toHex(asBytes("secret=987654321"), false))));

        // Through the signed estimate of a write.
        auto write = awaitTask(m_leak->writeShielded("revertWithSecret"), kLong);
        QVERIFY(write && !write->ok());
        QCOMPARE(write->error().kind, ErrorKind::Revert);
        QCOMPARE(write->error().message, std::string("execution reverted: secret=987654321"));
    }

    void failedTransactionIsExplainedByItsReplay()
    {
        auto set = awaitTask(m_leak->writeShielded("setSecret", uintArgument(42)), kLong);
        QVERIFY(set && set->ok());
        QCOMPARE(confirmed(**set).status, TxStatus::Confirmed);
        TxOptions options;
        options.gas = 200'000; // skip the estimate, which would refuse it
        auto sent = awaitTask(m_leak->writeShielded("revertWithSecret", {}, options), kLong);
        VERIFY_OK(sent);
        const TxOutcome outcome = confirmed(**sent);
        QCOMPARE(outcome.status, TxStatus::Failed);
        QCOMPARE(outcome.receipt->status, std::optional<std::uint64_t>(0));
        QCOMPARE(outcome.reason, std::string("execution reverted: secret=42"));
        QCOMPARE(txStatusName(outcome.status), std::string_view("failed"));
    }
};

QTEST_GUILESS_MAIN(DevnetCounterTest)
#include "tst_devnet_counter.moc"
