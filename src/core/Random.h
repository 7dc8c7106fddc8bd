// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>

namespace seismic {

// Fills `out` from the operating system's CSPRNG (OpenSSL RAND_bytes). If the CSPRNG fails the
// process aborts: there is no fallback to weaker randomness, and keys or nonces drawn from a
// broken generator would be worse than stopping.
void fillRandom(std::span<std::uint8_t> out);

} // namespace seismic
