// SPDX-License-Identifier: MIT
#include "store/TransferLogIndex.h"

namespace seismic::store {

void TransferLogIndex::remember(const QList<client::TransferEvent>& events)
{
    clear();
    m_events = events;
    for (qsizetype i = 0; i < m_events.size(); ++i)
        m_byKey.emplace(m_events[i].key(), i);
}

std::vector<const client::TransferEvent*>
TransferLogIndex::logsOf(const client::Transfer& transfer) const
{
    std::vector<const client::TransferEvent*> logs;
    for (std::uint64_t index = transfer.firstLogIndex;
         index < transfer.firstLogIndex + transfer.logCount; ++index) {
        const auto found = m_byKey.find({transfer.transactionHash, index});
        // A fan-out split between two batches: the earlier logs were kept with the earlier one.
        if (found != m_byKey.end())
            logs.push_back(&m_events[found->second]);
    }
    return logs;
}

void TransferLogIndex::clear()
{
    m_events.clear();
    m_byKey.clear();
}

} // namespace seismic::store
