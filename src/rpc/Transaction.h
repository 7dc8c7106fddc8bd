// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Result.h"
#include "core/Uint256.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>

namespace seismic::rpc {

// A transaction as eth_getTransactionByHash and full blocks report it. Fields of transaction
// types this layer does not model stay readable in `json`.
struct Transaction
{
    Hash hash;
    std::uint64_t type = 0;
    std::uint64_t nonce = 0;
    Address from;
    std::optional<Address> to; // none for contract creation
    Uint256 value;
    std::uint64_t gas = 0;
    std::optional<Uint256> gasPrice;
    std::optional<Uint256> maxFeePerGas;
    std::optional<Uint256> maxPriorityFeePerGas;
    std::optional<std::uint64_t> chainId;
    Bytes input;
    // Absent while pending.
    std::optional<Hash> blockHash;
    std::optional<std::uint64_t> blockNumber;
    std::optional<std::uint64_t> transactionIndex;
    QJsonObject json;

    static Result<Transaction> fromJson(const QJsonValue& value);
};

} // namespace seismic::rpc
