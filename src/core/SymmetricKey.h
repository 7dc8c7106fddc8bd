// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/SecretBytes.h"

namespace seismic {

// A 256-bit AES key (request, response and viewing keys): wiped when destroyed, never formatted
// into text by this type.
class SymmetricKey
{
public:
    static constexpr std::size_t kSize = 32;

    static Result<SymmetricKey> fromBytes(ByteView raw);
    static SymmetricKey generate();

    ByteView bytes() const { return m_bytes.view(); }
    bool isZero() const;

    // Constant-time comparison.
    friend bool operator==(const SymmetricKey& a, const SymmetricKey& b);

private:
    SecretBytes<kSize> m_bytes;
};

} // namespace seismic
