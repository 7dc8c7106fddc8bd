// SPDX-License-Identifier: MIT
#pragma once

#include "client/BalanceReadPermit.h"
#include "client/DebugWriteResult.h"
#include "client/EncryptedTx.h"
#include "client/PreparedTransaction.h"
#include "client/PublicClient.h"
#include "client/SentTransaction.h"
#include "client/ShieldedContract.h"
#include "client/SubmittedTransaction.h"
#include "core/PrivateKey.h"
#include "seismic/EncryptionState.h"

#include <optional>

namespace seismic::client {

class NonceManager;

// A client with a signing key (PY create_wallet_client): prepared transactions, shielded writes,
// signed reads, signed gas estimates, transparent writes, debug writes; nonces for concurrent
// sends; every sent transaction followed by tracker() to its outcome.
//
// Every transaction, signed read and estimate goes through one fill stage (alloy's fillers): the
// request is validated, then what it does not give is fetched together in one batch (the nonce
// count once per client, the latest block when the anchor, the expiry, the fees or the estimate
// need it, eth_gasPrice), then the chain id, nonce, fees, Seismic elements (anchor, expiry) and
// gas are filled in. Without a gas limit a write is estimated with eth_estimateGas([raw]) on a
// twin (a signed read with its own fresh encryption nonce, gas = the block's gas limit, anchored
// to the latest block: spec 1.2, 6.4, 6.8); the twin's nonce and ciphertext are never reused.
//
// prepare() runs the fill stage and returns what send() will sign (PreparedTransaction: the
// nonce is reserved for it); send() encrypts (shielded: a fresh encryption nonce), signs
// (messageVersion 0, or 2 with eip712), broadcasts and tracks it. The one-call writes
// (sendShieldedTransaction, sendTransparentTransaction, debugSendShieldedTransaction) are prepare
// + send, and retry a send refused for its nonce with a fresh nonce and a fresh encryption
// (unless the caller fixed the encryption nonce); send() of a prepared transaction never does:
// its nonce is the one that was shown.
//
// The chain id is fetched once, when connecting. Destroying the client ends every call with
// Cancelled (see PublicClient).
class WalletClient : public PublicClient
{
    Q_OBJECT

public:
    // Connects: fetches the TEE key (validated: a malformed key is an error and no client; a key
    // other than options.expectedTeePublicKey is TeeKeyChanged) and the chain id together, then
    // derives the encryption keys from `encryptionKey`, or from a fresh random key.
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

    // The fill stage for a write of `kind`, once: returns the transaction send() will sign, its
    // nonce reserved. TxKind::Shielded needs a recipient and a gas price within 128 bits.
    // TxKind::Eip1559 is a preference: on a chain whose latest block has no base fee, or with
    // request.options.gasPrice given, the transaction is Legacy (see kind()). EIP-1559 fees:
    // maxPriorityFeePerGas from the node, maxFeePerGas = 2 * base fee + tip. A call that would
    // fail comes back as the estimate's error (a Revert error with the decoded reason).
    QCoro::Task<Result<PreparedTransaction>> prepare(TxRequest request, TxKind kind);
    // A transaction that replaces a pending one of this account (a speed-up: the same call; a
    // cancellation: a zero-value transfer to oneself), prepared as prepare() does but with the
    // pending one's `nonce` (NonceManager::replacing(): it stays the pending one's if this is
    // never sent) and fees at least 10% above `replaced` on both fee fields, as nodes require of
    // a replacement, or the chain's current fees where those are higher. A shielded replacement
    // is anchored to the latest block with a new expiry and encrypted at send() under a fresh
    // encryption nonce, like any shielded transaction. Send it with send().
    QCoro::Task<Result<PreparedTransaction>>
    prepareReplacement(TxRequest request, TxKind kind, std::uint64_t nonce, ReplacedFees replaced);
    // Signs and broadcasts `prepared` exactly as it is (shielded: encrypted under a fresh
    // encryption nonce unless the request fixes one), then tracks it. A send refused for its
    // nonce ("nonce too low": another wallet used it meanwhile) is not retried with another
    // nonce: the error (kind and code as the node sent them, classifySendFailure() says
    // NonceConflict) tells to prepare again. InvalidArgument for a transaction prepared by
    // another client.
    QCoro::Task<Result<SubmittedTransaction>> send(PreparedTransaction prepared);

    // Shielded write (prepare + send); the transaction hash.
    QCoro::Task<Result<Hash>> sendShieldedTransaction(TxRequest request);
    // The same, plus the plaintext view and the signed TxSeismic (SDK: dwrite); it IS broadcast.
    QCoro::Task<Result<DebugWriteResult>> debugSendShieldedTransaction(TxRequest request);
    // Signed read (spec 1.3, 6.3): eth_call([raw, block]) with signedRead = true, gas
    // options().signedReadGas unless given; the result decrypted ("0x" stays empty). A revert is
    // a Revert error "execution reverted: <reason>" with the decrypted revert data.
    QCoro::Task<Result<Bytes>> signedCall(TxRequest request);
    // Signed eth_estimateGas (spec 1.4): a signed read with gas = the latest block's gas limit
    // (or options.gas as the cap). Security overrides are not applied.
    QCoro::Task<Result<std::uint64_t>> estimateGas(TxRequest request);
    // Transparent write (prepare with TxKind::Eip1559 + send; spec 6.6). No recipient: contract
    // creation.
    QCoro::Task<Result<Hash>> sendTransparentTransaction(TxRequest request);

    // Signs the permission to read this account's SRC20 balances until `expiry` (a block
    // timestamp) with one signature (SRC20 balanceOfSigned, SRC20Multicall; see
    // client/SignedBalances.h). Local: nothing is sent.
    BalanceReadPermit permitBalanceReads(Uint256 expiry) const;

    // A contract with every namespace (see ShieldedContract); eip712 makes its shielded
    // operations use messageVersion 2.
    ShieldedContract contract(Address address, ContractAbi abi, bool eip712 = false);

private:
    // What the fill stage completes the request for.
    enum class Purpose
    {
        Write,
        SignedRead,
        Estimate,
    };
    struct Filled;
    struct Signed;
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

    // The one fill stage (see the class comment); with `replacedNonce`, a write with that nonce
    // instead of a fresh one (prepareReplacement).
    QCoro::Task<Result<Filled>> fill(TxRequest request, TxKind kind, Purpose purpose,
                                     std::optional<std::uint64_t> replacedNonce = std::nullopt);
    // The signed twin of a write or estimate: a signed read of `transaction` with a fresh
    // encryption nonce, anchored to `latest`; gas = gasCap or the block's gas limit.
    TxSeismicFill twinOf(const PreparedTransaction& transaction, const rpc::Block& latest,
                         std::optional<std::uint64_t> gasCap) const;
    QCoro::Task<Result<std::uint64_t>> estimateTwin(TxRequest request, TxSeismicFill twin);
    // Signs and sends; with `renonce`, a send refused for its nonce is tried again with a fresh
    // one (a few times).
    QCoro::Task<Result<Outgoing>> broadcast(PreparedTransaction prepared, bool renonce);
    Result<Signed> sign(const PreparedTransaction& prepared) const;
    // What the tracker needs to follow a sent transaction and explain its failure.
    static SentTransaction trackingRecord(const PreparedTransaction& sent, const Hash& hash);

    PrivateKey m_signer;
    Address m_address;
    EncryptionState m_encryption;
    NonceManager* m_nonces;
};

} // namespace seismic::client
