// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Signature.h"

#include <array>

namespace seismic {

// A point on secp256k1 (never the point at infinity). Every instance is a validated point.
class PublicKey
{
public:
    // 33 bytes, SEC1 compressed (02/03 prefix). Size and prefix errors are InvalidArgument
    // ("expected 33 bytes, got N", "must start with 0x02 or 0x03"); a value that is not a point
    // is Crypto ("not a point on secp256k1").
    static Result<PublicKey> fromCompressed(ByteView bytes);
    // 65 bytes, SEC1 uncompressed (04 prefix); other sizes are refused with a "65-byte" message.
    static Result<PublicKey> fromUncompressed(ByteView bytes);
    // Either encoding, chosen by size (33 or 65 bytes).
    static Result<PublicKey> parse(ByteView bytes);
    // parse() of hex text, with or without 0x (e.g. seismic_getTeePublicKey's answer).
    static Result<PublicKey> fromHex(std::string_view text);

    FixedBytes<33> compressed() const;
    FixedBytes<65> uncompressed() const;
    // keccak256(X || Y)[12:].
    Address address() const;

    friend bool operator==(const PublicKey&, const PublicKey&) = default;

private:
    PublicKey() = default;

    std::array<std::uint8_t, 64> m_xy{}; // big-endian affine X || Y
};

// The public key that produced `sig` over `digest`. A high-s signature (EIP-2), a yParity other
// than 0/1, r or s out of range, or a signature that recovers no key is a Crypto error.
Result<PublicKey> recoverPublicKey(const Hash& digest, const Signature& sig);
Result<Address> recoverAddress(const Hash& digest, const Signature& sig);

} // namespace seismic
