// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiEvent.h"

#include <unordered_map>

namespace seismic {

// Decodes logs of any of a set of events, picked by topic0 (hash lookup). Anonymous events
// have no topic0 and are never picked: decode those with AbiEvent::decodeLog directly.
class LogDecoder
{
public:
    LogDecoder() = default;
    explicit LogDecoder(std::vector<AbiEvent> events);

    // The event whose topic0 this is, or nullptr.
    const AbiEvent* find(const Hash& topic0) const;
    // NotFound when the log has no topics or its topic0 is none of the events'; otherwise
    // AbiEvent::decodeLog.
    Result<DecodedLog> decode(std::span<const Hash> topics, ByteView data) const;

private:
    struct TopicHash
    {
        std::size_t operator()(const Hash& hash) const;
    };

    std::vector<AbiEvent> m_events;
    std::unordered_map<Hash, std::size_t, TopicHash> m_byTopic;
};

} // namespace seismic
