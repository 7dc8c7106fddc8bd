// SPDX-License-Identifier: MIT
#pragma once

#include "core/Uint256.h"

namespace seismic {

// "1.5" with 18 decimals -> 1500000000000000000. More fractional digits than `decimals`,
// signs, exponents, empty parts or overflow are errors: amounts are never rounded.
Result<Uint256> parseUnits(std::string_view text, unsigned decimals);

// 1500000000000000000 with 18 decimals -> "1.5" (trailing fractional zeros trimmed; "0" for 0).
std::string formatUnits(const Uint256& value, unsigned decimals);

} // namespace seismic
