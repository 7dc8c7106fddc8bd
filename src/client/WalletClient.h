// SPDX-License-Identifier: MIT
#pragma once

#include "client/DebugWriteResult.h"
#include "client/PublicClient.h"
#include "client/SentTransaction.h"
#include "client/ShieldedContract.h"
#include "core/PrivateKey.h"
#include "seismic/EncryptionState.h"

#include <optional>

namespace seismic::client {

class NonceManager;

// A client with a signing key (PY create_wallet_client): shielded writes, signed reads, signed
// gas estimates, transparent writes, debug writes; nonces for concurrent sends; every sent
// transaction followed by tracker() to its outcome.
//
// Shielded write (spec 1.2, 6.8): the nonce count (once), the latest block and eth_gasPrice are
// fetched together; if no gas is given, a twin of the transaction (signedRead = true, its own
// fresh encryption nonce, gas = the block's gas limit) is estimated with eth_estimateGas([raw]);
// then the nonce is reserved, the calldata encrypted under the metadata (AAD), the TxSeismic
// signed (messageVersion 0, or 2 with eip712) and sent with eth_sendRawTransaction. The twin's
// nonce and ciphertext are never reused. A send refused for its nonce is retried with a fresh
// nonce and a fresh encryption (unless the caller fixed the encryption nonce).
//
// The chain id is fetched once, when connecting. Destroying the client ends every call with
// Cancelled (see PublicClient).
class WalletClient : public PublicClient
{
    Q_OBJECT

public:
    // Connects: fetches the TEE key (validated: a malformed key is an error and no client) and
    // the chain id together, then derives the encryption keys from `encryptionKey`, or from a
    // fresh random key.
    static QCoro::Task<Result<std::unique_ptr<WalletClient>>>
    connect(ClientOptions options, PrivateKey signer,
            std::optional<PrivateKey> encryptionKey = std::nullopt);
    // The same over a transport built by the caller (custom stacks; MockTransport in tests).
    static QCoro::Task<Result<std::unique_ptr<WalletClient>>>
    connect(std::unique_ptr<rpc::Transport> transport, ClientOptions options, PrivateKey signer,
            std::optional<PrivateKey> encryptionKey = std::nullopt);
    // Without I/O, for a network whose TEE key and chain id are known (pinned).
    static Result<std::unique_ptr<WalletClient>>
    create(ClientOptions options, PrivateKey signer, PublicKey teePublicKey, std::uint64_t chainId,
           std::optional<PrivateKey> encryptionKey = std::nullopt);
    static Result<std::unique_ptr<WalletClient>>
    create(std::unique_ptr<rpc::Transport> transport, ClientOptions options, PrivateKey signer,
           PublicKey teePublicKey, std::uint64_t chainId,
           std::optional<PrivateKey> encryptionKey = std::nullopt);

    ~WalletClient() override;

    // The signer's address: the sender of every transaction and signed read.
    const Address& address() const { return m_address; }
    const EncryptionState& encryption() const { return m_encryption; }
    NonceManager* nonces() const { return m_nonces; }

    // Shielded write; the transaction hash.
    QCoro::Task<Result<Hash>> sendShieldedTransaction(TxRequest request);
    // The same, plus the plaintext view and the signed TxSeismic (PY dwrite); it IS broadcast.
    QCoro::Task<Result<DebugWriteResult>> debugSendShieldedTransaction(TxRequest request);
    // Signed read (spec 1.3, 6.3): eth_call([raw, block]) with signedRead = true, gas
    // options().signedReadGas unless given; the result decrypted ("0x" stays empty). A revert is
    // a Revert error "execution reverted: <reason>" with the decrypted revert data.
    QCoro::Task<Result<Bytes>> signedCall(TxRequest request);
    // Signed eth_estimateGas (spec 1.4): a signed read with gas = the latest block's gas limit
    // (or options.gas as the cap). Security overrides are not applied.
    QCoro::Task<Result<std::uint64_t>> estimateGas(TxRequest request);
    // Transparent write, signed here (spec 6.6): EIP-1559 when the latest block has a base fee
    // (maxPriorityFeePerGas from the node, maxFeePerGas = 2 * baseFee + tip), legacy otherwise
    // or when options.gasPrice is given; gas from the provisional TxSeismic estimate (spec 6.4)
    // unless given. No recipient: contract creation.
    QCoro::Task<Result<Hash>> sendTransparentTransaction(TxRequest request);

    // A contract with every namespace (write, read, swrite, sread, twrite, tread, dwrite);
    // eip712 makes its shielded operations use messageVersion 2.
    ShieldedContract contract(Address address, ContractAbi abi, bool eip712 = false);

private:
    struct ShieldedPlan;
    struct TransparentPlan;
    struct Outgoing;

    WalletClient(std::unique_ptr<rpc::RpcClient> rpc, ClientOptions options, PrivateKey signer,
                 EncryptionState encryption, std::uint64_t chainId);

    static QCoro::Task<Result<std::unique_ptr<WalletClient>>>
    connectOver(Result<std::unique_ptr<rpc::RpcClient>> rpc, ClientOptions options,
                PrivateKey signer, std::optional<PrivateKey> encryptionKey);
    static Result<std::unique_ptr<WalletClient>>
    createOver(Result<std::unique_ptr<rpc::RpcClient>> rpc, ClientOptions options,
               PrivateKey signer, PublicKey teePublicKey, std::uint64_t chainId,
               std::optional<PrivateKey> encryptionKey);

    QCoro::Task<Result<DebugWriteResult>> shieldedWrite(TxRequest request);
    // The signed estimate of a twin of `request` (signedRead, fresh encryption nonce, anchored to
    // `latest`); gas = gasCap or the block's gas limit.
    QCoro::Task<Result<std::uint64_t>> estimateTwin(TxRequest request, Uint256 gasPrice,
                                                    rpc::Block latest,
                                                    std::optional<std::uint64_t> gasCap);
    QCoro::Task<Result<std::uint64_t>> gasFor(TxRequest request, Uint256 gasPrice,
                                              rpc::Block latest);
    // Reserves a nonce, signs, sends; retries with a fresh nonce after a nonce conflict.
    template<typename Plan>
    QCoro::Task<Result<Outgoing>> broadcast(Plan plan);
    Result<Outgoing> sign(const ShieldedPlan& plan, std::uint64_t nonce) const;
    Result<Outgoing> sign(const TransparentPlan& plan, std::uint64_t nonce) const;
    static bool mayRetry(const ShieldedPlan& plan);
    static bool mayRetry(const TransparentPlan& plan);
    static SentTransaction describe(const ShieldedPlan& plan, const Outgoing& outgoing);
    static SentTransaction describe(const TransparentPlan& plan, const Outgoing& outgoing);

    PrivateKey m_signer;
    Address m_address;
    EncryptionState m_encryption;
    NonceManager* m_nonces;
};

} // namespace seismic::client
