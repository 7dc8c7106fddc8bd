// SPDX-License-Identifier: MIT
#include "WatcherRecorder.h"

#include <algorithm>

namespace testing {

using seismic::client::TransferEvent;
using seismic::client::TransferWatcher;

EventId eventId(const TransferEvent& event)
{
    return {event.transactionHash, event.logIndex, event.blockHash};
}

EventId eventId(const seismic::rpc::Log& log)
{
    return {log.transactionHash.value_or(seismic::Hash()), log.logIndex.value_or(0),
            log.blockHash.value_or(seismic::Hash())};
}

WatcherRecorder::WatcherRecorder(TransferWatcher& watcher)
{
    QObject::connect(&watcher, &TransferWatcher::transfersReceived, &m_context,
                     [this](const QList<TransferEvent>& batch) {
                         ++batches;
                         events.insert(events.end(), batch.begin(), batch.end());
                     });
    QObject::connect(&watcher, &TransferWatcher::errorOccurred, &m_context,
                     [this](const seismic::Error& error) { errors.push_back(error); });
    QObject::connect(&watcher, &TransferWatcher::stateChanged, &m_context,
                     [this](TransferWatcher::State state) { states.push_back(state); });
    QObject::connect(&watcher, &TransferWatcher::caughtUp, &m_context,
                     [this](quint64 head) { caughtUp.push_back(head); });
    QObject::connect(&watcher, &TransferWatcher::backfillProgress, &m_context,
                     [this](quint64 block, quint64 head) { progress.emplace_back(block, head); });
    QObject::connect(&watcher, &TransferWatcher::cursorAdvanced, &m_context,
                     [this](const seismic::client::BlockCursor& cursor) {
                         cursors.push_back(cursor);
                         eventsAtCursor.push_back(events.size());
                     });
    QObject::connect(&watcher, &TransferWatcher::rewound, &m_context,
                     [this](quint64 block) { rewinds.push_back(block); });
}

std::set<EventId> WatcherRecorder::net(int* duplicates) const
{
    std::set<EventId> present;
    *duplicates = 0;
    for (const auto& event : events) {
        const auto id = eventId(event);
        if (event.removed)
            *duplicates += present.erase(id) == 1 ? 0 : 1;
        else
            *duplicates += present.insert(id).second ? 0 : 1;
    }
    return present;
}

bool WatcherRecorder::sawState(TransferWatcher::State state) const
{
    return std::find(states.begin(), states.end(), state) != states.end();
}

bool inChainOrder(const std::vector<TransferEvent>& events)
{
    for (std::size_t i = 1; i < events.size(); ++i) {
        if (std::pair(events[i].blockNumber, events[i].logIndex) <
            std::pair(events[i - 1].blockNumber, events[i - 1].logIndex))
            return false;
    }
    return true;
}

} // namespace testing
