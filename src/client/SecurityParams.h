// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "seismic/SeismicElements.h"

#include <cstdint>
#include <optional>

namespace seismic::client {

// Caller overrides of the seismic elements of a shielded write or signed read (spec 7.3).
// Unset fields are filled from the chain: a fresh random encryption nonce, the latest block's
// hash, latest block number + window. If both recentBlockHash and expiresAtBlock are given the
// latest block is not fetched. Never applied to the gas-estimate twin.
struct SecurityParams
{
    SecurityParams() = default;

    // First byte must not be zero (spec 2.5). Reusing a nonce across transactions reuses the
    // AES-GCM key stream: only for reproducible tests.
    std::optional<EncryptionNonce> encryptionNonce;
    std::optional<Bytes32> recentBlockHash;
    std::optional<std::uint64_t> expiresAtBlock;
    // Blocks after the latest one the transaction stays valid; 0 means "not set" (as in PY).
    std::optional<std::uint64_t> blocksWindow;

    // Checks the encryption nonce; InvalidArgument else.
    Status validate() const;
    // Whether the latest block is needed to fill the anchor and the expiry.
    bool needsLatestBlock() const { return !recentBlockHash || !expiresAtBlock; }
};

} // namespace seismic::client
