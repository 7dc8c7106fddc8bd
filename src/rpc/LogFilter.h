// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "rpc/BlockId.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace seismic::rpc {

// Which logs eth_getLogs, eth_newFilter and "logs" subscriptions select. Not an aggregate (see
// RpcRequest): construct it, then set the fields.
struct LogFilter
{
    LogFilter() = default;

    // Range, for eth_getLogs and filters. Ignored when blockHash is set.
    std::optional<BlockId> fromBlock;
    std::optional<BlockId> toBlock;
    // One block only.
    std::optional<Hash> blockHash;
    // Any of these contracts; empty: any contract.
    std::vector<Address> addresses;
    // Per position: nothing = any topic, else any of the listed ones.
    std::vector<std::optional<std::vector<Hash>>> topics;

    // For eth_getLogs and eth_newFilter.
    QJsonObject toJson() const;
    // For eth_subscribe("logs", …): address and topics only.
    QJsonObject toSubscriptionJson() const;
};

} // namespace seismic::rpc
