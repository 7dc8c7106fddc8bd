// SPDX-License-Identifier: MIT
#include "client/WalletClient.h"

#include "client/ChainHead.h"
#include "client/EncryptedTx.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "client/RevertErrors.h"
#include "client/SendFailure.h"
#include "client/TeePublicKey.h"
#include "core/Hex.h"
#include "rpc/JsonDecode.h"
#include "rpc/RpcClient.h"
#include "rpc/Transport.h"
#include "rpc/WhenAll.h"
#include "seismic/Eip1559Tx.h"
#include "seismic/LegacyTx.h"

#include <QPointer>

namespace seismic::client {

namespace {

// Sends refused for their nonce are tried this many times in all.
constexpr int kMaxSendAttempts = 3;

// The latest block, when needed; a block without hash or number is a Decode error.
QCoro::Task<Result<std::optional<rpc::Block>>> latestBlock(rpc::EthApi eth, bool needed)
{
    if (!needed)
        co_return std::optional<rpc::Block>();
    auto block = co_await eth.getBlock(rpc::BlockId::latest());
    if (!block)
        co_return std::move(block).error();
    if (!*block || !(*block)->hash || !(*block)->number)
        co_return makeError(ErrorKind::Decode,
                            "eth_getBlockByNumber(\"latest\") returned no block hash and number");
    co_return block;
}

QCoro::Task<Result<Uint256>> gasPriceOr(rpc::EthApi eth, std::optional<Uint256> given)
{
    if (given)
        co_return *given;
    co_return co_await eth.gasPrice();
}

QCoro::Task<Result<Uint256>> priorityFeeIf(rpc::EthApi eth, bool needed)
{
    if (!needed)
        co_return Uint256(0);
    co_return co_await eth.maxPriorityFeePerGas();
}

// A signed TxSeismic as the only parameter of eth_estimateGas, or the first of eth_call.
QCoro::Task<Result<QJsonValue>> sendSigned(QPointer<rpc::RpcClient> client, QString method,
                                           Bytes raw, std::optional<rpc::BlockId> block)
{
    if (!client)
        co_return clientGone();
    QJsonArray params{QString::fromStdString(toHex(raw))};
    if (block)
        params.append(block->toJson());
    co_return co_await client->call(std::move(method), std::move(params));
}

Status checkGasPrice(const Uint256& gasPrice)
{
    if (gasPrice >> 128 != 0)
        return makeError(ErrorKind::InvalidArgument,
                         "gas price " + toDecimal(gasPrice) +
                             " does not fit the 128 bits of a Seismic transaction");
    return {};
}

Status checkShielded(const TxRequest& request)
{
    if (!request.to)
        return makeError(ErrorKind::InvalidArgument,
                         "Seismic transactions cannot deploy bytecode: a recipient is required");
    if (auto valid = request.options.security.validate(); !valid)
        return valid;
    if (request.options.gasPrice)
        return checkGasPrice(*request.options.gasPrice);
    return {};
}

// What every shielded operation needs from the chain, fetched together: the nonce count
// (once per client), the latest block when `needBlock`, and the gas price unless given.
struct ChainInputs
{
    std::optional<rpc::Block> block;
    Uint256 gasPrice;
};

QCoro::Task<Result<ChainInputs>> fetchChainInputs(NonceManager* nonces, rpc::EthApi eth,
                                                  bool needBlock,
                                                  std::optional<Uint256> givenGasPrice)
{
    auto [synced, block, gasPrice] = co_await rpc::whenAll(
        nonces->sync(), latestBlock(eth, needBlock), gasPriceOr(eth, givenGasPrice));
    if (!synced)
        co_return std::move(synced).error();
    if (!block)
        co_return std::move(block).error();
    if (!gasPrice)
        co_return std::move(gasPrice).error();
    if (auto valid = checkGasPrice(*gasPrice); !valid)
        co_return std::move(valid).error();
    co_return ChainInputs{std::move(*block), *gasPrice};
}

struct Anchor
{
    Bytes32 recentBlockHash;
    std::uint64_t expiresAtBlock = 0;
};

// recentBlockHash and expiresAtBlock: the caller's, else from the latest block (spec 7.3; a
// window of 0 means "not set").
Anchor anchorFor(const SecurityParams& security, const std::optional<rpc::Block>& latest,
                 std::uint64_t defaultWindow)
{
    const std::uint64_t window =
        security.blocksWindow.value_or(0) > 0 ? *security.blocksWindow : defaultWindow;
    Anchor anchor;
    anchor.recentBlockHash = security.recentBlockHash ? *security.recentBlockHash : *latest->hash;
    anchor.expiresAtBlock =
        security.expiresAtBlock ? *security.expiresAtBlock : *latest->number + window;
    return anchor;
}

} // namespace

struct WalletClient::ShieldedPlan
{
    TxRequest request;
    std::uint64_t chainId = 0;
    Uint256 gasPrice;
    std::uint64_t gas = 0;
    Anchor anchor;
};

struct WalletClient::TransparentPlan
{
    TxRequest request;
    std::uint64_t chainId = 0;
    std::uint64_t gas = 0;
    // Legacy pricing, or EIP-1559 fees when maxFeePerGas is set.
    Uint256 gasPrice;
    std::optional<Uint256> maxFeePerGas;
    Uint256 maxPriorityFeePerGas;
};

struct WalletClient::Outgoing
{
    Bytes raw;
    Hash hash;
    std::uint64_t nonce = 0;
    // Shielded: the transaction as signed, and what it was encrypted under.
    std::optional<EncryptedTx> shielded;
};

WalletClient::WalletClient(std::unique_ptr<rpc::RpcClient> rpc, ClientOptions options,
                           PrivateKey signer, EncryptionState encryption, std::uint64_t chainId)
    : PublicClient(std::move(rpc), std::move(options))
    , m_signer(std::move(signer))
    , m_address(m_signer.address())
    , m_encryption(std::move(encryption))
    , m_nonces(new NonceManager(eth(), m_address, this))
{
    setChainId(chainId);
    // A transaction that can no longer be mined leaves its nonce unused.
    QObject::connect(tracker(), &ReceiptTracker::statusChanged, this,
                     [this](const TxOutcome& outcome) {
                         if (outcome.status == TxStatus::Expired)
                             m_nonces->resync();
                     });
    // Another chain behind the endpoint: its nonce count is not the previous chain's.
    QObject::connect(head(), &ChainHead::chainChanged, m_nonces, &NonceManager::resync);
}

WalletClient::~WalletClient() = default;

QCoro::Task<Result<std::unique_ptr<WalletClient>>>
WalletClient::connect(ClientOptions options, PrivateKey signer,
                      std::optional<PrivateKey> encryptionKey)
{
    auto rpc = options.makeRpcClient();
    co_return co_await connectOver(std::move(rpc), std::move(options), std::move(signer),
                                   std::move(encryptionKey));
}

QCoro::Task<Result<std::unique_ptr<WalletClient>>>
WalletClient::connect(std::unique_ptr<rpc::Transport> transport, ClientOptions options,
                      PrivateKey signer, std::optional<PrivateKey> encryptionKey)
{
    auto rpc = makeRpcClient(std::move(transport), options);
    co_return co_await connectOver(std::move(rpc), std::move(options), std::move(signer),
                                   std::move(encryptionKey));
}

QCoro::Task<Result<std::unique_ptr<WalletClient>>>
WalletClient::connectOver(Result<std::unique_ptr<rpc::RpcClient>> rpc, ClientOptions options,
                          PrivateKey signer, std::optional<PrivateKey> encryptionKey)
{
    if (!rpc)
        co_return std::move(rpc).error();
    std::unique_ptr<rpc::RpcClient> client = std::move(rpc).value();
    rpc::EthApi eth(client.get());
    auto [teeKey, chainId] = co_await rpc::whenAll(fetchTeePublicKey(client.get()), eth.chainId());
    if (!teeKey)
        co_return std::move(teeKey).error();
    if (!chainId)
        co_return std::move(chainId).error();
    co_return createOver(std::move(client), std::move(options), std::move(signer),
                         std::move(teeKey).value(), *chainId, std::move(encryptionKey));
}

Result<std::unique_ptr<WalletClient>> WalletClient::create(ClientOptions options, PrivateKey signer,
                                                           PublicKey teePublicKey,
                                                           std::uint64_t chainId,
                                                           std::optional<PrivateKey> encryptionKey)
{
    auto rpc = options.makeRpcClient();
    return createOver(std::move(rpc), std::move(options), std::move(signer),
                      std::move(teePublicKey), chainId, std::move(encryptionKey));
}

Result<std::unique_ptr<WalletClient>>
WalletClient::create(std::unique_ptr<rpc::Transport> transport, ClientOptions options,
                     PrivateKey signer, PublicKey teePublicKey, std::uint64_t chainId,
                     std::optional<PrivateKey> encryptionKey)
{
    auto rpc = makeRpcClient(std::move(transport), options);
    return createOver(std::move(rpc), std::move(options), std::move(signer),
                      std::move(teePublicKey), chainId, std::move(encryptionKey));
}

Result<std::unique_ptr<WalletClient>>
WalletClient::createOver(Result<std::unique_ptr<rpc::RpcClient>> rpc, ClientOptions options,
                         PrivateKey signer, PublicKey teePublicKey, std::uint64_t chainId,
                         std::optional<PrivateKey> encryptionKey)
{
    if (!rpc)
        return std::move(rpc).error();
    auto checked = checkChainId(options, chainId);
    if (!checked)
        return std::move(checked).error();
    PrivateKey clientKey = encryptionKey ? std::move(*encryptionKey) : PrivateKey::generate();
    EncryptionState encryption = EncryptionState::derive(teePublicKey, std::move(clientKey));
    return std::unique_ptr<WalletClient>(new WalletClient(std::move(rpc).value(),
                                                          std::move(options), std::move(signer),
                                                          std::move(encryption), chainId));
}

ShieldedContract WalletClient::contract(Address address, ContractAbi abi, bool eip712)
{
    return ShieldedContract(this, address, std::move(abi), eip712);
}

QCoro::Task<Result<Hash>> WalletClient::sendShieldedTransaction(TxRequest request)
{
    auto written = co_await shieldedWrite(std::move(request));
    if (!written)
        co_return std::move(written).error();
    co_return written->txHash;
}

QCoro::Task<Result<DebugWriteResult>> WalletClient::debugSendShieldedTransaction(TxRequest request)
{
    return shieldedWrite(std::move(request));
}

QCoro::Task<Result<DebugWriteResult>> WalletClient::shieldedWrite(TxRequest request)
{
    if (auto valid = checkShielded(request); !valid)
        co_return std::move(valid).error();
    const QPointer<WalletClient> self(this);
    const auto& security = request.options.security;
    const bool needBlock = security.needsLatestBlock() || !request.options.gas;
    auto inputs = co_await fetchChainInputs(m_nonces, eth(), needBlock, request.options.gasPrice);
    if (!self)
        co_return clientGone();
    if (!inputs)
        co_return std::move(inputs).error();
    const auto& block = inputs->block;
    const Uint256 gasPrice = inputs->gasPrice;

    ShieldedPlan plan;
    plan.chainId = *chainId();
    plan.gasPrice = gasPrice;
    plan.anchor = anchorFor(security, block, options().blocksWindow);
    if (request.options.gas) {
        plan.gas = *request.options.gas;
    } else {
        auto estimated = co_await estimateTwin(request, gasPrice, *block, std::nullopt);
        if (!self)
            co_return clientGone();
        if (!estimated)
            co_return std::move(estimated).error();
        plan.gas = *estimated;
    }
    plan.request = std::move(request);

    auto outgoing = co_await broadcast(plan);
    if (!outgoing)
        co_return std::move(outgoing).error();
    DebugWriteResult result;
    result.plaintextTx.to = *plan.request.to;
    result.plaintextTx.data = plan.request.data;
    result.plaintextTx.nonce = outgoing->nonce;
    result.plaintextTx.gas = plan.gas;
    result.plaintextTx.gasPrice = plan.gasPrice;
    result.plaintextTx.value = plan.request.options.value;
    result.shieldedTx = outgoing->shielded->tx;
    result.txHash = outgoing->hash;
    co_return result;
}

QCoro::Task<Result<std::uint64_t>> WalletClient::estimateTwin(TxRequest request, Uint256 gasPrice,
                                                              rpc::Block latest,
                                                              std::optional<std::uint64_t> gasCap)
{
    if (auto valid = checkGasPrice(gasPrice); !valid)
        co_return std::move(valid).error();
    const QPointer<WalletClient> self(this);
    TxSeismicFill fill;
    fill.chainId = *chainId();
    // Nodes do not check a simulation's nonce; the one the write will most likely get.
    fill.nonce = m_nonces->peek().value_or(0);
    fill.gasPrice = gasPrice;
    fill.gas = gasCap.value_or(latest.gasLimit);
    fill.encryptionNonce = generateEncryptionNonce();
    fill.recentBlockHash = *latest.hash;
    fill.expiresAtBlock = *latest.number + options().blocksWindow;
    fill.signedRead = true;
    auto twin = encryptTx(m_encryption, m_address, request, fill);
    if (!twin)
        co_return std::move(twin).error();
    const SignedTxSeismic signedTwin = signTxSeismic(twin->tx, m_signer);
    auto answer = co_await sendSigned(rpcClient(), QStringLiteral("eth_estimateGas"),
                                      signedTwin.raw, std::nullopt);
    if (!self)
        co_return clientGone();
    if (!answer)
        co_return decodeEncryptedRevert(std::move(answer).error(), m_encryption, twin->metadata,
                                        request.revertErrors);
    co_return rpc::decodeU64(*answer);
}

QCoro::Task<Result<std::uint64_t>> WalletClient::gasFor(TxRequest request, Uint256 gasPrice,
                                                        rpc::Block latest)
{
    if (request.options.gas)
        co_return *request.options.gas;
    co_return co_await estimateTwin(std::move(request), gasPrice, std::move(latest), std::nullopt);
}

QCoro::Task<Result<std::uint64_t>> WalletClient::estimateGas(TxRequest request)
{
    if (auto valid = checkShielded(request); !valid)
        co_return std::move(valid).error();
    const QPointer<WalletClient> self(this);
    auto inputs = co_await fetchChainInputs(m_nonces, eth(), true, request.options.gasPrice);
    if (!self)
        co_return clientGone();
    if (!inputs)
        co_return std::move(inputs).error();
    const auto cap = request.options.gas;
    co_return co_await estimateTwin(std::move(request), inputs->gasPrice, *inputs->block, cap);
}

QCoro::Task<Result<Bytes>> WalletClient::signedCall(TxRequest request)
{
    if (auto valid = checkShielded(request); !valid)
        co_return std::move(valid).error();
    const QPointer<WalletClient> self(this);
    const auto& security = request.options.security;
    auto inputs = co_await fetchChainInputs(m_nonces, eth(), security.needsLatestBlock(),
                                            request.options.gasPrice);
    if (!self)
        co_return clientGone();
    if (!inputs)
        co_return std::move(inputs).error();
    const auto& block = inputs->block;
    const Uint256 gasPrice = inputs->gasPrice;

    const Anchor anchor = anchorFor(security, block, options().blocksWindow);
    TxSeismicFill fill;
    fill.chainId = *chainId();
    fill.nonce = m_nonces->peek().value_or(0);
    fill.gasPrice = gasPrice;
    fill.gas = request.options.gas.value_or(options().signedReadGas);
    fill.encryptionNonce = security.encryptionNonce.value_or(generateEncryptionNonce());
    fill.recentBlockHash = anchor.recentBlockHash;
    fill.expiresAtBlock = anchor.expiresAtBlock;
    fill.signedRead = true;
    auto encrypted = encryptTx(m_encryption, m_address, request, fill);
    if (!encrypted)
        co_return std::move(encrypted).error();
    const SignedTxSeismic signedRead = signTxSeismic(encrypted->tx, m_signer);
    auto answer = co_await sendSigned(rpcClient(), QStringLiteral("eth_call"), signedRead.raw,
                                      request.options.block);
    if (!self)
        co_return clientGone();
    if (!answer)
        co_return decodeEncryptedRevert(std::move(answer).error(), m_encryption,
                                        encrypted->metadata, request.revertErrors);
    auto ciphertext = rpc::decodeBytes(*answer);
    if (!ciphertext)
        co_return std::move(ciphertext).error();
    if (ciphertext->empty())
        co_return Bytes();
    auto plaintext = m_encryption.decryptResponse(*ciphertext, encrypted->metadata);
    if (!plaintext)
        co_return makeError(ErrorKind::Decryption,
                            "the signed read's result does not decrypt with this client's "
                            "response key: " +
                                plaintext.error().message);
    co_return plaintext;
}

QCoro::Task<Result<Hash>> WalletClient::sendTransparentTransaction(TxRequest request)
{
    const QPointer<WalletClient> self(this);
    auto inputs = co_await fetchChainInputs(m_nonces, eth(), true, request.options.gasPrice);
    if (!self)
        co_return clientGone();
    if (!inputs)
        co_return std::move(inputs).error();
    const Uint256 gasPrice = inputs->gasPrice;
    const auto& latest = *inputs->block;
    const bool eip1559 = !request.options.gasPrice && latest.baseFeePerGas.has_value();
    // The estimate (a provisional TxSeismic, spec 6.4) and the priority fee together.
    auto [gas, tip] =
        co_await rpc::whenAll(gasFor(request, gasPrice, latest), priorityFeeIf(eth(), eip1559));
    if (!self)
        co_return clientGone();
    if (!gas)
        co_return std::move(gas).error();
    if (!tip)
        co_return std::move(tip).error();

    TransparentPlan plan;
    plan.chainId = *chainId();
    plan.gas = *gas;
    plan.gasPrice = gasPrice;
    if (eip1559) {
        plan.maxPriorityFeePerGas = *tip;
        plan.maxFeePerGas = 2 * *latest.baseFeePerGas + *tip;
    }
    plan.request = std::move(request);
    auto outgoing = co_await broadcast(std::move(plan));
    if (!outgoing)
        co_return std::move(outgoing).error();
    co_return outgoing->hash;
}

template<typename Plan>
QCoro::Task<Result<WalletClient::Outgoing>> WalletClient::broadcast(Plan plan)
{
    const QPointer<WalletClient> self(this);
    for (int attempt = 1;; ++attempt) {
        auto reservation = co_await m_nonces->reserve();
        if (!self)
            co_return clientGone();
        if (!reservation)
            co_return std::move(reservation).error();
        auto outgoing = sign(plan, reservation->nonce());
        if (!outgoing)
            co_return std::move(outgoing).error();
        auto eth = this->eth();
        auto sent = co_await eth.sendRawTransaction(outgoing->raw);
        if (!sent) {
            switch (classifySendFailure(sent.error())) {
            case SendFailure::Rejected:
                reservation->released();
                co_return std::move(sent).error();
            case SendFailure::Unknown: {
                reservation->uncertain();
                Error error = std::move(sent).error();
                error.message += " (the node may or may not have received the transaction)";
                co_return error;
            }
            case SendFailure::NonceConflict:
                reservation->conflict();
                if (self && mayRetry(plan) && attempt < kMaxSendAttempts)
                    continue;
                co_return std::move(sent).error();
            case SendFailure::AlreadyKnown:
                // The node has exactly these bytes: this transaction is in its pool.
                reservation->sent();
                if (self)
                    m_nonces->resync();
                break;
            }
        } else {
            reservation->sent();
            outgoing->hash = *sent;
        }
        if (self)
            tracker()->track(describe(plan, *outgoing));
        co_return outgoing;
    }
}

Result<WalletClient::Outgoing> WalletClient::sign(const ShieldedPlan& plan,
                                                  std::uint64_t nonce) const
{
    const auto& security = plan.request.options.security;
    TxSeismicFill fill;
    fill.chainId = plan.chainId;
    fill.nonce = nonce;
    fill.gasPrice = plan.gasPrice;
    fill.gas = plan.gas;
    // Fresh for every attempt: a new nonce means new metadata, hence a new encryption.
    fill.encryptionNonce = security.encryptionNonce.value_or(generateEncryptionNonce());
    fill.recentBlockHash = plan.anchor.recentBlockHash;
    fill.expiresAtBlock = plan.anchor.expiresAtBlock;
    fill.signedRead = false;
    auto encrypted = encryptTx(m_encryption, m_address, plan.request, fill);
    if (!encrypted)
        return std::move(encrypted).error();
    SignedTxSeismic signedTx = signTxSeismic(encrypted->tx, m_signer);
    Outgoing outgoing;
    outgoing.raw = std::move(signedTx.raw);
    outgoing.hash = signedTx.hash;
    outgoing.nonce = nonce;
    outgoing.shielded = std::move(encrypted).value();
    return outgoing;
}

Result<WalletClient::Outgoing> WalletClient::sign(const TransparentPlan& plan,
                                                  std::uint64_t nonce) const
{
    const auto& request = plan.request;
    SignedTransaction signedTx;
    if (plan.maxFeePerGas) {
        Eip1559Tx tx;
        tx.chainId = plan.chainId;
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = plan.maxPriorityFeePerGas;
        tx.maxFeePerGas = *plan.maxFeePerGas;
        tx.gas = plan.gas;
        tx.to = request.to;
        tx.value = request.options.value;
        tx.data = request.data;
        signedTx = signEip1559Tx(tx, m_signer);
    } else {
        LegacyTx tx;
        tx.chainId = plan.chainId;
        tx.nonce = nonce;
        tx.gasPrice = plan.gasPrice;
        tx.gas = plan.gas;
        tx.to = request.to;
        tx.value = request.options.value;
        tx.data = request.data;
        signedTx = signLegacyTx(tx, m_signer);
    }
    Outgoing outgoing;
    outgoing.raw = std::move(signedTx.raw);
    outgoing.hash = signedTx.hash;
    outgoing.nonce = nonce;
    return outgoing;
}

bool WalletClient::mayRetry(const ShieldedPlan& plan)
{
    // A caller-fixed encryption nonce must not encrypt a second, different AAD.
    return !plan.request.options.security.encryptionNonce;
}

bool WalletClient::mayRetry(const TransparentPlan&)
{
    return true;
}

SentTransaction WalletClient::describe(const ShieldedPlan& plan, const Outgoing& outgoing)
{
    SentTransaction sent(outgoing.hash);
    sent.nonce = outgoing.nonce;
    sent.expiresAtBlock = plan.anchor.expiresAtBlock;
    TxRequest call = plan.request;
    call.options.gas = plan.gas;
    call.options.gasPrice = plan.gasPrice;
    sent.call = std::move(call);
    return sent;
}

SentTransaction WalletClient::describe(const TransparentPlan& plan, const Outgoing& outgoing)
{
    SentTransaction sent(outgoing.hash);
    sent.nonce = outgoing.nonce;
    TxRequest call = plan.request;
    call.options.gas = plan.gas;
    call.options.gasPrice = plan.gasPrice;
    call.options.security = SecurityParams();
    sent.call = std::move(call);
    return sent;
}

} // namespace seismic::client
