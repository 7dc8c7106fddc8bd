// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

namespace seismic {

// SHA-256 (FIPS 180-4).
Bytes32 sha256(ByteView data);

} // namespace seismic
