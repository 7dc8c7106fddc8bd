// SPDX-License-Identifier: MIT
#pragma once

#include "client/Transfer.h"
#include "client/TransferEvent.h"

#include <QList>

#include <optional>
#include <vector>

namespace seismic::client {

// Turns per-log TransferEvents (a watcher's batches, in chain order) into one Transfer per
// transfer: the consecutive logs of one SRC20 event's fan-out (same transaction, block, token,
// kind, from and to; log indexes one apart; all added or all removed) become one value.
//
// Several identical transfers in one transaction (same from and to) form one run of logs; it
// is cut into transfers by the shortest period of its key hashes (every transfer of a run has
// the same providers). A run whose logs are [p1, p2, p1, p2] is read as two transfers without
// providers, not one whose sender and recipient hold the two providers' keys.
//
// A run still open at the end of a batch (its next log may come in the next one) is delivered
// as it stands. If the next batch extends it, what was delivered from it is withdrawn (copies
// with `removed` set, same keys) and the run delivered again: a consumer keyed by
// Transfer::key() updates in place. Removals (a reorg) are grouped the same way.
class TransferGrouper
{
public:
    TransferGrouper() = default;

    // The transfers (and withdrawals) for the next batch of events.
    QList<Transfer> add(const QList<TransferEvent>& events);

    // Groups a complete run of logs (one transfer or several identical ones) on its own.
    static std::vector<Transfer> group(const std::vector<TransferEvent>& run);

private:
    struct Run
    {
        std::vector<TransferEvent> events;
        std::vector<Transfer> delivered; // what the last publish() gave out
    };

    static bool extends(const TransferEvent& last, const TransferEvent& next);
    static Transfer merge(const TransferEvent* first, std::size_t count);
    static void publish(Run& run, QList<Transfer>& out);

    std::optional<Run> m_open;
};

} // namespace seismic::client
