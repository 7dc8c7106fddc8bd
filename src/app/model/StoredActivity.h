// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "store/TransferQuery.h"
#include "store/TransferRecord.h"

#include <optional>
#include <vector>

namespace seismic::store {
class TransferStore;
}

namespace seismic::app {

// How many rows each of the two reads below takes at most for the charts: the last hour of a
// busy token, and enough of the account's past for its balance line (bench_store measures it
// over a million stored transfers).
constexpr qint64 kMaxStoredActivityRows = 20'000;

// What the charts show again after a restart: the stored transfers of a watch's scope (`scope`:
// its network, party and token; its filters and order aside) since `sinceSecond`, and the
// account's transfers of that scope (its balance over time), each the newest `maxRows` stored
// at most, together in chain order (block, then log index), without withdrawn rows or
// duplicates.
Result<std::vector<store::TransferRecord>> storedActivity(const store::TransferStore& transfers,
                                                          const store::TransferQuery& scope,
                                                          const std::optional<Address>& account,
                                                          qint64 sinceSecond, qint64 maxRows);

} // namespace seismic::app
