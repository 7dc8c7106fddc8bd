// SPDX-License-Identifier: MIT
// A Seismic node in memory, answering a MockTransport: the node side of the shielded protocol
// (TEE key, decryption of writes, signed reads and signed estimates, encrypted results and
// reverts) with the dev TEE key, plus the few Ethereum methods the client uses. Unit tests of
// the client drive it and inspect what arrived.
#pragma once

#include "core/Keccak.h"
#include "core/PrivateKey.h"
#include "rpc/MockTransport.h"
#include "seismic/TxSeismic.h"

#include <QJsonValue>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

namespace testing {

// A signed TxSeismic as the node saw it, with its calldata decrypted.
struct NodeTx
{
    seismic::SignedTxSeismic signedTx;
    seismic::Bytes plaintext;
};

// A standard (type 0 or 2) transaction as the node saw it.
struct NodeTransparentTx
{
    std::uint8_t type = 0;
    std::uint64_t nonce = 0;
    std::uint64_t gas = 0;
    seismic::Uint256 gasPrice;             // legacy
    seismic::Uint256 maxFeePerGas;         // type 2
    seismic::Uint256 maxPriorityFeePerGas; // type 2
    seismic::Bytes data;
    seismic::Hash hash;
};

// What a signed read or estimate does.
struct CallAnswer
{
    seismic::Bytes output;
    bool reverted = false;
};

class FakeSeismicNode
{
public:
    // secret 311d54d3…7505, public 028e7682…a0 (spec 6.1)
    static seismic::PrivateKey teeSecret();

    FakeSeismicNode();

    // A transport answered by this node; the caller (a client) owns it. This node must outlive
    // it.
    std::unique_ptr<seismic::rpc::MockTransport> makeTransport();
    seismic::rpc::MockTransport* transport() const { return m_transport; }
    std::vector<QString> methods() const { return m_transport->methods(); }

    // --- the node's state and behaviour ---
    QJsonValue teeKeyAnswer;
    std::uint64_t chainId = 31337;
    std::uint64_t blockNumber = 100;
    // Block 0's hash: the chain's identity (another one plays a reset chain).
    seismic::Hash genesisHash = seismic::keccak256(seismic::asBytes("genesis"));
    std::uint64_t gasLimit = 30'000'000;
    seismic::Uint256 gasPrice = 1'000'000'000;
    std::optional<seismic::Uint256> baseFee;
    seismic::Uint256 priorityFee = 1'500'000'000;
    std::uint64_t estimate = 43'210;
    // The account nonce before anything was sent.
    std::uint64_t accountNonce = 7;
    // Signed reads and estimates: the outcome for the decrypted calldata (default: empty).
    std::function<CallAnswer(const NodeTx&)> onCall;
    // Plain eth_call {to, data}: the outcome for the request object (default: empty).
    std::function<CallAnswer(const QJsonObject&)> onPlainCall;
    // Signed-read results with a flipped byte (a response this client cannot authenticate).
    bool corruptResults = false;
    // Whether signed-read reverts come encrypted (a current node) or plaintext (sanvil).
    bool encryptReverts = true;
    // Refusals eth_sendRawTransaction answers with before accepting anything, in order.
    std::deque<seismic::Error> sendErrors;
    // Receipt status of every accepted transaction (receipts appear at once), or none at all.
    std::optional<std::uint64_t> receiptStatus = 1;
    // Failures eth_getTransactionReceipt answers with before any receipt, in order.
    std::deque<seismic::Error> receiptErrors;

    // --- what arrived ---
    std::vector<NodeTx> sent;
    std::vector<NodeTransparentTx> sentTransparent;
    std::vector<NodeTx> calls;
    std::vector<NodeTx> estimates;
    std::vector<QJsonArray> plainCalls;
    // eth_call block parameters of signed reads.
    std::vector<QJsonValue> callBlocks;

    // The pending count: the account nonce plus the contiguous run of accepted nonces.
    std::uint64_t pendingCount() const;
    seismic::Hash blockHash() const;
    // The latest block (also what a newHeads notification carries).
    QJsonValue blockJson() const;
    QJsonValue genesisJson() const;

    static seismic::Error rpcError(int code, const std::string& message,
                                   const std::string& data = {});

private:
    seismic::Result<QJsonValue> answer(const seismic::rpc::RpcRequest& request);
    seismic::Result<QJsonValue> sendRaw(const QString& hex);
    seismic::Result<QJsonValue> simulate(const QString& method, const QJsonArray& params);
    seismic::Result<NodeTx> open(const QString& hex, seismic::SignedReadPolicy policy) const;
    seismic::Result<seismic::Bytes> respond(const NodeTx& call, seismic::ByteView output) const;
    QJsonValue receiptJson(const seismic::Hash& hash, std::uint8_t type) const;

    QPointer<seismic::rpc::MockTransport> m_transport;
    std::set<std::uint64_t> m_acceptedNonces;
    std::map<seismic::Hash, std::uint8_t> m_mined;
};

} // namespace testing
