// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Uint256.h"

#include <QJsonObject>

#include <cstdint>
#include <optional>

namespace seismic::rpc {

// The transaction-like object of eth_call and eth_estimateGas. Not an aggregate (see
// RpcRequest): construct it, then set the fields.
struct CallRequest
{
    CallRequest() = default;

    std::optional<Address> from;
    std::optional<Address> to; // none: contract creation
    std::optional<std::uint64_t> gas;
    std::optional<Uint256> gasPrice;
    std::optional<Uint256> maxFeePerGas;
    std::optional<Uint256> maxPriorityFeePerGas;
    std::optional<Uint256> value;
    Bytes data;
    // Further fields sent as they are (a transaction type's own fields).
    QJsonObject extra;

    QJsonObject toJson() const;
};

} // namespace seismic::rpc
