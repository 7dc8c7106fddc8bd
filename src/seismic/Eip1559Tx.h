// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/PrivateKey.h"
#include "seismic/SignedTransaction.h"

#include <optional>

namespace seismic {

// A standard EIP-1559 (type 2) transaction, for transparent writes signed locally. The access
// list is always empty: nothing here needs one.
struct Eip1559Tx
{
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 maxPriorityFeePerGas;
    Uint256 maxFeePerGas;
    std::uint64_t gas = 0;
    std::optional<Address> to;
    Uint256 value;
    Bytes data;
};

Hash signingHash(const Eip1559Tx& tx);
SignedTransaction signEip1559Tx(const Eip1559Tx& tx, const PrivateKey& key);

} // namespace seismic
