// SPDX-License-Identifier: MIT
#include "core/HexSecret.h"

#include "core/Hex.h"

#include <string>

namespace seismic {
namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

} // namespace

std::string_view trimmedKeyText(ByteView contents)
{
    std::string_view text(reinterpret_cast<const char*>(contents.data()), contents.size());
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

Status parseHexSecret(std::string_view text, std::span<std::uint8_t> secret, ErrorKind kind,
                      std::string_view subject)
{
    const std::size_t prefix = hasHexPrefix(text) ? 2 : 0;
    const std::string_view digits = text.substr(prefix);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (hexDigitValue(digits[i]) < 0)
            return makeError(kind, std::string(subject) +
                                       " contains a non-hex character at position " +
                                       std::to_string(prefix + i + 1));
    }
    if (digits.size() != 2 * secret.size())
        return makeError(kind, std::string(subject) + " has " + std::to_string(digits.size()) +
                                   " hex digits, expected " + std::to_string(2 * secret.size()));
    for (std::size_t i = 0; i < secret.size(); ++i)
        secret[i] = static_cast<std::uint8_t>((hexDigitValue(digits[2 * i]) << 4) |
                                              hexDigitValue(digits[2 * i + 1]));
    return {};
}

} // namespace seismic
