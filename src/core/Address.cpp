// SPDX-License-Identifier: MIT
#include "core/Address.h"

#include "core/Keccak.h"

#include <cctype>

namespace seismic {
namespace {

// EIP-55: a hex letter is upper-case when the matching nibble of keccak(lower hex) is >= 8.
std::string applyChecksum(std::string_view lowerDigits)
{
    const Hash hash = keccak256(asBytes(lowerDigits));
    std::string out(lowerDigits);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::uint8_t byte = hash.bytes[i / 2];
        const int nib = (i % 2 == 0) ? (byte >> 4) : (byte & 0x0f);
        if (nib >= 8)
            out[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[i])));
    }
    return out;
}

} // namespace

Result<Address> Address::fromView(ByteView raw)
{
    auto fixed = FixedBytes<20>::fromView(raw);
    if (!fixed)
        return makeError(ErrorKind::InvalidArgument,
                         "address must be 20 bytes, got " + std::to_string(raw.size()));
    return Address(*fixed);
}

Result<Address> Address::parse(std::string_view text)
{
    if (!hasHexPrefix(text))
        return makeError(ErrorKind::InvalidArgument, "address must start with 0x");
    const std::string_view digits = text.substr(2);
    if (digits.size() != 40)
        return makeError(ErrorKind::InvalidArgument,
                         "address must have 40 hex digits, got " + std::to_string(digits.size()));
    auto raw = parseHex(digits, HexPrefix::Forbidden);
    if (!raw)
        return makeError(ErrorKind::InvalidArgument, "address contains a non-hex character");

    bool hasLower = false;
    bool hasUpper = false;
    for (char c : digits) {
        hasLower |= (c >= 'a' && c <= 'f');
        hasUpper |= (c >= 'A' && c <= 'F');
    }
    Address address = *fromView(*raw);
    if (hasLower && hasUpper && address.checksummed().substr(2) != digits)
        return makeError(ErrorKind::InvalidArgument,
                         "address checksum mismatch (EIP-55): check for a typo");
    return address;
}

std::string Address::checksummed() const
{
    return "0x" + applyChecksum(m_raw.hex(false));
}

} // namespace seismic
