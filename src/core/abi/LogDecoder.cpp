// SPDX-License-Identifier: MIT
#include "core/abi/LogDecoder.h"

#include <cstring>

namespace seismic {

std::size_t LogDecoder::TopicHash::operator()(const Hash& hash) const
{
    // Topics are keccak outputs: any 8 of their bytes are already uniformly distributed.
    std::size_t value = 0;
    std::memcpy(&value, hash.bytes.data(), sizeof(value));
    return value;
}

LogDecoder::LogDecoder(std::vector<AbiEvent> events)
    : m_events(std::move(events))
{
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (!m_events[i].isAnonymous())
            m_byTopic.emplace(m_events[i].topic0(), i);
}

const AbiEvent* LogDecoder::find(const Hash& topic0) const
{
    const auto found = m_byTopic.find(topic0);
    return found == m_byTopic.end() ? nullptr : &m_events[found->second];
}

Result<DecodedLog> LogDecoder::decode(std::span<const Hash> topics, ByteView data) const
{
    if (topics.empty())
        return makeError(ErrorKind::NotFound, "log has no topics, so no event can be matched");
    const AbiEvent* event = find(topics[0]);
    if (event == nullptr)
        return makeError(ErrorKind::NotFound,
                         "no event with topic0 " + topics[0].hex() + " in ABI");
    return event->decodeLog(topics, data);
}

} // namespace seismic
