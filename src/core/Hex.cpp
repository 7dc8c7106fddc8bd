// SPDX-License-Identifier: MIT
#include "core/Hex.h"

namespace seismic {
namespace {

constexpr char kDigits[] = "0123456789abcdef";

} // namespace

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool hasHexPrefix(std::string_view text)
{
    return text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
}

std::string toHex(ByteView bytes, bool withPrefix)
{
    std::string out;
    out.reserve(bytes.size() * 2 + 2);
    if (withPrefix)
        out += "0x";
    for (std::uint8_t b : bytes) {
        out += kDigits[b >> 4];
        out += kDigits[b & 0x0f];
    }
    return out;
}

Result<Bytes> parseHex(std::string_view text, HexPrefix prefix)
{
    const bool prefixed = hasHexPrefix(text);
    if (prefix == HexPrefix::Required && !prefixed)
        return makeError(ErrorKind::InvalidArgument, "hex string must start with 0x");
    if (prefix == HexPrefix::Forbidden && prefixed)
        return makeError(ErrorKind::InvalidArgument, "hex string must not start with 0x");
    if (prefixed)
        text.remove_prefix(2);
    if (text.size() % 2 != 0)
        return makeError(ErrorKind::InvalidArgument, "hex string has an odd number of digits (" +
                                                         std::to_string(text.size()) + ")");
    Bytes out(text.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = hexDigitValue(text[2 * i]);
        const int lo = hexDigitValue(text[2 * i + 1]);
        if (hi < 0 || lo < 0) {
            const std::size_t at = hi < 0 ? 2 * i : 2 * i + 1;
            return makeError(ErrorKind::InvalidArgument,
                             "invalid hex digit at position " +
                                 std::to_string(at + (prefixed ? 2 : 0)));
        }
        out[i] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return out;
}

Result<Bytes> parseHexSized(std::string_view text, std::size_t size, HexPrefix prefix)
{
    auto bytes = parseHex(text, prefix);
    if (!bytes)
        return bytes;
    if (bytes->size() != size)
        return makeError(ErrorKind::InvalidArgument, "expected " + std::to_string(size) +
                                                         " bytes, got " +
                                                         std::to_string(bytes->size()));
    return bytes;
}

} // namespace seismic
