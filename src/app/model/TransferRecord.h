// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace seismic::app {

// One Transfer event as the transfer watcher delivers it. A transfer is identified by its
// transaction hash and log index.
struct TransferRecord
{
    QDateTime time; // of the block
    quint64 blockNumber = 0;
    Address token;
    QString tokenSymbol;
    unsigned decimals = 18;
    Address from;
    Address to;
    // None for an SRC20 amount that could not be decrypted (no viewing key for it).
    std::optional<Uint256> amount;
    Hash txHash;
    quint32 logIndex = 0;
    bool removed = false; // the block was dropped by a reorg

    friend bool operator==(const TransferRecord&, const TransferRecord&) = default;
};

} // namespace seismic::app
