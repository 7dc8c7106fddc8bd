// SPDX-License-Identifier: MIT
#pragma once

#include "client/Transfer.h"
#include "client/TransferEvent.h"

#include <QList>

#include <unordered_map>
#include <vector>

namespace seismic::store {

// Pairs a watcher's grouped transfers with the per-log events of the same batch (the watcher
// emits transfersReceived, then groupedTransfersReceived): remember() the logs, then take the
// fan-out of each transfer with logsOf().
class TransferLogIndex
{
public:
    void remember(const QList<client::TransferEvent>& events);
    // The logs of `transfer` among the remembered ones, in log order.
    std::vector<const client::TransferEvent*> logsOf(const client::Transfer& transfer) const;
    void clear();

private:
    QList<client::TransferEvent> m_events;
    std::unordered_map<client::TransferEventKey, qsizetype, client::TransferEventKeyHash> m_byKey;
};

} // namespace seismic::store
