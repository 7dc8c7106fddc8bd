// SPDX-License-Identifier: MIT
#pragma once

#include "client/BlockCursor.h"
#include "core/Result.h"
#include "rpc/EthApi.h"

#include <QCoro/QCoroTask>

#include <cstdint>
#include <map>
#include <optional>

namespace seismic::client {

// The node does not have block `number` although it (or another node behind the same
// endpoint) reported a head at or above it: a backend behind the others. NotFound; retried.
Error blockNotYetKnown(std::uint64_t number);

// The newest block at or below `cursor` that is still on the node's chain: `cursor` itself if
// its hash is canonical, else found by walking down the old chain, whose hashes come from the
// node (an orphaned block it still knows names its parent) or from `known` (number -> hash of
// the old chain). At most `maxDepth` blocks below the cursor; nothing if none matched there.
QCoro::Task<Result<std::optional<BlockCursor>>>
findCommonAncestor(rpc::EthApi eth, BlockCursor cursor, std::map<std::uint64_t, Hash> known,
                   std::uint64_t maxDepth);

} // namespace seismic::client
