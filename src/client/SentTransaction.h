// SPDX-License-Identifier: MIT
#pragma once

#include "client/TxRequest.h"
#include "core/FixedBytes.h"

#include <cstdint>
#include <optional>

namespace seismic::client {

// What the client remembers of a transaction it sent, so that a tracker can tell when it expired
// and, when it failed, replay it as a signed read to learn why.
struct SentTransaction
{
    SentTransaction() = default;
    explicit SentTransaction(Hash hash)
        : hash(hash)
    {}

    Hash hash;
    std::optional<std::uint64_t> nonce;
    // Shielded transactions: the last block that may include it.
    std::optional<std::uint64_t> expiresAtBlock;
    // The call with its plaintext calldata, to replay at the block before the one that included
    // a failed transaction.
    std::optional<TxRequest> call;
};

} // namespace seismic::client
