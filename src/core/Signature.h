// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <cstdint>

namespace seismic {

// A recoverable secp256k1 ECDSA signature as Ethereum carries it.
struct Signature
{
    Bytes32 r;
    Bytes32 s;
    std::uint8_t yParity = 0; // 0 or 1 (the recovery id), never 27/28

    // r || s || v with v = 27 + yParity (the eth_sign / personal_sign layout).
    FixedBytes<65> toRsv() const;
    // 65 bytes r || s || v; v may be 0/1 or 27/28. Other sizes or v values are InvalidArgument.
    static Result<Signature> fromRsv(ByteView rsv65);

    friend bool operator==(const Signature&, const Signature&) = default;
};

} // namespace seismic
