// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/PrivateKey.h"
#include "seismic/SignedTransaction.h"

#include <optional>

namespace seismic {

// A legacy transaction with EIP-155 replay protection, for nodes without EIP-1559.
struct LegacyTx
{
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 gasPrice;
    std::uint64_t gas = 0;
    std::optional<Address> to;
    Uint256 value;
    Bytes data;
};

Hash signingHash(const LegacyTx& tx);
SignedTransaction signLegacyTx(const LegacyTx& tx, const PrivateKey& key);

} // namespace seismic
