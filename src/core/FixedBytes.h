// SPDX-License-Identifier: MIT
#pragma once

#include "core/Hex.h"

#include <algorithm>
#include <array>
#include <compare>

namespace seismic {

// Exactly N bytes: hashes, nonces, keys in their public form.
template<std::size_t N>
struct FixedBytes
{
    static constexpr std::size_t kSize = N;
    std::array<std::uint8_t, N> bytes{};

    static Result<FixedBytes> fromView(ByteView view)
    {
        if (view.size() != N)
            return makeError(ErrorKind::InvalidArgument, "expected " + std::to_string(N) +
                                                             " bytes, got " +
                                                             std::to_string(view.size()));
        FixedBytes out;
        std::copy(view.begin(), view.end(), out.bytes.begin());
        return out;
    }
    static Result<FixedBytes> fromHex(std::string_view text, HexPrefix prefix = HexPrefix::Optional)
    {
        auto raw = parseHex(text, prefix);
        if (!raw)
            return std::move(raw).error();
        return fromView(*raw);
    }

    ByteView view() const { return bytes; }
    Bytes toBytes() const { return Bytes(bytes.begin(), bytes.end()); }
    std::string hex(bool withPrefix = true) const { return seismic::toHex(bytes, withPrefix); }
    bool isZero() const
    {
        return std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; });
    }
    operator ByteView() const { return bytes; }

    friend auto operator<=>(const FixedBytes&, const FixedBytes&) = default;
};

using Bytes32 = FixedBytes<32>;
using Hash = Bytes32;

} // namespace seismic
