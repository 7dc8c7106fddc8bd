// SPDX-License-Identifier: MIT
// Where the WebSocket frames of one direction of a connection begin and end, from the bytes as
// they pass (after the HTTP upgrade), so that a cut can be placed inside a frame.
#pragma once

#include <QByteArrayView>

#include <algorithm>
#include <cstdint>

namespace soak {

class WebSocketFrameTracker
{
public:
    // The next `bytes` of the stream (frame headers and payloads, any split).
    void feed(QByteArrayView bytes);
    // Bytes fed so far.
    std::uint64_t position() const { return m_state.position; }
    // Whether a cut after `offset` bytes of the next chunk (0 < offset < its size) falls strictly
    // inside a frame; the chunk must not have been fed yet.
    bool cutsAFrame(QByteArrayView chunk, std::uint64_t offset) const;

private:
    struct State
    {
        std::uint64_t position = 0;
        // Bytes of the current frame still to come; 0: at a frame boundary.
        std::uint64_t remaining = 0;
        // The header being read (at most 14 bytes) while remaining is 0.
        unsigned char header[14] = {};
        int headerLength = 0;
    };
    static void advance(State& state, QByteArrayView bytes);
    // The whole header length and payload length, once enough of the header is known.
    static bool headerComplete(const State& state, std::uint64_t* frameLength);

    State m_state;
};

} // namespace soak
