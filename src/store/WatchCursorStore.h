// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"
#include "core/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace seismic::client {
struct TransferWatchOptions;
} // namespace seismic::client

namespace seismic::store {

class Store;

// Where a watch stopped: every transfer up to and including this block has been stored.
struct WatchCursor
{
    // The watch's filter in a canonical text form (tokens, accounts, key hashes): a watch with
    // another filter has not seen the same transfers, so it has a cursor of its own.
    QString watch;
    std::uint64_t blockNumber = 0;
    // None when the block's hash was not known (the cursor then cannot detect a reorg below it).
    std::optional<Hash> blockHash;

    friend bool operator==(const WatchCursor&, const WatchCursor&) = default;
};

// The canonical text of a watch's filter (its tokens, accounts and viewing keys, in any order;
// not where it starts): WatchCursor::watch.
QString watchNameOf(const client::TransferWatchOptions& options);

// One cursor per (network, watch).
class WatchCursorStore
{
public:
    static constexpr qsizetype kMaxWatchLength = 65536;

    explicit WatchCursorStore(Store& store);

    Result<std::optional<WatchCursor>> load(qint64 network, const QString& watch) const;
    // Replaces the watch's cursor. Inside Store::transaction() it commits with the transfers it
    // covers; outside, it is a transaction of its own.
    Status save(qint64 network, const WatchCursor& cursor);

private:
    Store& m_store;
};

} // namespace seismic::store
