// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <unordered_map>

namespace seismic::app {

// Which transfers were counted already, and at which second, so that one delivered again counts
// once and one withdrawn can be taken back: a watch that restarts further back (another viewing
// key or token list, an earlier first block) delivers blocks it delivered before, and a fan-out
// delivered in part is withdrawn and delivered again whole (client::TransferGrouper), as is a
// transfer of a reorganised block. Bounded: a transfer of a block more than kBlocks below the
// highest one seen counts as seen; keys are kept only for the blocks near the top, whose logs
// may still arrive in several deliveries (or again after a reorganisation).
class SeenTransfers
{
public:
    static constexpr quint64 kBlocks = 16;

    // True the first time the transfer `key` of `block` is offered; it is then counted at
    // `second`.
    bool firstTime(quint64 block, const client::TransferEventKey& key, qint64 second = 0);
    // Forgets a transfer that was withdrawn: the second it was counted at, none if it was not
    // counted (or is too old to be taken back).
    std::optional<qint64> forget(quint64 block, const client::TransferEventKey& key);
    void clear();

private:
    using Seconds =
        std::unordered_map<client::TransferEventKey, qint64, client::TransferEventKeyHash>;

    std::optional<quint64> m_highest;
    std::map<quint64, Seconds> m_keys;
};

} // namespace seismic::app
