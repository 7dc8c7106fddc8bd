// SPDX-License-Identifier: MIT
// WalletClient::prepare and send against an in-memory Seismic node: every kind (shielded,
// EIP-1559, legacy) is sent exactly as prepared (the node decodes the raw transaction it got),
// prepared nonces are the ones used in any sending order, a dropped preparation frees its nonce,
// and the failures: an estimate that reverts, a nonce used elsewhere after preparing, a
// transaction prepared before the node changed chains, a transaction of another client, the
// client gone.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/ConnectionStatus.h"
#include "client/ContractCall.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "client/SendFailure.h"
#include "client/TokenTransfer.h"
#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/abi/AbiFunction.h"
#include "rpc/MockSubscription.h"
#include "rpc/support/AsyncTest.h"
#include "support/FailureOf.h"
#include "support/FakeWallet.h"

#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using testing::awaitTask;
using testing::failureOf;
using testing::FakeWallet;

namespace {

const Address kCounter = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");
const Address kRecipient = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

Bytes setNumber(std::uint64_t value)
{
    return *AbiFunction::parse("setNumber(suint256)")
                ->encodeCall({AbiValue::fromUint(Uint256(value))});
}

TxRequest setNumberRequest(std::uint64_t value, TxOptions options = {})
{
    return TxRequest(kCounter, setNumber(value), std::move(options));
}

TxRequest incrementRequest()
{
    return TxRequest(kCounter, *AbiFunction::parse("increment()")->encodeCall({}));
}

std::size_t countOf(const std::vector<QString>& methods, const char* method)
{
    return static_cast<std::size_t>(std::count(methods.begin(), methods.end(), QString(method)));
}

} // namespace

class PrepareTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shieldedIsSentAsPrepared()
    {
        FakeWallet wallet;
        TxOptions options;
        options.value = Uint256(3);
        AWAIT_OK(prepared, wallet.client->prepare(setNumberRequest(42, options), TxKind::Shielded));
        // Everything was gathered once; nothing was sent.
        const auto methods = wallet.node.methods();
        QCOMPARE(countOf(methods, "eth_getTransactionCount"), std::size_t(1));
        QCOMPARE(countOf(methods, "eth_getBlockByNumber"), std::size_t(1));
        QCOMPARE(countOf(methods, "eth_gasPrice"), std::size_t(1));
        QCOMPARE(countOf(methods, "eth_estimateGas"), std::size_t(1));
        QCOMPARE(countOf(methods, "eth_sendRawTransaction"), std::size_t(0));
        QCOMPARE(prepared.kind(), TxKind::Shielded);
        QCOMPARE(prepared.chainId(), wallet.node.chainId);
        QCOMPARE(prepared.from(), wallet.client->address());
        QCOMPARE(prepared.to(), std::optional<Address>(kCounter));
        QCOMPARE(prepared.value(), Uint256(3));
        QCOMPARE(prepared.data(), setNumber(42));
        QCOMPARE(prepared.nonce(), wallet.node.accountNonce);
        QCOMPARE(prepared.gas(), wallet.node.estimate);
        QCOMPARE(prepared.gasPrice(), wallet.node.gasPrice);
        QCOMPARE(prepared.recentBlockHash(), std::optional<Bytes32>(wallet.node.blockHash()));
        QCOMPARE(prepared.expiresAtBlock(),
                 std::optional<std::uint64_t>(wallet.node.blockNumber + 100));
        QCOMPARE(prepared.preparedAtBlock(), std::optional<std::uint64_t>(wallet.node.blockNumber));
        QCOMPARE(prepared.maxFee(), Uint256(wallet.node.estimate) * wallet.node.gasPrice);
        const std::uint64_t nonce = prepared.nonce();
        const std::uint64_t gas = prepared.gas();

        AWAIT_OK(submitted, wallet.client->send(std::move(prepared)));
        QCOMPARE(wallet.node.sent.size(), std::size_t(1));
        const auto& tx = wallet.node.sent[0].signedTx;
        QCOMPARE(submitted.hash, tx.hash);
        QCOMPARE(submitted.nonce, nonce);
        QCOMPARE(tx.tx.nonce, nonce);
        QCOMPARE(tx.tx.gas, gas);
        QCOMPARE(tx.tx.gasPrice, wallet.node.gasPrice);
        QCOMPARE(tx.tx.chainId, wallet.node.chainId);
        QCOMPARE(tx.tx.value, Uint256(3));
        QCOMPARE(tx.tx.elements.recentBlockHash, wallet.node.blockHash());
        QCOMPARE(tx.tx.elements.expiresAtBlock, wallet.node.blockNumber + 100);
        QVERIFY(!tx.tx.elements.signedRead);
        QCOMPARE(tx.sender, wallet.client->address());
        QCOMPARE(wallet.node.sent[0].plaintext, setNumber(42));
        // Encrypted at send, under a nonce of its own (not the estimate's).
        QVERIFY(tx.tx.input != setNumber(42));
        QVERIFY(tx.tx.elements.encryptionNonce !=
                wallet.node.estimates.at(0).signedTx.tx.elements.encryptionNonce);
        // Followed to its outcome.
        QVERIFY(wallet.client->tracker()->outcome(submitted.hash));
    }

    void eip1559IsSentAsPrepared()
    {
        FakeWallet wallet;
        wallet.node.baseFee = Uint256(2'000'000'000ull);
        AWAIT_OK(prepared, wallet.client->prepare(incrementRequest(), TxKind::Eip1559));
        QCOMPARE(prepared.kind(), TxKind::Eip1559);
        QCOMPARE(prepared.maxPriorityFeePerGas(), wallet.node.priorityFee);
        QCOMPARE(prepared.maxFeePerGas(), 2 * *wallet.node.baseFee + wallet.node.priorityFee);
        QCOMPARE(prepared.gas(), wallet.node.estimate);
        QCOMPARE(prepared.maxFee(), Uint256(prepared.gas()) * prepared.maxFeePerGas());
        QVERIFY(!prepared.expiresAtBlock());
        QVERIFY(!prepared.recentBlockHash());
        const std::uint64_t nonce = prepared.nonce();
        const Uint256 maxFee = prepared.maxFeePerGas();

        AWAIT_OK(submitted, wallet.client->send(std::move(prepared)));
        QCOMPARE(wallet.node.sentTransparent.size(), std::size_t(1));
        const auto& tx = wallet.node.sentTransparent[0];
        QCOMPARE(int(tx.type), 2);
        QCOMPARE(tx.nonce, nonce);
        QCOMPARE(submitted.nonce, nonce);
        QCOMPARE(tx.maxFeePerGas, maxFee);
        QCOMPARE(tx.maxPriorityFeePerGas, wallet.node.priorityFee);
        QCOMPARE(tx.gas, wallet.node.estimate);
        QCOMPARE(tx.data, incrementRequest().data);
        QCOMPARE(submitted.hash, tx.hash);
    }

    void legacyIsSentAsPrepared()
    {
        // A chain without base fee makes the EIP-1559 preference a legacy transaction...
        FakeWallet wallet;
        AWAIT_OK(fallback, wallet.client->prepare(incrementRequest(), TxKind::Eip1559));
        QCOMPARE(fallback.kind(), TxKind::Legacy);
        QCOMPARE(countOf(wallet.node.methods(), "eth_maxPriorityFeePerGas"), std::size_t(0));

        // ...and asking for legacy gets legacy where the chain has one.
        wallet.node.baseFee = Uint256(2'000'000'000ull);
        AWAIT_OK(prepared, wallet.client->prepare(incrementRequest(), TxKind::Legacy));
        QCOMPARE(prepared.kind(), TxKind::Legacy);
        QCOMPARE(prepared.gasPrice(), wallet.node.gasPrice);
        QCOMPARE(prepared.maxFee(), Uint256(prepared.gas()) * wallet.node.gasPrice);
        QCOMPARE(prepared.nonce(), fallback.nonce() + 1);
        const std::uint64_t nonce = prepared.nonce();

        AWAIT_OK(submitted, wallet.client->send(std::move(prepared)));
        const auto& tx = wallet.node.sentTransparent.at(0);
        QCOMPARE(int(tx.type), 0);
        QCOMPARE(tx.nonce, nonce);
        QCOMPARE(submitted.nonce, nonce);
        QCOMPARE(tx.gasPrice, wallet.node.gasPrice);
        QCOMPARE(tx.gas, wallet.node.estimate);
        QCOMPARE(submitted.hash, tx.hash);
        // `fallback` is dropped unsent here: its nonce becomes free again.
    }

    void replacementsKeepTheNonceAndOutbidTheFees()
    {
        FakeWallet wallet;
        // Before the first block is read: the client follows one chain head.
        wallet.node.baseFee = Uint256(2'000'000'000ull);
        AWAIT_OK(original, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
        const std::uint64_t nonce = original.nonce();
        const Uint256 price = original.gasPrice();
        const std::uint64_t expiry = *original.expiresAtBlock();
        AWAIT_OK(sent, wallet.client->send(std::move(original)));
        Q_UNUSED(sent);

        // A speed-up: the same call with the same nonce, at least 10% more, on a fresh anchor.
        wallet.node.blockNumber += 5;
        AWAIT_OK(speedUp, wallet.client->prepareReplacement(setNumberRequest(1), TxKind::Shielded,
                                                            nonce, ReplacedFees{price, price}));
        QCOMPARE(speedUp.nonce(), nonce);
        QCOMPARE(speedUp.kind(), TxKind::Shielded);
        QCOMPARE(speedUp.gasPrice(), price + price / 10);
        QCOMPARE(speedUp.expiresAtBlock(), std::optional<std::uint64_t>(expiry + 5));
        QCOMPARE(speedUp.recentBlockHash(), std::optional<Bytes32>(wallet.node.blockHash()));
        QCOMPARE(wallet.client->nonces()->inFlight(), std::size_t(0));
        // The chain's price when it is the higher one.
        wallet.node.gasPrice = price * 2;
        AWAIT_OK(dearer, wallet.client->prepareReplacement(setNumberRequest(1), TxKind::Shielded,
                                                           nonce, ReplacedFees{price, price}));
        QCOMPARE(dearer.gasPrice(), price * 2);

        // A cancellation of an EIP-1559 transaction: nothing to oneself, both fee fields up.
        const ReplacedFees fees{Uint256(5'000'000'000ull), Uint256(2'000'000'000ull)};
        TxOptions options;
        options.gas = 21'000;
        AWAIT_OK(cancel,
                 wallet.client->prepareReplacement(TxRequest(wallet.client->address(), {}, options),
                                                   TxKind::Eip1559, nonce, fees));
        QCOMPARE(cancel.kind(), TxKind::Eip1559);
        QCOMPARE(cancel.nonce(), nonce);
        QCOMPARE(cancel.gas(), std::uint64_t(21'000));
        QCOMPARE(cancel.maxPriorityFeePerGas(), Uint256(2'200'000'000ull));
        QCOMPARE(cancel.maxFeePerGas(), 2 * *wallet.node.baseFee + Uint256(2'200'000'000ull));
        QVERIFY(cancel.maxFeePerGas() * 10 >= fees.maxFeePerGas * 11);

        // A node that refuses it for its nonce: a NonceConflict error, the count fetched again,
        // and the nonce not handed out again.
        const auto refused = awaitTask(wallet.client->send(std::move(cancel)));
        QVERIFY(refused && !*refused);
        QCOMPARE(classifySendFailure(refused->error()), SendFailure::NonceConflict);
        QVERIFY(wallet.client->nonces()->isStale());
        AWAIT_OK(next, wallet.client->prepare(incrementRequest(), TxKind::Eip1559));
        QCOMPARE(next.nonce(), nonce + 1);
    }

    void preparedNoncesAreUsedInAnySendingOrder()
    {
        FakeWallet wallet;
        std::vector<PreparedTransaction> prepared;
        for (std::uint64_t i = 0; i < 5; ++i) {
            AWAIT_OK(tx, wallet.client->prepare(setNumberRequest(i), TxKind::Shielded));
            QCOMPARE(tx.nonce(), wallet.node.accountNonce + i);
            prepared.push_back(std::move(tx));
        }
        for (std::size_t i = prepared.size(); i-- > 0;) {
            const std::uint64_t shown = prepared[i].nonce();
            AWAIT_OK(submitted, wallet.client->send(std::move(prepared[i])));
            QCOMPARE(submitted.nonce, shown);
            QCOMPARE(wallet.node.sent.back().signedTx.tx.nonce, shown);
            QCOMPARE(wallet.node.sent.back().plaintext, setNumber(i));
        }
        QCOMPARE(wallet.node.pendingCount(), wallet.node.accountNonce + 5);
        QCOMPARE(countOf(wallet.node.methods(), "eth_getTransactionCount"), std::size_t(1));
    }

    void droppedPreparationFreesItsNonce()
    {
        FakeWallet wallet;
        std::optional<PreparedTransaction> first;
        {
            AWAIT_OK(tx, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
            first.emplace(std::move(tx));
        }
        AWAIT_OK(second, wallet.client->prepare(setNumberRequest(2), TxKind::Shielded));
        QCOMPARE(first->nonce(), wallet.node.accountNonce);
        QCOMPARE(second.nonce(), wallet.node.accountNonce + 1);
        first.reset(); // the confirmation was cancelled
        AWAIT_OK(third, wallet.client->prepare(setNumberRequest(3), TxKind::Shielded));
        QCOMPARE(third.nonce(), wallet.node.accountNonce);
        AWAIT_OK(sentSecond, wallet.client->send(std::move(second)));
        AWAIT_OK(sentThird, wallet.client->send(std::move(third)));
        QCOMPARE(sentSecond.nonce, wallet.node.accountNonce + 1);
        QCOMPARE(sentThird.nonce, wallet.node.accountNonce);
        QCOMPARE(wallet.node.pendingCount(), wallet.node.accountNonce + 2);
    }

    void estimateRevertFailsThePreparation()
    {
        FakeWallet wallet;
        wallet.node.onCall = [](const testing::NodeTx&) {
            return testing::CallAnswer{Bytes(), true};
        };
        const Error error =
            failureOf(awaitTask(wallet.client->prepare(setNumberRequest(1), TxKind::Shielded)));
        QCOMPARE(error.kind, ErrorKind::Revert);
        QVERIFY(wallet.node.sent.empty());
        QCOMPARE(wallet.client->nonces()->inFlight(), std::size_t(0));
        // Its nonce is free for the next one.
        wallet.node.onCall = nullptr;
        AWAIT_OK(next, wallet.client->prepare(setNumberRequest(2), TxKind::Shielded));
        QCOMPARE(next.nonce(), wallet.node.accountNonce);
    }

    void nonceUsedElsewhereAfterPreparingIsAPreciseError()
    {
        FakeWallet wallet;
        AWAIT_OK(prepared, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
        const std::uint64_t shown = prepared.nonce();
        // Another wallet of the account sent two transactions meanwhile.
        wallet.node.accountNonce += 2;
        const Error error = failureOf(awaitTask(wallet.client->send(std::move(prepared))));
        QCOMPARE(error.kind, ErrorKind::JsonRpc);
        QCOMPARE(classifySendFailure(error), SendFailure::NonceConflict);
        QVERIFY2(QString::fromStdString(error.message)
                     .endsWith(QStringLiteral("(nonce %1 is used already: prepare the "
                                              "transaction again)")
                                   .arg(shown)),
                 error.message.c_str());
        // Not sent again under another nonce.
        QCOMPARE(countOf(wallet.node.methods(), "eth_sendRawTransaction"), std::size_t(1));
        QVERIFY(wallet.client->nonces()->isStale());
        // Prepared again: the node's count.
        AWAIT_OK(again, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
        QCOMPARE(again.nonce(), wallet.node.accountNonce);
        AWAIT_OK(submitted, wallet.client->send(std::move(again)));
        QCOMPARE(submitted.nonce, wallet.node.accountNonce);
    }

    void transactionPreparedOnAPreviousChainIsRefused()
    {
        FakeWallet wallet;
        wallet.node.transport()->setSubscriptionsSupported(true);
        wallet.client->head()->start();
        QTRY_COMPARE(wallet.client->head()->status(), ConnectionStatus::Connected);
        AWAIT_OK(prepared, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
        // The devnet restarts from scratch: same chain id, another genesis.
        QSignalSpy changed(wallet.client->head(), &ChainHead::chainChanged);
        wallet.node.genesisHash = keccak256(asBytes("another genesis"));
        wallet.node.accountNonce = 0;
        wallet.node.transport()->subscriptions().front()->simulateReconnect();
        QTRY_COMPARE(changed.count(), 1);
        const Error error = failureOf(awaitTask(wallet.client->send(std::move(prepared))));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QVERIFY2(QString::fromStdString(error.message).contains(QStringLiteral("another chain")),
                 error.message.c_str());
        QCOMPARE(countOf(wallet.node.methods(), "eth_sendRawTransaction"), std::size_t(0));
        // Prepared again on the new chain: its own count, not the old reservation's.
        AWAIT_OK(again, wallet.client->prepare(setNumberRequest(1), TxKind::Shielded));
        QCOMPARE(again.nonce(), std::uint64_t(0));
        AWAIT_OK(submitted, wallet.client->send(std::move(again)));
        QCOMPARE(submitted.nonce, std::uint64_t(0));
    }

    void transactionOfAnotherClientIsRefused()
    {
        FakeWallet first;
        FakeWallet second;
        AWAIT_OK(prepared, first.client->prepare(setNumberRequest(1), TxKind::Shielded));
        const Error error = failureOf(awaitTask(second.client->send(std::move(prepared))));
        QCOMPARE(error.kind, ErrorKind::InvalidArgument);
        QCOMPARE(countOf(second.node.methods(), "eth_sendRawTransaction"), std::size_t(0));
        // The first client's nonce was freed when the refused transaction was dropped.
        AWAIT_OK(next, first.client->prepare(setNumberRequest(2), TxKind::Shielded));
        QCOMPARE(next.nonce(), first.node.accountNonce);
    }

    void clientGoneWhilePreparingOrSending()
    {
        FakeWallet preparing;
        preparing.node.transport()->setLatency(std::chrono::milliseconds(20));
        auto task = preparing.client->prepare(setNumberRequest(1), TxKind::Shielded);
        preparing.client.reset();
        QCOMPARE(failureOf(awaitTask(std::move(task))).kind, ErrorKind::Cancelled);

        FakeWallet sending;
        AWAIT_OK(prepared, sending.client->prepare(setNumberRequest(1), TxKind::Shielded));
        sending.node.transport()->setLatency(std::chrono::milliseconds(20));
        auto sent = sending.client->send(std::move(prepared));
        sending.client.reset();
        QCOMPARE(failureOf(awaitTask(std::move(sent))).kind, ErrorKind::Cancelled);
    }

    void givenGasAnchorAndExpiryNeedNoBlock()
    {
        FakeWallet wallet;
        TxOptions options;
        options.gas = 90'000;
        options.security.recentBlockHash = keccak256(asBytes("an older block"));
        options.security.expiresAtBlock = 4242;
        AWAIT_OK(prepared, wallet.client->prepare(setNumberRequest(5, options), TxKind::Shielded));
        QCOMPARE(countOf(wallet.node.methods(), "eth_getBlockByNumber"), std::size_t(0));
        QVERIFY(!prepared.preparedAtBlock());
        QCOMPARE(prepared.gas(), std::uint64_t(90'000));
        QCOMPARE(prepared.recentBlockHash(), options.security.recentBlockHash);
        QCOMPARE(prepared.expiresAtBlock(), std::optional<std::uint64_t>(4242));
    }

    void tokenTransfersAndContractCalls()
    {
        FakeWallet wallet;
        const Address token = kCounter;
        const ContractCall src20 =
            tokenTransfer(TokenKind::Src20, token, kRecipient, Uint256(1500));
        QCOMPARE(src20.writeKind(), TxKind::Shielded);
        QCOMPARE(src20.function.signature(), std::string("transfer(address,suint256)"));
        QCOMPARE(src20.request.to, std::optional<Address>(token));
        const ContractCall erc20 =
            tokenTransfer(TokenKind::Erc20, token, kRecipient, Uint256(1500));
        QCOMPARE(erc20.writeKind(), TxKind::Eip1559);
        QCOMPARE(erc20.request.data,
                 *AbiFunction::parse("transfer(address,uint256)")
                      ->encodeCall({AbiValue::fromAddress(kRecipient), AbiValue::fromUint(1500)}));

        AWAIT_OK(prepared, wallet.client->prepare(src20.request, src20.writeKind()));
        AWAIT_OK(submitted, wallet.client->send(std::move(prepared)));
        QCOMPARE(wallet.node.sent.at(0).plaintext, src20.request.data);
        QCOMPARE(submitted.hash, wallet.node.sent.at(0).signedTx.hash);

        // From a JSON ABI, arguments as typed.
        ContractAbi abi;
        abi.add(*AbiFunction::parse("setNumber(suint256 newNumber)"));
        abi.add(*AbiFunction::parse("increment()"));
        auto call = contractCall(kCounter, abi, "setNumber",
                                 FunctionArguments(std::vector<std::string>{"42"}));
        QVERIFY(call.ok());
        QCOMPARE(call->request.data, setNumber(42));
        QCOMPARE(call->writeKind(), TxKind::Shielded);
        auto plain = contractCall(kCounter, abi, "increment()", FunctionArguments());
        QVERIFY(plain.ok());
        QCOMPARE(plain->writeKind(), TxKind::Eip1559);
        auto bad = contractCall(kCounter, abi, "setNumber",
                                FunctionArguments(std::vector<std::string>{"1.5"}));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, ErrorKind::InvalidArgument);
        auto missing = contractCall(kCounter, abi, "nothing", FunctionArguments());
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(PrepareTest)
#include "tst_prepare.moc"
