// SPDX-License-Identifier: MIT
#include "core/SecretBytes.h"

#include <openssl/crypto.h>

namespace seismic {

void secureWipe(std::span<std::uint8_t> bytes)
{
    if (!bytes.empty())
        OPENSSL_cleanse(bytes.data(), bytes.size());
}

} // namespace seismic
