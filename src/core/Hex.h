// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Result.h"

#include <string>
#include <string_view>

namespace seismic {

enum class HexPrefix
{
    Required,  // "0x…" only (JSON-RPC data)
    Optional,  // with or without "0x" (user input, key files)
    Forbidden, // bare digits only
};

// Lower-case hex; "0x" prefixed unless withPrefix is false.
std::string toHex(ByteView bytes, bool withPrefix = true);

// Strict: odd length, a non-hex digit or a prefix that breaks `prefix` is an error.
Result<Bytes> parseHex(std::string_view text, HexPrefix prefix = HexPrefix::Optional);

// parseHex that also requires exactly `size` bytes.
Result<Bytes> parseHexSized(std::string_view text, std::size_t size,
                            HexPrefix prefix = HexPrefix::Optional);

bool hasHexPrefix(std::string_view text);

// 0-15 for a hex digit of either case, -1 otherwise.
int hexDigitValue(char c);

} // namespace seismic
