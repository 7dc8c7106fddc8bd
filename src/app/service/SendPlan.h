// SPDX-License-Identifier: MIT
#pragma once

#include "app/view/SendRequest.h"
#include "core/FixedBytes.h"

#include <cstdint>
#include <optional>

namespace seismic::app {

// A send request completed with everything the confirmation shows and the transaction is then
// signed with: the nonce it should get, the signed gas estimate, the gas price, the maximum fee
// and, for a shielded transaction, its anchor block and expiry block.
struct SendPlan
{
    SendRequest request;
    Address from;
    bool shielded = false;
    std::uint64_t nonce = 0;
    std::uint64_t gas = 0;
    Uint256 gasPrice = 0;
    // Shielded: the last block that may include it, and the recent block it is anchored to.
    std::optional<std::uint64_t> expiresAtBlock;
    std::optional<Bytes32> recentBlockHash;
    // The block the plan was made at.
    std::uint64_t latestBlock = 0;

    // gas * gasPrice: the most the transaction can cost in fees, in wei.
    Uint256 maxFee() const { return Uint256(gas) * gasPrice; }
};

} // namespace seismic::app
