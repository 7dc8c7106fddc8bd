// SPDX-License-Identifier: MIT
#include "core/SymmetricKey.h"

#include "core/Random.h"

#include <openssl/crypto.h>

#include <algorithm>

namespace seismic {

Result<SymmetricKey> SymmetricKey::fromBytes(ByteView raw)
{
    if (raw.size() != kSize)
        return makeError(ErrorKind::InvalidArgument,
                         "key must be 32 bytes, got " + std::to_string(raw.size()));
    SymmetricKey key;
    std::copy(raw.begin(), raw.end(), key.m_bytes.data());
    return key;
}

SymmetricKey SymmetricKey::generate()
{
    SymmetricKey key;
    fillRandom(key.m_bytes.span());
    return key;
}

bool SymmetricKey::isZero() const
{
    const ByteView view = m_bytes.view();
    return std::all_of(view.begin(), view.end(), [](std::uint8_t b) { return b == 0; });
}

bool operator==(const SymmetricKey& a, const SymmetricKey& b)
{
    return CRYPTO_memcmp(a.m_bytes.data(), b.m_bytes.data(), SymmetricKey::kSize) == 0;
}

} // namespace seismic
