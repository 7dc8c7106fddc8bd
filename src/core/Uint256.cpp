// SPDX-License-Identifier: MIT
#include "core/Uint256.h"

namespace seismic {
namespace {

using Wide = boost::multiprecision::uint512_t;
const Wide kMax = Wide(std::numeric_limits<Uint256>::max());

Result<Uint256> parseDigits(std::string_view digits, unsigned base)
{
    if (digits.empty())
        return makeError(ErrorKind::InvalidArgument, "number has no digits");
    Wide acc = 0;
    for (char c : digits) {
        const int d = base == 16 ? hexDigitValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
        if (d < 0)
            return makeError(ErrorKind::InvalidArgument,
                             std::string("invalid digit '") + c + "' in number");
        acc = acc * base + static_cast<unsigned>(d);
        if (acc > kMax)
            return makeError(ErrorKind::InvalidArgument, "number does not fit in 256 bits");
    }
    return Uint256(acc);
}

} // namespace

Bytes32 toWord(const Uint256& value)
{
    Bytes32 out;
    Uint256 v = value;
    for (int i = 31; i >= 0 && v != 0; --i) {
        out.bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v & 0xff);
        v >>= 8;
    }
    return out;
}

Bytes toMinimalBytes(const Uint256& value)
{
    const Bytes32 word = toWord(value);
    auto first =
        std::find_if(word.bytes.begin(), word.bytes.end(), [](std::uint8_t b) { return b != 0; });
    return Bytes(first, word.bytes.end());
}

Result<Uint256> uint256FromBytes(ByteView bigEndian)
{
    if (bigEndian.size() > 32)
        return makeError(ErrorKind::InvalidArgument,
                         "integer is " + std::to_string(bigEndian.size()) + " bytes, max 32");
    Uint256 out = 0;
    for (std::uint8_t b : bigEndian)
        out = (out << 8) | b;
    return out;
}

Result<Uint256> parseUint256(std::string_view text)
{
    if (hasHexPrefix(text))
        return parseDigits(text.substr(2), 16);
    return parseDigits(text, 10);
}

Result<Int256> parseInt256(std::string_view text)
{
    const bool negative = !text.empty() && text.front() == '-';
    if (negative)
        text.remove_prefix(1);
    auto magnitude = parseUint256(text);
    if (!magnitude)
        return std::move(magnitude).error();
    const Uint256 limit = Uint256(1) << 255;
    if ((!negative && *magnitude >= limit) || (negative && *magnitude > limit))
        return makeError(ErrorKind::InvalidArgument, "number does not fit in int256");
    // boost's int256_t is sign-magnitude, so -2^255 is representable directly.
    const Int256 signedMagnitude = Int256(*magnitude);
    return negative ? Int256(-signedMagnitude) : signedMagnitude;
}

std::string toDecimal(const Uint256& value)
{
    return value.str();
}

std::string toDecimal(const Int256& value)
{
    return value.str();
}

std::string toQuantity(const Uint256& value)
{
    if (value == 0)
        return "0x0";
    const std::string hex = toHex(toMinimalBytes(value), false);
    return "0x" + hex.substr(hex[0] == '0' ? 1 : 0);
}

Result<Uint256> parseQuantity(std::string_view text)
{
    if (!hasHexPrefix(text))
        return makeError(ErrorKind::Decode, "quantity must start with 0x");
    const std::string_view digits = text.substr(2);
    if (digits.size() > 64)
        return makeError(ErrorKind::Decode, "quantity has more than 64 hex digits");
    return parseDigits(digits, 16);
}

} // namespace seismic
