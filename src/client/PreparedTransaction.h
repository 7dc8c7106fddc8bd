// SPDX-License-Identifier: MIT
#pragma once

#include "client/NonceManager.h"
#include "client/TxRequest.h"
#include "core/Address.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace seismic::client {

// What goes on the wire.
enum class TxKind
{
    Shielded, // a Seismic transaction (type 0x4a): the calldata encrypted for the network
    Eip1559,  // a transparent type-2 transaction: maxFeePerGas and maxPriorityFeePerGas
    Legacy,   // a transparent type-0 transaction: one gas price
};

// "shielded", "eip1559", "legacy".
std::string_view txKindName(TxKind kind);

// The fees of a pending transaction that its replacement (WalletClient::prepareReplacement) must
// outbid. A shielded or legacy transaction pays one gas price: give it as both.
struct ReplacedFees
{
    Uint256 maxFeePerGas = 0;
    Uint256 maxPriorityFeePerGas = 0;
};

// A transaction completed by WalletClient::prepare() from the chain, once, and signed exactly as
// it is by WalletClient::send(): what a confirmation shows is what is sent.
//
// Nonces: prepare() reserves the nonce in the client's NonceManager and this object holds the
// reservation, so transactions prepared one after the other (or concurrently) get consecutive
// nonces and each is sent with the nonce it showed, whatever order they are sent in. Dropping a
// prepared transaction unsent releases its nonce: the next prepare() takes it again, so a
// cancelled confirmation leaves no gap. Move-only, because the reservation is. Until it is sent
// (or dropped) a prepared transaction holds back the ones prepared after it: the node keeps them
// queued behind the missing nonce.
//
// What is encrypted is decided at send: a shielded transaction gets a fresh encryption nonce there
// (unless the request fixes one), so data() is the plaintext calldata.
class PreparedTransaction
{
public:
    PreparedTransaction(PreparedTransaction&&) noexcept = default;
    PreparedTransaction& operator=(PreparedTransaction&&) noexcept = default;
    PreparedTransaction(const PreparedTransaction&) = delete;
    PreparedTransaction& operator=(const PreparedTransaction&) = delete;
    ~PreparedTransaction() = default;

    TxKind kind() const { return m_kind; }
    bool isShielded() const { return m_kind == TxKind::Shielded; }
    std::uint64_t chainId() const { return m_chainId; }
    // The signer.
    const Address& from() const { return m_from; }
    // None: contract creation (transparent only).
    const std::optional<Address>& to() const { return m_request.to; }
    const Uint256& value() const { return m_request.options.value; }
    // The plaintext calldata.
    const Bytes& data() const { return m_request.data; }
    std::uint64_t nonce() const { return m_nonce; }
    // The gas limit: the caller's, else the signed estimate.
    std::uint64_t gas() const { return m_gas; }
    // Shielded and Legacy: the price per gas.
    const Uint256& gasPrice() const { return m_gasPrice; }
    // Eip1559: 2 * base fee + tip, and the tip.
    const Uint256& maxFeePerGas() const { return m_maxFeePerGas; }
    const Uint256& maxPriorityFeePerGas() const { return m_maxPriorityFeePerGas; }
    // Shielded: the block the transaction is anchored to and the last block that may include it.
    const std::optional<Bytes32>& recentBlockHash() const { return m_recentBlockHash; }
    const std::optional<std::uint64_t>& expiresAtBlock() const { return m_expiresAtBlock; }
    // The latest block when it was prepared (none if nothing needed it: a shielded transaction
    // with gas, anchor and expiry all given).
    const std::optional<std::uint64_t>& preparedAtBlock() const { return m_preparedAtBlock; }
    // The most the fees can cost, in wei: gas * gasPrice, or gas * maxFeePerGas.
    Uint256 maxFee() const;
    // The request as the caller gave it (security parameters, EIP-712, custom errors included).
    const TxRequest& request() const { return m_request; }

private:
    friend class WalletClient;
    PreparedTransaction() = default;

    TxKind m_kind = TxKind::Shielded;
    std::uint64_t m_chainId = 0;
    Address m_from;
    TxRequest m_request;
    std::uint64_t m_nonce = 0;
    std::uint64_t m_gas = 0;
    Uint256 m_gasPrice = 0;
    Uint256 m_maxFeePerGas = 0;
    Uint256 m_maxPriorityFeePerGas = 0;
    std::optional<Bytes32> m_recentBlockHash;
    std::optional<std::uint64_t> m_expiresAtBlock;
    std::optional<std::uint64_t> m_preparedAtBlock;
    // Writes only; empty once sent.
    NonceManager::Reservation m_reservation;
};

} // namespace seismic::client
