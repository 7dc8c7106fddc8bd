// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace seismic::client {

enum class TransferKind
{
    Transfer, // between two accounts
    Mint,     // from the zero address
    Burn,     // to the zero address
    Approval, // owner (from) allows spender (to)
};

std::string_view transferKindName(TransferKind kind);

// Who can read an SRC20 amount, from the event's fan-out: the standard library's SRC20 emits
// one log per Intelligence provider with a key, then one for the sender, then one for the
// recipient (zero key hash and empty data for a party without a key).
struct TransferVisibility
{
    bool senderHasKey = false;
    bool recipientHasKey = false;
    std::uint32_t providers = 0;
    // False when the logs did not have that shape (a lone log, a provider log without a key):
    // the three fields above then describe only what was seen.
    bool complete = true;

    friend bool operator==(const TransferVisibility&, const TransferVisibility&) = default;
};

// One token transfer (or approval) as a person sees it: the logs of one event's fan-out
// (same transaction, token, from and to, consecutive log indexes) as one value. An ERC20
// transfer is one log. A transfer undone by a reorg is delivered again with `removed` set.
struct Transfer
{
    Address token;
    TokenKind tokenKind = TokenKind::Erc20;
    TransferKind kind = TransferKind::Transfer;
    Address from; // owner, for an approval
    Address to;   // spender, for an approval

    // Set when amountStatus is Plain or Decrypted: one of our keys opened one of the logs.
    std::optional<Uint256> amount;
    // The best of the logs' statuses: Decrypted or Plain, else Undecryptable, ForeignKey,
    // NoKey.
    AmountStatus amountStatus = AmountStatus::NoKey;
    std::optional<Error> amountError; // Undecryptable only
    // SRC20 only (an ERC20 amount is public).
    TransferVisibility visibility;

    std::uint64_t blockNumber = 0;
    Hash blockHash;
    Hash transactionHash;
    std::uint64_t firstLogIndex = 0;
    std::uint32_t logCount = 1;
    std::optional<std::uint64_t> blockTimestamp;
    bool removed = false;
    TransferDirection direction = TransferDirection::Unknown;

    // Its first log's identity.
    TransferEventKey key() const { return {transactionHash, firstLogIndex}; }
};

} // namespace seismic::client
