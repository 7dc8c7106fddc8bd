// SPDX-License-Identifier: MIT
#include "FakeSeismicNode.h"

#include "core/AesGcm.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "core/Rlp.h"
#include "seismic/EncryptionState.h"
#include "seismic/TxMetadata.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace seismic;

namespace testing {

namespace {

QString hexText(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

QString quantity(const Uint256& value)
{
    return QString::fromStdString(toQuantity(value));
}

struct NodeKeys
{
    SymmetricKey request;
    SymmetricKey response;
};

NodeKeys keysFor(const CompressedPublicKey& clientKey)
{
    const PublicKey client = *PublicKey::fromCompressed(clientKey.view());
    const Bytes32 shared = FakeSeismicNode::teeSecret().ecdhSharedSecret(client);
    return {deriveDirectionalKey(shared, kRequestKeyInfo),
            deriveDirectionalKey(shared, kResponseKeyInfo)};
}

} // namespace

PrivateKey FakeSeismicNode::teeSecret()
{
    return *PrivateKey::fromHex("311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505");
}

FakeSeismicNode::FakeSeismicNode()
    : teeKeyAnswer(
          QStringLiteral("028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0"))
{}

std::unique_ptr<rpc::MockTransport> FakeSeismicNode::makeTransport()
{
    auto transport = std::make_unique<rpc::MockTransport>();
    transport->setHandler([this](const rpc::RpcRequest& request) { return answer(request); });
    m_transport = transport.get();
    return transport;
}

Error FakeSeismicNode::rpcError(int code, const std::string& message, const std::string& data)
{
    Error error = makeError(ErrorKind::JsonRpc, message);
    error.code = code;
    error.data = data;
    return error;
}

std::uint64_t FakeSeismicNode::pendingCount() const
{
    std::uint64_t next = accountNonce;
    while (m_acceptedNonces.contains(next))
        ++next;
    return next;
}

Hash FakeSeismicNode::blockHash() const
{
    return keccak256(asBytes("block " + std::to_string(blockNumber)));
}

QJsonValue FakeSeismicNode::blockJson() const
{
    QJsonObject block{{"number", quantity(blockNumber)},
                      {"hash", QString::fromStdString(blockHash().hex())},
                      {"parentHash", QString::fromStdString(Hash().hex())},
                      {"timestamp", "0x65f0a1b2"},
                      {"miner", "0x0000000000000000000000000000000000000000"},
                      {"gasLimit", quantity(gasLimit)},
                      {"gasUsed", "0x0"},
                      {"transactions", QJsonArray()}};
    if (baseFee)
        block.insert("baseFeePerGas", quantity(*baseFee));
    return block;
}

QJsonValue FakeSeismicNode::genesisJson() const
{
    return QJsonObject{{"number", "0x0"},
                       {"hash", QString::fromStdString(genesisHash.hex())},
                       {"parentHash", QString::fromStdString(Hash().hex())},
                       {"timestamp", "0x65f0a000"},
                       {"miner", "0x0000000000000000000000000000000000000000"},
                       {"gasLimit", quantity(gasLimit)},
                       {"gasUsed", "0x0"},
                       {"transactions", QJsonArray()}};
}

QJsonValue FakeSeismicNode::receiptJson(const Hash& hash, std::uint8_t type) const
{
    return QJsonObject{{"transactionHash", QString::fromStdString(hash.hex())},
                       {"transactionIndex", "0x0"},
                       {"blockHash", QString::fromStdString(blockHash().hex())},
                       {"blockNumber", quantity(blockNumber)},
                       {"from", "0x0000000000000000000000000000000000000000"},
                       {"to", QJsonValue::Null},
                       {"cumulativeGasUsed", "0x5208"},
                       {"gasUsed", "0x5208"},
                       {"status", quantity(*receiptStatus)},
                       {"type", quantity(type)},
                       {"logs", QJsonArray()}};
}

Result<NodeTx> FakeSeismicNode::open(const QString& hex, SignedReadPolicy policy) const
{
    auto raw = parseHex(hex.toStdString(), HexPrefix::Required);
    if (!raw)
        return rpcError(-32602, "failed to decode signed transaction");
    auto decoded = decodeSignedTxSeismic(*raw, policy);
    if (!decoded)
        return rpcError(-32602, "failed to decode signed transaction");
    const NodeKeys keys = keysFor(decoded->tx.elements.encryptionPubkey);
    const Bytes aad = encodeAad(metadataOf(decoded->tx, decoded->sender));
    auto plaintext = aesGcmDecrypt(
        keys.request.bytes(), decoded->tx.elements.encryptionNonce.view(), decoded->tx.input, aad);
    if (!plaintext)
        return rpcError(-32000, "Error Decrypting in Seismic EthApiExt", plaintext.error().message);
    return NodeTx{std::move(decoded).value(), std::move(plaintext).value()};
}

Result<Bytes> FakeSeismicNode::respond(const NodeTx& call, ByteView output) const
{
    const auto& tx = call.signedTx.tx;
    const NodeKeys keys = keysFor(tx.elements.encryptionPubkey);
    return aesGcmEncrypt(keys.response.bytes(), tx.elements.encryptionNonce.view(), output,
                         encodeAad(metadataOf(tx, call.signedTx.sender)));
}

Result<QJsonValue> FakeSeismicNode::simulate(const QString& method, const QJsonArray& params)
{
    if (params.at(0).isObject()) {
        plainCalls.push_back(params);
        const CallAnswer plain = onPlainCall ? onPlainCall(params.at(0).toObject()) : CallAnswer{};
        if (plain.reverted)
            return rpcError(3, "execution reverted", toHex(plain.output));
        return QJsonValue(hexText(plain.output));
    }
    auto call = open(params.at(0).toString(), SignedReadPolicy::Allow);
    if (!call)
        return std::move(call).error();
    if (!call->signedTx.tx.elements.signedRead)
        return rpcError(-32602, "signed simulation request must set signedRead=true");
    const bool isEstimate = method == QLatin1String("eth_estimateGas");
    if (isEstimate) {
        estimates.push_back(*call);
    } else {
        calls.push_back(*call);
        callBlocks.push_back(params.at(1));
    }
    const CallAnswer outcome = onCall ? onCall(*call) : CallAnswer{};
    if (outcome.reverted) {
        Bytes data = outcome.output;
        if (encryptReverts && !data.empty())
            data = *respond(*call, outcome.output);
        return rpcError(3, "execution reverted", toHex(data));
    }
    if (isEstimate)
        return QJsonValue(quantity(estimate));
    if (outcome.output.empty())
        return QJsonValue(QStringLiteral("0x"));
    Bytes encrypted = *respond(*call, outcome.output);
    if (corruptResults)
        encrypted.front() ^= 0x01;
    return QJsonValue(hexText(encrypted));
}

Result<QJsonValue> FakeSeismicNode::sendRaw(const QString& hex)
{
    if (!sendErrors.empty()) {
        Error refusal = std::move(sendErrors.front());
        sendErrors.pop_front();
        return refusal;
    }
    const Bytes raw = *parseHex(hex.toStdString(), HexPrefix::Required);
    const Hash hash = keccak256(raw);
    std::uint64_t nonce = 0;
    if (raw.at(0) == kSeismicTxType) {
        auto tx = open(hex, SignedReadPolicy::Refuse);
        if (!tx)
            return std::move(tx).error();
        nonce = tx->signedTx.tx.nonce;
        sent.push_back(std::move(tx).value());
    } else {
        NodeTransparentTx tx;
        tx.type = raw[0] == 0x02 ? 2 : 0;
        const auto items = *rlpListItems(*rlpDecode(ByteView(raw).subspan(tx.type == 2 ? 1 : 0)));
        if (tx.type == 2) {
            tx.nonce = *rlpToUint64(items[1]);
            tx.maxPriorityFeePerGas = *rlpToUint(items[2]);
            tx.maxFeePerGas = *rlpToUint(items[3]);
            tx.gas = *rlpToUint64(items[4]);
            tx.data = *rlpToBytes(items[7]);
        } else {
            tx.nonce = *rlpToUint64(items[0]);
            tx.gasPrice = *rlpToUint(items[1]);
            tx.gas = *rlpToUint64(items[2]);
            tx.data = *rlpToBytes(items[5]);
        }
        tx.hash = hash;
        nonce = tx.nonce;
        sentTransparent.push_back(tx);
    }
    if (nonce < accountNonce || m_acceptedNonces.contains(nonce))
        return rpcError(-32003, "nonce too low: next nonce " + std::to_string(pendingCount()) +
                                    ", tx nonce " + std::to_string(nonce));
    m_acceptedNonces.insert(nonce);
    m_mined.emplace(hash, raw[0] == kSeismicTxType ? kSeismicTxType : raw[0] == 0x02 ? 2 : 0);
    return QJsonValue(QString::fromStdString(hash.hex()));
}

Result<QJsonValue> FakeSeismicNode::answer(const rpc::RpcRequest& request)
{
    const QString& method = request.method;
    const QJsonArray& params = request.params;
    if (method == QLatin1String("seismic_getTeePublicKey"))
        return teeKeyAnswer;
    if (method == QLatin1String("eth_chainId"))
        return QJsonValue(quantity(chainId));
    if (method == QLatin1String("eth_blockNumber"))
        return QJsonValue(quantity(blockNumber));
    if (method == QLatin1String("eth_gasPrice"))
        return QJsonValue(quantity(gasPrice));
    if (method == QLatin1String("eth_maxPriorityFeePerGas"))
        return QJsonValue(quantity(priorityFee));
    if (method == QLatin1String("eth_getTransactionCount")) {
        if (params.at(1).toString() != QLatin1String("pending"))
            return rpcError(-32602, "fake node: expected the pending nonce");
        return QJsonValue(quantity(pendingCount()));
    }
    if (method == QLatin1String("eth_getBlockByNumber"))
        return params.at(0).toString() == QLatin1String("0x0") ? genesisJson() : blockJson();
    if (method == QLatin1String("eth_call") || method == QLatin1String("eth_estimateGas"))
        return simulate(method, params);
    if (method == QLatin1String("eth_sendRawTransaction"))
        return sendRaw(params.at(0).toString());
    if (method == QLatin1String("eth_getTransactionReceipt")) {
        if (!receiptErrors.empty()) {
            Error error = std::move(receiptErrors.front());
            receiptErrors.pop_front();
            return error;
        }
        const Hash hash = *Hash::fromHex(params.at(0).toString().toStdString());
        const auto mined = m_mined.find(hash);
        if (!receiptStatus || mined == m_mined.end())
            return QJsonValue(QJsonValue::Null);
        return receiptJson(hash, mined->second);
    }
    return rpcError(-32601, "fake node: method " + method.toStdString() + " not supported");
}

} // namespace testing
