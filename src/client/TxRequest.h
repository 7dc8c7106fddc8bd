// SPDX-License-Identifier: MIT
#pragma once

#include "client/TxOptions.h"
#include "core/Address.h"
#include "core/Bytes.h"
#include "core/abi/AbiError.h"

#include <optional>
#include <vector>

namespace seismic::client {

// One call or transaction as the caller means it: recipient and PLAINTEXT calldata, plus
// options. The client encrypts the calldata for shielded writes and signed reads.
struct TxRequest
{
    TxRequest() = default;
    TxRequest(std::optional<Address> to, Bytes data, TxOptions options = {})
        : to(std::move(to))
        , data(std::move(data))
        , options(std::move(options))
    {}

    // None: contract creation (transparent writes only; Seismic transactions cannot deploy).
    std::optional<Address> to;
    Bytes data;
    TxOptions options;
    // Custom errors of the target's ABI, to decode revert data with.
    std::vector<AbiError> revertErrors;
};

} // namespace seismic::client
