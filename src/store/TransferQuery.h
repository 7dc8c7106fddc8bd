// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QString>

#include <optional>

namespace seismic::store {

// Which stored transfers of a network, in which order: what the transfers page shows.
struct TransferQuery
{
    enum class Direction
    {
        All,
        Incoming, // to the account
        Outgoing, // from the account
    };
    enum class Order
    {
        Arrival, // as stored
        Block,   // block number, then log index (also the order of block times)
        Token,   // token contract
        From,
        To,
        Amount, // undecrypted amounts first
        Transaction,
    };

    qint64 network = 0;
    // The watch's scope: only transfers from or to `party`, only of `tokenContract`.
    std::optional<Address> party;
    std::optional<Address> tokenContract;
    // Case-insensitively part of the token's symbol, or the start of its contract address.
    QString token;
    // The start of the sender's or the recipient's address (hex, with or without 0x).
    QString address;
    // Relative to `account`; with none, only Direction::All matches anything.
    Direction direction = Direction::All;
    std::optional<Address> account;
    Order order = Order::Arrival;
    bool descending = false;
    // Only rows stored after `afterId` and up to `upToId` (a snapshot that later writes do not
    // move); none: no bound.
    std::optional<qint64> afterId;
    std::optional<qint64> upToId;

    friend bool operator==(const TransferQuery&, const TransferQuery&) = default;
};

} // namespace seismic::store
