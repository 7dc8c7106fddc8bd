// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <cstdint>

namespace seismic::client {

// A block by number and hash: where a transfer watch stopped (every event up to and including
// this block has been delivered), or a block whose hash a caller kept. The hash tells whether
// the block is still on the chain after a reorg.
struct BlockCursor
{
    std::uint64_t number = 0;
    Hash hash;

    friend bool operator==(const BlockCursor&, const BlockCursor&) = default;
};

} // namespace seismic::client
