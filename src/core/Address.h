// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

namespace seismic {

// A 20-byte account address. Text form is EIP-55 checksummed.
class Address
{
public:
    Address() = default;
    explicit Address(const FixedBytes<20>& raw)
        : m_raw(raw)
    {}

    // Accepts "0x" + 40 hex digits. All-lower or all-upper digits are taken as they are; mixed
    // case must match the EIP-55 checksum, else the address is refused as mistyped.
    static Result<Address> parse(std::string_view text);
    static Result<Address> fromView(ByteView raw);

    std::string checksummed() const; // "0xf39Fd6e5…"
    std::string lowerHex() const { return m_raw.hex(); }
    ByteView view() const { return m_raw.view(); }
    const FixedBytes<20>& raw() const { return m_raw; }
    bool isZero() const { return m_raw.isZero(); }

    friend auto operator<=>(const Address&, const Address&) = default;

private:
    FixedBytes<20> m_raw;
};

} // namespace seismic
