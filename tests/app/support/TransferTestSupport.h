// SPDX-License-Identifier: MIT
// Helpers for the suites that make transfers by hand (charts, notifications).
#pragma once

#include "core/Address.h"

namespace apptest {

// A readable made-up address: zeros, then `last`.
inline seismic::Address addressOf(unsigned char last)
{
    seismic::FixedBytes<20> bytes{};
    bytes.bytes[19] = last;
    return seismic::Address(bytes);
}

} // namespace apptest
