// SPDX-License-Identifier: MIT
#include "core/Signature.h"

#include <algorithm>

namespace seismic {

FixedBytes<65> Signature::toRsv() const
{
    FixedBytes<65> out;
    std::copy(r.bytes.begin(), r.bytes.end(), out.bytes.begin());
    std::copy(s.bytes.begin(), s.bytes.end(), out.bytes.begin() + 32);
    out.bytes[64] = static_cast<std::uint8_t>(27 + yParity);
    return out;
}

Result<Signature> Signature::fromRsv(ByteView rsv65)
{
    if (rsv65.size() != 65)
        return makeError(ErrorKind::InvalidArgument, "signature must be 65 bytes (r, s, v), got " +
                                                         std::to_string(rsv65.size()));
    const std::uint8_t v = rsv65[64];
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return makeError(ErrorKind::InvalidArgument,
                         "signature v must be 0, 1, 27 or 28, got " + std::to_string(v));
    Signature sig;
    std::copy_n(rsv65.begin(), 32, sig.r.bytes.begin());
    std::copy_n(rsv65.begin() + 32, 32, sig.s.bytes.begin());
    sig.yParity = static_cast<std::uint8_t>(v >= 27 ? v - 27 : v);
    return sig;
}

} // namespace seismic
