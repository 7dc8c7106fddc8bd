// SPDX-License-Identifier: MIT
#include "seismic/EncryptionState.h"

#include "core/AesGcm.h"
#include "core/Hkdf.h"
#include "core/Random.h"
#include "core/SecretBytes.h"

namespace seismic {

SymmetricKey deriveDirectionalKey(const Bytes32& sharedSecret, std::string_view info)
{
    // HKDF-SHA256 with a 32-byte input and a 32-byte output cannot fail.
    Bytes okm = std::move(*hkdfSha256(sharedSecret.view(), {}, asBytes(info), SymmetricKey::kSize));
    SymmetricKey key = *SymmetricKey::fromBytes(okm);
    secureWipe(okm);
    return key;
}

EncryptionState::EncryptionState(PublicKey teePublicKey, PrivateKey clientKey)
    : m_teePublicKey(std::move(teePublicKey))
    , m_clientKey(std::move(clientKey))
    , m_encryptionPubkey(m_clientKey.publicKey().compressed())
{
    Bytes32 shared = m_clientKey.ecdhSharedSecret(m_teePublicKey);
    m_requestKey = deriveDirectionalKey(shared, kRequestKeyInfo);
    m_responseKey = deriveDirectionalKey(shared, kResponseKeyInfo);
    secureWipe(shared.bytes);
}

EncryptionState EncryptionState::derive(const PublicKey& teePublicKey, PrivateKey clientKey)
{
    return EncryptionState(teePublicKey, std::move(clientKey));
}

Result<Bytes> EncryptionState::encryptRequest(ByteView plaintext, const TxMetadata& metadata) const
{
    return aesGcmEncrypt(m_requestKey.bytes(), metadata.elements.encryptionNonce.view(), plaintext,
                         encodeAad(metadata));
}

Result<Bytes> EncryptionState::decryptResponse(ByteView ciphertext,
                                               const TxMetadata& metadata) const
{
    return aesGcmDecrypt(m_responseKey.bytes(), metadata.elements.encryptionNonce.view(),
                         ciphertext, encodeAad(metadata));
}

EncryptionNonce generateEncryptionNonce()
{
    EncryptionNonce nonce;
    do {
        fillRandom(nonce.bytes);
    } while (nonce.bytes[0] == 0);
    return nonce;
}

Status validateEncryptionNonce(const EncryptionNonce& nonce)
{
    if (nonce.bytes[0] == 0)
        return makeError(ErrorKind::InvalidArgument,
                         "encryption nonce must not start with a zero byte");
    return {};
}

} // namespace seismic
