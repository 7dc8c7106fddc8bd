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
#include "seismic/BalanceRead.h"
#include "seismic/Eip1559Tx.h"
#include "seismic/LegacyTx.h"

#include <QPointer>
#include <algorithm>

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

// A write reserves its nonce; reads and estimates only need the count current (nodes do not
// check a simulation's nonce: they get the one the next write would most likely get).
QCoro::Task<Result<std::optional<NonceManager::Reservation>>>
nonceFor(QPointer<NonceManager> nonces, bool reserve)
{
    if (!nonces)
        co_return clientGone();
    if (reserve) {
        auto reservation = co_await nonces->reserve();
        if (!reservation)
            co_return std::move(reservation).error();
        co_return std::optional<NonceManager::Reservation>(std::move(reservation).value());
    }
    auto synced = co_await nonces->sync();
    if (!synced)
        co_return std::move(synced).error();
    co_return std::optional<NonceManager::Reservation>();
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

// A replacement's fee: at least 10% above the replaced one's, rounded up (nodes refuse less:
// "replacement transaction underpriced").
Uint256 bumpedFee(const Uint256& fee)
{
    return fee + (fee + 9) / 10;
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

// The TxSeismic fields of `transaction`; the caller sets the encryption nonce and signedRead.
TxSeismicFill seismicFill(const PreparedTransaction& transaction)
{
    TxSeismicFill fill;
    fill.chainId = transaction.chainId();
    fill.nonce = transaction.nonce();
    fill.gasPrice = transaction.gasPrice();
    fill.gas = transaction.gas();
    fill.recentBlockHash = transaction.recentBlockHash().value_or(Bytes32());
    fill.expiresAtBlock = transaction.expiresAtBlock().value_or(0);
    return fill;
}

QCoro::Task<Result<std::uint64_t>> givenGas(std::uint64_t gas)
{
    co_return gas;
}

} // namespace

struct WalletClient::Filled
{
    PreparedTransaction transaction;
    // When something needed it.
    std::optional<rpc::Block> latest;
};

struct WalletClient::Signed
{
    SignedTransaction bytes;
    // Shielded: the transaction as signed (its input is the ciphertext).
    std::optional<TxSeismic> shielded;
};

struct WalletClient::Outgoing
{
    PreparedTransaction sent;
    Hash hash;
    std::optional<TxSeismic> shielded;
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
    // A receipt shows a nonce used; a transaction that can no longer be mined leaves it unused.
    QObject::connect(tracker(), &ReceiptTracker::statusChanged, this,
                     [this](const TxOutcome& outcome) {
                         if (!outcome.nonce)
                             return;
                         if (outcome.status == TxStatus::Expired)
                             m_nonces->dropped(*outcome.nonce);
                         else
                             m_nonces->mined(*outcome.nonce);
                     });
    // Another chain behind the endpoint: its nonce count is not the previous chain's.
    QObject::connect(head(), &ChainHead::chainChanged, m_nonces, &NonceManager::reset);
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
    auto [teeKey, chainId] = co_await rpc::whenAll(
        fetchTeePublicKey(client.get(), options.expectedTeePublicKey), eth.chainId());
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

BalanceReadPermit WalletClient::permitBalanceReads(Uint256 expiry) const
{
    // The chain id is known from construction (create() and connect() both set it).
    const auto digest = balanceReadSigningHash(*chainId(), m_address, expiry);
    return {m_address, expiry, toBytes(m_signer.sign(digest).toRsv().view())};
}

ShieldedContract WalletClient::contract(Address address, ContractAbi abi, bool eip712)
{
    return ShieldedContract(this, address, std::move(abi), eip712);
}

QCoro::Task<Result<PreparedTransaction>> WalletClient::prepare(TxRequest request, TxKind kind)
{
    auto filled = co_await fill(std::move(request), kind, Purpose::Write);
    if (!filled)
        co_return std::move(filled).error();
    co_return std::move(filled->transaction);
}

QCoro::Task<Result<PreparedTransaction>> WalletClient::prepareReplacement(TxRequest request,
                                                                          TxKind kind,
                                                                          std::uint64_t nonce,
                                                                          ReplacedFees replaced)
{
    auto filled = co_await fill(std::move(request), kind, Purpose::Write, nonce);
    if (!filled)
        co_return std::move(filled).error();
    PreparedTransaction& tx = filled->transaction;
    const Uint256 maxFee = bumpedFee(replaced.maxFeePerGas);
    const Uint256 tip = bumpedFee(replaced.maxPriorityFeePerGas);
    if (tx.m_kind == TxKind::Eip1559) {
        // The room for the base fee (twice it) stays above the raised tip.
        const Uint256 baseFeeRoom = tx.m_maxFeePerGas - tx.m_maxPriorityFeePerGas;
        tx.m_maxPriorityFeePerGas = std::max(tx.m_maxPriorityFeePerGas, tip);
        tx.m_maxFeePerGas = std::max(baseFeeRoom + tx.m_maxPriorityFeePerGas, maxFee);
    } else {
        // One price is both fields.
        tx.m_gasPrice = std::max({tx.m_gasPrice, maxFee, tip});
        if (auto valid = checkGasPrice(tx.m_gasPrice); !valid)
            co_return std::move(valid).error();
    }
    co_return std::move(tx);
}

QCoro::Task<Result<SubmittedTransaction>> WalletClient::send(PreparedTransaction prepared)
{
    auto outgoing = co_await broadcast(std::move(prepared), false);
    if (!outgoing)
        co_return std::move(outgoing).error();
    co_return SubmittedTransaction{outgoing->hash, outgoing->sent.nonce()};
}

QCoro::Task<Result<Hash>> WalletClient::sendShieldedTransaction(TxRequest request)
{
    auto written = co_await debugSendShieldedTransaction(std::move(request));
    if (!written)
        co_return std::move(written).error();
    co_return written->txHash;
}

QCoro::Task<Result<DebugWriteResult>> WalletClient::debugSendShieldedTransaction(TxRequest request)
{
    const QPointer<WalletClient> self(this);
    auto prepared = co_await prepare(std::move(request), TxKind::Shielded);
    if (!prepared)
        co_return std::move(prepared).error();
    if (!self)
        co_return clientGone();
    auto outgoing = co_await broadcast(std::move(prepared).value(), true);
    if (!outgoing)
        co_return std::move(outgoing).error();
    const PreparedTransaction& sent = outgoing->sent;
    DebugWriteResult result;
    result.plaintextTx.to = *sent.to();
    result.plaintextTx.data = sent.data();
    result.plaintextTx.nonce = sent.nonce();
    result.plaintextTx.gas = sent.gas();
    result.plaintextTx.gasPrice = sent.gasPrice();
    result.plaintextTx.value = sent.value();
    result.shieldedTx = *outgoing->shielded;
    result.txHash = outgoing->hash;
    co_return result;
}

QCoro::Task<Result<Hash>> WalletClient::sendTransparentTransaction(TxRequest request)
{
    const QPointer<WalletClient> self(this);
    auto prepared = co_await prepare(std::move(request), TxKind::Eip1559);
    if (!prepared)
        co_return std::move(prepared).error();
    if (!self)
        co_return clientGone();
    auto outgoing = co_await broadcast(std::move(prepared).value(), true);
    if (!outgoing)
        co_return std::move(outgoing).error();
    co_return outgoing->hash;
}

QCoro::Task<Result<Bytes>> WalletClient::signedCall(TxRequest request)
{
    const QPointer<WalletClient> self(this);
    const auto block = request.options.block;
    auto filled = co_await fill(std::move(request), TxKind::Shielded, Purpose::SignedRead);
    if (!self)
        co_return clientGone();
    if (!filled)
        co_return std::move(filled).error();
    const PreparedTransaction& call = filled->transaction;
    const auto& security = call.request().options.security;
    TxSeismicFill elements = seismicFill(call);
    elements.encryptionNonce = security.encryptionNonce.value_or(generateEncryptionNonce());
    elements.signedRead = true;
    auto encrypted = encryptTx(m_encryption, m_address, call.request(), elements);
    if (!encrypted)
        co_return std::move(encrypted).error();
    const std::vector<AbiError> revertErrors = call.request().revertErrors;
    const SignedTxSeismic signedRead = signTxSeismic(encrypted->tx, m_signer);
    auto answer =
        co_await sendSigned(rpcClient(), QStringLiteral("eth_call"), signedRead.raw, block);
    if (!self)
        co_return clientGone();
    if (!answer)
        co_return decodeEncryptedRevert(std::move(answer).error(), m_encryption,
                                        encrypted->metadata, revertErrors);
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

QCoro::Task<Result<std::uint64_t>> WalletClient::estimateGas(TxRequest request)
{
    const QPointer<WalletClient> self(this);
    const auto cap = request.options.gas;
    auto filled = co_await fill(std::move(request), TxKind::Shielded, Purpose::Estimate);
    if (!self)
        co_return clientGone();
    if (!filled)
        co_return std::move(filled).error();
    const PreparedTransaction& estimate = filled->transaction;
    co_return co_await estimateTwin(estimate.request(), twinOf(estimate, *filled->latest, cap));
}

QCoro::Task<Result<WalletClient::Filled>>
WalletClient::fill(TxRequest request, TxKind kind, Purpose purpose,
                   std::optional<std::uint64_t> replacedNonce)
{
    const bool shielded = kind == TxKind::Shielded;
    if (shielded) {
        if (auto valid = checkShielded(request); !valid)
            co_return std::move(valid).error();
    } else if (request.options.gasPrice) {
        if (auto valid = checkGasPrice(*request.options.gasPrice); !valid)
            co_return std::move(valid).error();
    }
    const QPointer<WalletClient> self(this);
    const auto& options = request.options;
    const bool write = purpose == Purpose::Write;
    // Transparent writes need the base fee; estimates the gas limit; shielded transactions the
    // anchor and expiry unless both are given.
    const bool needBlock = purpose == Purpose::Estimate || (write && !options.gas) ||
                           (write && !shielded) ||
                           (shielded && options.security.needsLatestBlock());
    auto [nonce, block, gasPrice] =
        co_await rpc::whenAll(nonceFor(m_nonces, write && !replacedNonce),
                              latestBlock(eth(), needBlock), gasPriceOr(eth(), options.gasPrice));
    if (!self)
        co_return clientGone();
    if (!nonce)
        co_return std::move(nonce).error();
    if (!block)
        co_return std::move(block).error();
    if (!gasPrice)
        co_return std::move(gasPrice).error();
    if (auto valid = checkGasPrice(*gasPrice); !valid)
        co_return std::move(valid).error();
    const std::optional<rpc::Block>& latest = *block;

    PreparedTransaction tx;
    tx.m_chainId = *chainId();
    tx.m_from = m_address;
    if (replacedNonce && write) {
        tx.m_reservation = m_nonces->replacing(*replacedNonce);
        tx.m_nonce = *replacedNonce;
    } else if (*nonce) {
        tx.m_reservation = std::move(**nonce);
        tx.m_nonce = tx.m_reservation.nonce();
    } else {
        tx.m_nonce = m_nonces->peek().value_or(0);
    }
    tx.m_gasPrice = *gasPrice;
    if (latest)
        tx.m_preparedAtBlock = *latest->number;
    if (shielded) {
        tx.m_kind = TxKind::Shielded;
        const Anchor anchor = anchorFor(options.security, latest, this->options().blocksWindow);
        tx.m_recentBlockHash = anchor.recentBlockHash;
        tx.m_expiresAtBlock = anchor.expiresAtBlock;
    } else {
        const bool eip1559 =
            kind == TxKind::Eip1559 && !options.gasPrice && latest->baseFeePerGas.has_value();
        tx.m_kind = eip1559 ? TxKind::Eip1559 : TxKind::Legacy;
    }
    tx.m_request = std::move(request);
    Filled filled{std::move(tx), latest};
    PreparedTransaction& filledTx = filled.transaction;

    const auto gasLimit = filledTx.m_request.options.gas;
    switch (purpose) {
    case Purpose::Estimate:
        co_return filled;
    case Purpose::SignedRead:
        filledTx.m_gas = gasLimit.value_or(this->options().signedReadGas);
        co_return filled;
    case Purpose::Write:
        break;
    }
    // The estimate (spec 6.4: transparent writes too estimate a provisional TxSeismic) and the
    // priority fee, together.
    const bool eip1559 = filledTx.m_kind == TxKind::Eip1559;
    QCoro::Task<Result<std::uint64_t>> gas =
        gasLimit ? givenGas(*gasLimit)
                 : estimateTwin(filledTx.m_request, twinOf(filledTx, *latest, std::nullopt));
    auto [estimated, tip] = co_await rpc::whenAll(std::move(gas), priorityFeeIf(eth(), eip1559));
    if (!self)
        co_return clientGone();
    if (!estimated)
        co_return std::move(estimated).error();
    if (!tip)
        co_return std::move(tip).error();
    filledTx.m_gas = *estimated;
    if (eip1559) {
        filledTx.m_maxPriorityFeePerGas = *tip;
        filledTx.m_maxFeePerGas = 2 * *latest->baseFeePerGas + *tip;
    }
    co_return filled;
}

TxSeismicFill WalletClient::twinOf(const PreparedTransaction& transaction, const rpc::Block& latest,
                                   std::optional<std::uint64_t> gasCap) const
{
    TxSeismicFill twin = seismicFill(transaction);
    twin.gas = gasCap.value_or(latest.gasLimit);
    twin.encryptionNonce = generateEncryptionNonce();
    twin.recentBlockHash = *latest.hash;
    twin.expiresAtBlock = *latest.number + options().blocksWindow;
    twin.signedRead = true;
    return twin;
}

QCoro::Task<Result<std::uint64_t>> WalletClient::estimateTwin(TxRequest request, TxSeismicFill twin)
{
    const QPointer<WalletClient> self(this);
    auto encrypted = encryptTx(m_encryption, m_address, request, twin);
    if (!encrypted)
        co_return std::move(encrypted).error();
    const SignedTxSeismic signedTwin = signTxSeismic(encrypted->tx, m_signer);
    auto answer = co_await sendSigned(rpcClient(), QStringLiteral("eth_estimateGas"),
                                      signedTwin.raw, std::nullopt);
    if (!self)
        co_return clientGone();
    if (!answer)
        co_return decodeEncryptedRevert(std::move(answer).error(), m_encryption,
                                        encrypted->metadata, request.revertErrors);
    co_return rpc::decodeU64(*answer);
}

QCoro::Task<Result<WalletClient::Outgoing>> WalletClient::broadcast(PreparedTransaction prepared,
                                                                    bool renonce)
{
    const QPointer<WalletClient> self(this);
    if (prepared.from() != m_address || prepared.chainId() != chainId())
        co_return makeError(ErrorKind::InvalidArgument,
                            "the transaction was prepared by another client");
    if (!prepared.m_reservation.isHeldFrom(m_nonces))
        co_return makeError(ErrorKind::InvalidArgument,
                            "the transaction holds no nonce: it was sent already");
    if (!prepared.m_reservation.isForCurrentChain())
        co_return makeError(ErrorKind::InvalidArgument,
                            "the node now follows another chain than the one the transaction was "
                            "prepared for: prepare it again");
    // A caller-fixed encryption nonce must not encrypt a second, different AAD.
    renonce = renonce && !prepared.request().options.security.encryptionNonce;
    for (int attempt = 1;; ++attempt) {
        auto signedTx = sign(prepared);
        if (!signedTx)
            co_return std::move(signedTx).error();
        auto eth = this->eth();
        auto sent = co_await eth.sendRawTransaction(signedTx->bytes.raw);
        NonceManager::Reservation& reservation = prepared.m_reservation;
        if (!sent) {
            switch (classifySendFailure(sent.error())) {
            case SendFailure::Rejected:
                reservation.released();
                co_return std::move(sent).error();
            case SendFailure::Unknown: {
                reservation.uncertain();
                Error error = std::move(sent).error();
                error.message += " (the node may or may not have received the transaction)";
                co_return error;
            }
            case SendFailure::NonceConflict: {
                reservation.conflict();
                if (self && renonce && attempt < kMaxSendAttempts) {
                    auto fresh = co_await m_nonces->reserve();
                    if (!self)
                        co_return clientGone();
                    if (!fresh)
                        co_return std::move(fresh).error();
                    prepared.m_nonce = fresh->nonce();
                    prepared.m_reservation = std::move(fresh).value();
                    continue;
                }
                Error error = std::move(sent).error();
                error.message += " (nonce " + std::to_string(prepared.nonce()) +
                                 " is used already: prepare the transaction again)";
                co_return error;
            }
            case SendFailure::AlreadyKnown:
                // The node has exactly these bytes: this transaction is in its pool.
                reservation.sent();
                if (self)
                    m_nonces->resync();
                break;
            }
        } else {
            reservation.sent();
        }
        const Hash hash = sent ? *sent : signedTx->bytes.hash;
        if (self)
            tracker()->track(trackingRecord(prepared, hash));
        co_return Outgoing{std::move(prepared), hash, std::move(signedTx->shielded)};
    }
}

Result<WalletClient::Signed> WalletClient::sign(const PreparedTransaction& prepared) const
{
    const auto& request = prepared.request();
    Signed out;
    switch (prepared.kind()) {
    case TxKind::Shielded: {
        TxSeismicFill fill = seismicFill(prepared);
        // Fresh for every attempt: a new nonce means new metadata, hence a new encryption.
        fill.encryptionNonce =
            request.options.security.encryptionNonce.value_or(generateEncryptionNonce());
        fill.signedRead = false;
        auto encrypted = encryptTx(m_encryption, m_address, request, fill);
        if (!encrypted)
            return std::move(encrypted).error();
        SignedTxSeismic signedTx = signTxSeismic(encrypted->tx, m_signer);
        out.bytes = SignedTransaction{std::move(signedTx.raw), signedTx.hash};
        out.shielded = std::move(encrypted->tx);
        return out;
    }
    case TxKind::Eip1559: {
        Eip1559Tx tx;
        tx.chainId = prepared.chainId();
        tx.nonce = prepared.nonce();
        tx.maxPriorityFeePerGas = prepared.maxPriorityFeePerGas();
        tx.maxFeePerGas = prepared.maxFeePerGas();
        tx.gas = prepared.gas();
        tx.to = request.to;
        tx.value = request.options.value;
        tx.data = request.data;
        out.bytes = signEip1559Tx(tx, m_signer);
        return out;
    }
    case TxKind::Legacy: {
        LegacyTx tx;
        tx.chainId = prepared.chainId();
        tx.nonce = prepared.nonce();
        tx.gasPrice = prepared.gasPrice();
        tx.gas = prepared.gas();
        tx.to = request.to;
        tx.value = request.options.value;
        tx.data = request.data;
        out.bytes = signLegacyTx(tx, m_signer);
        return out;
    }
    }
    return makeError(ErrorKind::InvalidArgument, "unknown transaction kind");
}

SentTransaction WalletClient::trackingRecord(const PreparedTransaction& sent, const Hash& hash)
{
    SentTransaction record(hash);
    record.nonce = sent.nonce();
    record.expiresAtBlock = sent.expiresAtBlock();
    TxRequest call = sent.request();
    call.options.gas = sent.gas();
    // The replay is a signed read: the most the sender would pay per gas.
    call.options.gasPrice = sent.kind() == TxKind::Eip1559 ? sent.maxFeePerGas() : sent.gasPrice();
    if (!sent.isShielded())
        call.options.security = SecurityParams();
    record.call = std::move(call);
    return record;
}

} // namespace seismic::client
