// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/Result.h"

#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::rpc {

// An event log as eth_getLogs, filters, receipts and "logs" subscriptions report it. Pending
// logs have no block fields; `removed` marks a log undone by a reorganisation.
struct Log
{
    Address address;
    std::vector<Hash> topics;
    Bytes data;
    std::optional<std::uint64_t> blockNumber;
    std::optional<Hash> blockHash;
    std::optional<Hash> transactionHash;
    std::optional<std::uint64_t> transactionIndex;
    std::optional<std::uint64_t> logIndex;
    // Seconds since the epoch; sent by anvil and recent geth, not by every node.
    std::optional<std::uint64_t> blockTimestamp;
    bool removed = false;

    static Result<Log> fromJson(const QJsonValue& value);
    static Result<std::vector<Log>> listFromJson(const QJsonValue& value);
};

} // namespace seismic::rpc
