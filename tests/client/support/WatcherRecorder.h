// SPDX-License-Identifier: MIT
// Records what a TransferWatcher emits, and what its deliveries add up to, for the watcher
// tests.
#pragma once

#include "client/TransferWatcher.h"

#include <QObject>

#include <set>
#include <tuple>
#include <vector>

namespace testing {

// An event on the chain: transaction hash, log index, block hash.
using EventId = std::tuple<seismic::Hash, std::uint64_t, seismic::Hash>;

EventId eventId(const seismic::client::TransferEvent& event);
EventId eventId(const seismic::rpc::Log& log);

class WatcherRecorder
{
public:
    explicit WatcherRecorder(seismic::client::TransferWatcher& watcher);

    // The events present after applying every delivery in order (additions, removals).
    // `duplicates` counts deliveries of an event already present and removals of one absent:
    // zero when each event came once.
    std::set<EventId> net(int* duplicates) const;
    bool sawState(seismic::client::TransferWatcher::State state) const;

    std::vector<seismic::client::TransferEvent> events;
    int batches = 0;
    std::vector<seismic::Error> errors;
    std::vector<seismic::client::TransferWatcher::State> states;
    std::vector<quint64> caughtUp;
    std::vector<std::pair<quint64, quint64>> progress;
    std::vector<seismic::client::BlockCursor> cursors;
    std::vector<quint64> rewinds;
    // transfersReceived batches before each cursorAdvanced (the events a cursor covers came
    // first).
    std::vector<std::size_t> eventsAtCursor;

private:
    QObject m_context; // ends the connections with the recorder
};

// True if the events are in (block, log index) order.
bool inChainOrder(const std::vector<seismic::client::TransferEvent>& events);

} // namespace testing
