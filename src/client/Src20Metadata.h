// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <cstdint>
#include <string>

namespace seismic::client {

// An SRC20 token's name, symbol and decimals as read on chain, validated before anything shows
// them or does arithmetic with them.
struct Src20Metadata
{
    std::string name;
    std::string symbol;
    std::uint8_t decimals = 0;

    // Decode errors: decimals above 77 (10^decimals would not fit in 256 bits), a name or symbol
    // that is empty, longer than 64 bytes, not UTF-8, or holds control or markup characters
    // (<, >, &).
    Status validate() const;
};

} // namespace seismic::client
