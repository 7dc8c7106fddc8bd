// SPDX-License-Identifier: MIT
#include "WebSocketFrameTracker.h"

namespace soak {

bool WebSocketFrameTracker::headerComplete(const State& state, std::uint64_t* frameLength)
{
    if (state.headerLength < 2)
        return false;
    const bool masked = (state.header[1] & 0x80) != 0;
    const unsigned lengthCode = state.header[1] & 0x7f;
    const int extended = lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
    const int needed = 2 + extended + (masked ? 4 : 0);
    if (state.headerLength < needed)
        return false;
    std::uint64_t payload = lengthCode;
    if (extended) {
        payload = 0;
        for (int i = 0; i < extended; ++i)
            payload = (payload << 8) | state.header[2 + i];
    }
    *frameLength = static_cast<std::uint64_t>(needed) + payload;
    return true;
}

void WebSocketFrameTracker::advance(State& state, QByteArrayView bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        if (state.remaining > 0) {
            const auto take = std::min<std::uint64_t>(
                state.remaining, static_cast<std::uint64_t>(bytes.size() - at));
            state.remaining -= take;
            state.position += take;
            at += static_cast<qsizetype>(take);
            continue;
        }
        // At a boundary or inside a header: collect header bytes until its length is known.
        state.header[state.headerLength++] = static_cast<unsigned char>(bytes[at++]);
        ++state.position;
        std::uint64_t frameLength = 0;
        if (headerComplete(state, &frameLength)) {
            state.remaining = frameLength - static_cast<std::uint64_t>(state.headerLength);
            state.headerLength = 0;
        }
    }
}

void WebSocketFrameTracker::feed(QByteArrayView bytes)
{
    advance(m_state, bytes);
}

bool WebSocketFrameTracker::cutsAFrame(QByteArrayView chunk, std::uint64_t offset) const
{
    State after = m_state;
    advance(after, chunk.first(static_cast<qsizetype>(offset)));
    return after.remaining > 0 || after.headerLength > 0;
}

} // namespace soak
