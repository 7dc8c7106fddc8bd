// SPDX-License-Identifier: MIT
#pragma once

#include "client/TokenSpec.h"
#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Error.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

namespace seismic::client {

enum class TransferEventKind
{
    Transfer, // from -> to
    Approval, // owner (from) allows spender (to)
};

// What became of the amount.
enum class AmountStatus
{
    Plain,         // ERC20: in the log as it is
    Decrypted,     // SRC20, under one of the watcher's viewing keys
    NoKey,         // SRC20, the party has no registered key: zero topic 3, empty payload
    ForeignKey,    // SRC20, encrypted under a key the watcher does not hold (monitoring)
    Undecryptable, // SRC20, under one of our key hashes but it does not decrypt: see amountError
};

// Relative to the accounts the watcher was given.
enum class TransferDirection
{
    Unknown,  // no account given
    Incoming, // to one of them, from someone else
    Outgoing, // from one of them, to someone else
    Self,     // from and to are both ours
    Other,    // neither is ours
};

std::string_view transferEventKindName(TransferEventKind kind);
std::string_view amountStatusName(AmountStatus status);
std::string_view transferDirectionName(TransferDirection direction);

// Identity of an event on the chain: the same log seen twice (backfill and subscription,
// two overlapping filters, a reconnect) has the same key.
struct TransferEventKey
{
    Hash transactionHash;
    std::uint64_t logIndex = 0;

    friend auto operator<=>(const TransferEventKey&, const TransferEventKey&) = default;
};

struct TransferEventKeyHash
{
    std::size_t operator()(const TransferEventKey& key) const noexcept
    {
        // A transaction hash is uniformly random already.
        std::size_t head;
        std::memcpy(&head, key.transactionHash.bytes.data(), sizeof head);
        return head ^ (key.logIndex * 0x9e3779b97f4a7c15ULL);
    }
};

// One Transfer (or Approval) log of a watched token, decoded. A log undone by a reorg is
// delivered again with `removed` set.
struct TransferEvent
{
    Address token;
    TokenKind tokenKind = TokenKind::Erc20;
    TransferEventKind kind = TransferEventKind::Transfer;
    Address from; // owner, for an approval
    Address to;   // spender, for an approval

    // Set when amountStatus is Plain or Decrypted.
    std::optional<Uint256> amount;
    AmountStatus amountStatus = AmountStatus::Plain;
    // Why the amount did not decrypt (Undecryptable only).
    std::optional<Error> amountError;
    // SRC20: topic 3, keccak256 of the viewing key the payload is under (zero: keyless party).
    Hash encryptKeyHash;
    // SRC20: the payload as emitted, ciphertext || tag || nonce(12); empty for a keyless party.
    Bytes encryptedAmount;

    std::uint64_t blockNumber = 0;
    Hash blockHash;
    Hash transactionHash;
    std::uint64_t logIndex = 0;
    std::optional<std::uint64_t> blockTimestamp; // seconds, when the node sends it
    bool removed = false;
    TransferDirection direction = TransferDirection::Unknown;

    TransferEventKey key() const { return {transactionHash, logIndex}; }
};

} // namespace seismic::client
