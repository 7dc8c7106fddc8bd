// SPDX-License-Identifier: MIT
#include "core/Sha256.h"

#include "core/CryptoBackend.h"

namespace seismic {

Bytes32 sha256(ByteView data)
{
    Bytes32 out;
    unsigned int length = 0;
    if (EVP_Digest(detail::nonNullData(data.data()), data.size(), out.bytes.data(), &length,
                   detail::sha256Digest(), nullptr) != 1 ||
        length != out.bytes.size())
        detail::abortOnCryptoFailure("SHA-256 failed");
    return out;
}

} // namespace seismic
