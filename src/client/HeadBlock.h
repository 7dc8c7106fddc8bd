// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <QMetaType>

#include <cstdint>

namespace seismic::client {

// A chain head as ChainHead publishes it: what "now" is on the chain.
struct HeadBlock
{
    std::uint64_t number = 0;
    Hash hash;
    // Seconds since the Unix epoch, as the block says.
    std::uint64_t timestamp = 0;
};

} // namespace seismic::client

Q_DECLARE_METATYPE(seismic::client::HeadBlock)
