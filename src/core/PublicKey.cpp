// SPDX-License-Identifier: MIT
#include "core/PublicKey.h"

#include "core/CryptoBackend.h"
#include "core/Keccak.h"

#include <secp256k1_recovery.h>

#include <algorithm>

namespace seismic {
namespace {

std::string prefixText(std::uint8_t prefix)
{
    return toHex(ByteView(&prefix, 1));
}

} // namespace

Result<PublicKey> PublicKey::fromCompressed(ByteView bytes)
{
    if (bytes.size() != 33)
        return makeError(ErrorKind::InvalidArgument,
                         "compressed public key: expected 33 bytes, got " +
                             std::to_string(bytes.size()));
    if (bytes[0] != 0x02 && bytes[0] != 0x03)
        return makeError(ErrorKind::InvalidArgument,
                         "compressed public key must start with 0x02 or 0x03, got " +
                             prefixText(bytes[0]));
    const secp256k1_context* ctx = detail::secp256k1Context();
    secp256k1_pubkey point;
    if (secp256k1_ec_pubkey_parse(ctx, &point, bytes.data(), bytes.size()) != 1)
        return makeError(ErrorKind::Crypto, "public key is not a point on secp256k1");
    std::array<std::uint8_t, 65> full;
    std::size_t length = full.size();
    secp256k1_ec_pubkey_serialize(ctx, full.data(), &length, &point, SECP256K1_EC_UNCOMPRESSED);
    PublicKey key;
    std::copy(full.begin() + 1, full.end(), key.m_xy.begin());
    return key;
}

Result<PublicKey> PublicKey::fromUncompressed(ByteView bytes)
{
    if (bytes.size() != 65)
        return makeError(ErrorKind::InvalidArgument,
                         "uncompressed public key: expected 65-byte input, got " +
                             std::to_string(bytes.size()) + " bytes");
    if (bytes[0] != 0x04)
        return makeError(ErrorKind::InvalidArgument,
                         "uncompressed public key must start with 0x04, got " +
                             prefixText(bytes[0]));
    secp256k1_pubkey point;
    if (secp256k1_ec_pubkey_parse(detail::secp256k1Context(), &point, bytes.data(), bytes.size()) !=
        1)
        return makeError(ErrorKind::Crypto, "public key is not a point on secp256k1");
    PublicKey key;
    std::copy(bytes.begin() + 1, bytes.end(), key.m_xy.begin());
    return key;
}

Result<PublicKey> PublicKey::parse(ByteView bytes)
{
    if (bytes.size() == 33)
        return fromCompressed(bytes);
    if (bytes.size() == 65)
        return fromUncompressed(bytes);
    return makeError(ErrorKind::InvalidArgument,
                     "public key must be 33 bytes (compressed) or 65 bytes (uncompressed), got " +
                         std::to_string(bytes.size()));
}

Result<PublicKey> PublicKey::fromHex(std::string_view text)
{
    auto bytes = parseHex(text, HexPrefix::Optional);
    if (!bytes)
        return makeError(ErrorKind::InvalidArgument, "public key: " + bytes.error().message);
    return parse(*bytes);
}

FixedBytes<33> PublicKey::compressed() const
{
    FixedBytes<33> out;
    out.bytes[0] = static_cast<std::uint8_t>(0x02 | (m_xy[63] & 0x01));
    std::copy_n(m_xy.begin(), 32, out.bytes.begin() + 1);
    return out;
}

FixedBytes<65> PublicKey::uncompressed() const
{
    FixedBytes<65> out;
    out.bytes[0] = 0x04;
    std::copy(m_xy.begin(), m_xy.end(), out.bytes.begin() + 1);
    return out;
}

Address PublicKey::address() const
{
    const Hash hash = keccak256(m_xy);
    FixedBytes<20> raw;
    std::copy(hash.bytes.begin() + 12, hash.bytes.end(), raw.bytes.begin());
    return Address(raw);
}

Result<PublicKey> recoverPublicKey(const Hash& digest, const Signature& sig)
{
    if (sig.yParity > 1)
        return makeError(ErrorKind::Crypto,
                         "signature yParity must be 0 or 1, got " + std::to_string(sig.yParity));
    const secp256k1_context* ctx = detail::secp256k1Context();
    std::array<std::uint8_t, 64> compact;
    std::copy(sig.r.bytes.begin(), sig.r.bytes.end(), compact.begin());
    std::copy(sig.s.bytes.begin(), sig.s.bytes.end(), compact.begin() + 32);
    secp256k1_ecdsa_recoverable_signature recoverable;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(ctx, &recoverable, compact.data(),
                                                            sig.yParity) != 1)
        return makeError(ErrorKind::Crypto, "signature r or s is not below the curve order");

    // EIP-2: Ethereum accepts only s <= n/2; normalize() reports whether s was high.
    secp256k1_ecdsa_signature plain;
    secp256k1_ecdsa_recoverable_signature_convert(ctx, &plain, &recoverable);
    if (secp256k1_ecdsa_signature_normalize(ctx, nullptr, &plain) == 1)
        return makeError(ErrorKind::Crypto, "signature has a high s value (not allowed, EIP-2)");

    secp256k1_pubkey point;
    if (secp256k1_ecdsa_recover(ctx, &point, &recoverable, digest.bytes.data()) != 1)
        return makeError(ErrorKind::Crypto, "signature does not recover to a public key");
    std::array<std::uint8_t, 65> full;
    std::size_t length = full.size();
    secp256k1_ec_pubkey_serialize(ctx, full.data(), &length, &point, SECP256K1_EC_UNCOMPRESSED);
    return PublicKey::fromUncompressed(full);
}

Result<Address> recoverAddress(const Hash& digest, const Signature& sig)
{
    auto key = recoverPublicKey(digest, sig);
    if (!key)
        return std::move(key).error();
    return key->address();
}

} // namespace seismic
