// SPDX-License-Identifier: MIT
#include "core/PrivateKey.h"

#include "core/HexSecret.h"

#include "core/CryptoBackend.h"
#include "core/Random.h"

#include <secp256k1_ecdh.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <cassert>

namespace seismic {
namespace {

constexpr char kOutOfRange[] = "private key is out of range for secp256k1";

bool inRange(const SecretBytes<32>& secret)
{
    return secp256k1_ec_seckey_verify(detail::secp256k1Context(), secret.data()) == 1;
}

PublicKey derivePublicKey(const SecretBytes<32>& secret)
{
    const secp256k1_context* ctx = detail::secp256k1Context();
    secp256k1_pubkey point;
    if (secp256k1_ec_pubkey_create(ctx, &point, secret.data()) != 1)
        detail::abortOnCryptoFailure("public key derivation failed for a validated secret");
    std::array<std::uint8_t, 65> full;
    std::size_t length = full.size();
    secp256k1_ec_pubkey_serialize(ctx, full.data(), &length, &point, SECP256K1_EC_UNCOMPRESSED);
    return *PublicKey::fromUncompressed(full);
}

} // namespace

PrivateKey::PrivateKey(const SecretBytes<32>& secret)
    : m_secret(secret)
    , m_publicKey(derivePublicKey(secret))
    , m_address(m_publicKey.address())
{}

Result<PrivateKey> PrivateKey::fromBytes(ByteView raw)
{
    if (raw.size() != 32)
        return makeError(ErrorKind::InvalidArgument,
                         "private key must be 32 bytes, got " + std::to_string(raw.size()));
    SecretBytes<32> secret;
    std::copy(raw.begin(), raw.end(), secret.data());
    if (!inRange(secret))
        return makeError(ErrorKind::InvalidArgument, kOutOfRange);
    return PrivateKey(secret);
}

Result<PrivateKey> PrivateKey::fromHex(std::string_view text)
{
    return detail::privateKeyFromHex(text, ErrorKind::InvalidArgument, "private key");
}

Result<PrivateKey> detail::privateKeyFromHex(std::string_view text, ErrorKind kind,
                                             std::string_view subject)
{
    SecretBytes<32> secret;
    if (Status parsed = parseHexSecret(text, secret.span(), kind, subject); !parsed)
        return std::move(parsed).error();
    auto key = PrivateKey::fromBytes(secret.view());
    if (!key)
        return makeError(kind, kOutOfRange);
    return key;
}

PrivateKey PrivateKey::generate()
{
    SecretBytes<32> secret;
    do {
        fillRandom(secret.span());
    } while (!inRange(secret));
    return PrivateKey(secret);
}

Signature PrivateKey::sign(const Hash& digest) const
{
    const secp256k1_context* ctx = detail::secp256k1Context();
    secp256k1_ecdsa_recoverable_signature recoverable;
    // A null nonce function selects RFC 6979; libsecp256k1 always emits low-s signatures.
    if (secp256k1_ecdsa_sign_recoverable(ctx, &recoverable, digest.bytes.data(), m_secret.data(),
                                         nullptr, nullptr) != 1)
        detail::abortOnCryptoFailure("ECDSA signing failed for a validated secret");
    std::array<std::uint8_t, 64> compact;
    int recoveryId = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(ctx, compact.data(), &recoveryId,
                                                            &recoverable);
    // Ids 2 and 3 need R.x >= n, which has probability below 2^-127.
    assert(recoveryId == 0 || recoveryId == 1);
    Signature sig;
    std::copy_n(compact.begin(), 32, sig.r.bytes.begin());
    std::copy_n(compact.begin() + 32, 32, sig.s.bytes.begin());
    sig.yParity = static_cast<std::uint8_t>(recoveryId);
    return sig;
}

Bytes32 PrivateKey::ecdhSharedSecret(const PublicKey& peer) const
{
    const secp256k1_context* ctx = detail::secp256k1Context();
    const FixedBytes<65> encoded = peer.uncompressed();
    secp256k1_pubkey point;
    Bytes32 shared;
    // Both calls only fail on invalid input, which PublicKey and PrivateKey rule out.
    if (secp256k1_ec_pubkey_parse(ctx, &point, encoded.bytes.data(), encoded.bytes.size()) != 1 ||
        secp256k1_ecdh(ctx, shared.bytes.data(), &point, m_secret.data(), nullptr, nullptr) != 1)
        detail::abortOnCryptoFailure("ECDH failed for a validated key pair");
    return shared;
}

} // namespace seismic
