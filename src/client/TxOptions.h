// SPDX-License-Identifier: MIT
#pragma once

#include "client/SecurityParams.h"
#include "core/Uint256.h"
#include "rpc/BlockId.h"

#include <cstdint>
#include <optional>

namespace seismic::client {

// Per-call options of writes, reads and estimates (the PY options value, gas, gas_price,
// security). Not an aggregate (see rpc::RpcRequest).
struct TxOptions
{
    TxOptions() = default;

    Uint256 value = 0;
    // Writes: estimated (signed eth_estimateGas) when absent. Signed reads: the client's
    // signedReadGas (30,000,000) when absent.
    std::optional<std::uint64_t> gas;
    // Shielded transactions and signed reads: eth_gasPrice when absent. Transparent writes: a
    // legacy transaction at this price when given, else EIP-1559 fees where the chain has a
    // base fee.
    std::optional<Uint256> gasPrice;
    // Seismic element overrides; shielded writes and signed reads only.
    SecurityParams security;
    // Sign shielded transactions and signed reads as EIP-712 typed data (messageVersion 2).
    bool eip712 = false;
    // Reads only: the block the call runs against.
    rpc::BlockId block = rpc::BlockId::latest();
};

} // namespace seismic::client
