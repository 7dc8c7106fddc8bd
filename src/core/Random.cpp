// SPDX-License-Identifier: MIT
#include "core/Random.h"

#include "core/CryptoBackend.h"

#include <openssl/rand.h>

#include <algorithm>
#include <climits>

namespace seismic {

void fillRandom(std::span<std::uint8_t> out)
{
    while (!out.empty()) {
        const std::size_t chunk = std::min<std::size_t>(out.size(), INT_MAX);
        if (RAND_bytes(out.data(), static_cast<int>(chunk)) != 1)
            detail::abortOnCryptoFailure("the operating system's random generator failed");
        out = out.subspan(chunk);
    }
}

} // namespace seismic
