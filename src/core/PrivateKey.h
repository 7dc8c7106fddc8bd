// SPDX-License-Identifier: MIT
#pragma once

#include "core/PublicKey.h"
#include "core/SecretBytes.h"

namespace seismic {

// A secp256k1 secret scalar k with 0 < k < n. The 32 bytes are wiped (OPENSSL_cleanse) when the
// object is destroyed or overwritten; copies are independent and wiped in their turn. The key is
// never printed: no operator<<, no toString, and no error message contains it.
class PrivateKey
{
public:
    // 32 big-endian bytes, else InvalidArgument ("private key must be 32 bytes, got N" /
    // "private key is out of range for secp256k1").
    static Result<PrivateKey> fromBytes(ByteView raw);
    // 64 hex digits, optional 0x. Errors say what is wrong and where, never echo the text.
    static Result<PrivateKey> fromHex(std::string_view text);
    // A fresh key from the OS CSPRNG (redrawn until in range).
    static PrivateKey generate();

    // Derived once at construction, so these are cheap.
    PublicKey publicKey() const { return m_publicKey; }
    Address address() const { return m_address; }

    // ECDSA over a 32-byte digest: RFC 6979 deterministic nonce, low-s (EIP-2), recovery id.
    Signature sign(const Hash& digest) const;
    // SHA-256 of the compressed shared point k * peer (libsecp256k1's default ECDH hash, which
    // is Seismic's shared secret, spec 2.2).
    Bytes32 ecdhSharedSecret(const PublicKey& peer) const;

    // The raw 32 bytes, for key derivation and keystore export only. Do not copy them into
    // unwiped buffers.
    ByteView secret() const { return m_secret.view(); }

private:
    explicit PrivateKey(const SecretBytes<32>& secret);

    SecretBytes<32> m_secret;
    PublicKey m_publicKey;
    Address m_address;
};

namespace detail {
// fromHex() with errors of `kind` that name the input `subject` ("private key", "key file"):
// "<subject> has 63 hex digits, expected 64", "<subject> contains a non-hex character at
// position 5" (1-based, counting a 0x prefix), "private key is out of range for secp256k1".
Result<PrivateKey> privateKeyFromHex(std::string_view text, ErrorKind kind,
                                     std::string_view subject);
} // namespace detail

} // namespace seismic
