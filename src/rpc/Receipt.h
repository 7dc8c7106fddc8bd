// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "core/Uint256.h"
#include "rpc/Log.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::rpc {

// A transaction receipt (eth_getTransactionReceipt).
struct Receipt
{
    Hash transactionHash;
    std::uint64_t transactionIndex = 0;
    Hash blockHash;
    std::uint64_t blockNumber = 0;
    Address from;
    std::optional<Address> to;
    std::optional<Address> contractAddress;
    std::uint64_t cumulativeGasUsed = 0;
    std::uint64_t gasUsed = 0;
    std::optional<Uint256> effectiveGasPrice;
    // 1 success, 0 reverted; absent before Byzantium.
    std::optional<std::uint64_t> status;
    std::uint64_t type = 0;
    std::vector<Log> logs;
    QJsonObject json;

    bool succeeded() const { return status.value_or(1) == 1; }

    static Result<Receipt> fromJson(const QJsonValue& value);
};

} // namespace seismic::rpc
