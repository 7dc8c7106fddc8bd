// SPDX-License-Identifier: MIT
#pragma once

#include "client/TransferEvent.h"

#include <QtGlobal>

#include <map>
#include <optional>
#include <unordered_set>

namespace seismic::app {

// Which transfers were counted already, so that one delivered again counts once: a watch that
// restarts further back (another viewing key or token list, an earlier first block) delivers
// blocks it delivered before. Bounded: a transfer of a block more than kBlocks below the highest
// one seen counts as seen; keys are kept only for the blocks near the top, whose logs may still
// arrive in several deliveries (or again after a reorganisation).
class SeenTransfers
{
public:
    static constexpr quint64 kBlocks = 16;

    // True the first time the transfer `key` of `block` is offered.
    bool firstTime(quint64 block, const client::TransferEventKey& key);
    void clear();

private:
    std::optional<quint64> m_highest;
    std::map<quint64, std::unordered_set<client::TransferEventKey, client::TransferEventKeyHash>>
        m_keys;
};

} // namespace seismic::app
