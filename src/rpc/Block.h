// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "core/Uint256.h"
#include "rpc/Transaction.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::rpc {

// A block from eth_getBlockBy*, or a header from a newHeads notification (no transactions).
struct Block
{
    std::optional<std::uint64_t> number; // none for the pending block
    std::optional<Hash> hash;            // none for the pending block
    Hash parentHash;
    std::uint64_t timestamp = 0;
    Address miner;
    std::uint64_t gasLimit = 0;
    std::uint64_t gasUsed = 0;
    std::optional<Uint256> baseFeePerGas; // since London
    // The block's transactions by hash, whether the node sent hashes or full objects.
    std::vector<Hash> transactionHashes;
    // Full objects, when asked for.
    std::vector<Transaction> transactions;
    QJsonObject json;

    static Result<Block> fromJson(const QJsonValue& value);
};

} // namespace seismic::rpc
