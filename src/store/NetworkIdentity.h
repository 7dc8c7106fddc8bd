// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"
#include "core/Result.h"

#include <QtGlobal>

#include <cstdint>
#include <optional>
#include <vector>

namespace seismic::store {

class Store;

// A chain as the store tells chains apart: its id and its genesis block's hash (a devnet reset
// behind the same endpoint and chain id is another chain).
struct NetworkIdentity
{
    std::uint64_t chainId = 0;
    Hash genesisHash;

    friend bool operator==(const NetworkIdentity&, const NetworkIdentity&) = default;
};

// The store's key for `network`, added on first use.
Result<qint64> networkKey(Store& store, const NetworkIdentity& network);
// Every network recorded, oldest first.
Result<std::vector<qint64>> networkKeys(Store& store);
// The newest network recorded with this chain id (a chain reset records a newer one): what to
// show before a connection tells the genesis hash; none if the chain was never seen.
Result<std::optional<qint64>> latestNetworkKey(Store& store, std::uint64_t chainId);

} // namespace seismic::store
