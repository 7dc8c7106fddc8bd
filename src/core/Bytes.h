// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace seismic {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

inline Bytes toBytes(ByteView view)
{
    return Bytes(view.begin(), view.end());
}

inline void append(Bytes& out, ByteView tail)
{
    out.insert(out.end(), tail.begin(), tail.end());
}

template<typename... Views>
Bytes concat(const Views&... parts)
{
    Bytes out;
    out.reserve((ByteView(parts).size() + ... + 0));
    (append(out, ByteView(parts)), ...);
    return out;
}

} // namespace seismic
