// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"
#include "core/PublicKey.h"
#include "core/SymmetricKey.h"
#include "seismic/TxMetadata.h"

namespace seismic {

// The keys one client shares with the network's TEE (spec 2): ECDH of the client's encryption key
// with the TEE public key, then HKDF into a request key (client -> TEE) and a response key
// (TEE -> client). One client keeps one state for its lifetime; nonces keep messages apart.
class EncryptionState
{
public:
    static EncryptionState derive(const PublicKey& teePublicKey, PrivateKey clientKey);

    const PublicKey& teePublicKey() const { return m_teePublicKey; }
    // The client's compressed public key: the encryptionPubkey of every transaction.
    const CompressedPublicKey& encryptionPubkey() const { return m_encryptionPubkey; }
    const PrivateKey& clientKey() const { return m_clientKey; }
    const SymmetricKey& requestKey() const { return m_requestKey; }
    const SymmetricKey& responseKey() const { return m_responseKey; }

    // Calldata of writes, signed reads and estimates: request key, the metadata's nonce, AAD.
    Result<Bytes> encryptRequest(ByteView plaintext, const TxMetadata& metadata) const;
    // Signed-read results and encrypted revert data: response key, the request's nonce and AAD.
    Result<Bytes> decryptResponse(ByteView ciphertext, const TxMetadata& metadata) const;

private:
    EncryptionState(PublicKey teePublicKey, PrivateKey clientKey);

    PublicKey m_teePublicKey;
    PrivateKey m_clientKey;
    CompressedPublicKey m_encryptionPubkey;
    SymmetricKey m_requestKey;
    SymmetricKey m_responseKey;
};

// HKDF info labels (spec 2.3).
inline constexpr std::string_view kRequestKeyInfo = "aes-gcm key";
inline constexpr std::string_view kResponseKeyInfo = "seismic/response/aes-256-gcm/v1";

// Derives one direction's key from the ECDH shared secret.
SymmetricKey deriveDirectionalKey(const Bytes32& sharedSecret, std::string_view info);

// 12 CSPRNG bytes, redrawn until the first byte is non-zero (spec 2.5).
EncryptionNonce generateEncryptionNonce();
// Caller-supplied nonces must have a non-zero first byte, else the Rust RLP integer form and the
// 12-byte form disagree.
Status validateEncryptionNonce(const EncryptionNonce& nonce);

} // namespace seismic
