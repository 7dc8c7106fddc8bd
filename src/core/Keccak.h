// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

namespace seismic {

// Keccak-256 as Ethereum uses it (the original Keccak padding, not NIST SHA3-256).
Hash keccak256(ByteView data);

// First four bytes of keccak256(signature): function selectors.
std::array<std::uint8_t, 4> selectorOf(std::string_view signature);

} // namespace seismic
