// SPDX-License-Identifier: MIT
#include "seismic/Src20Amount.h"

#include "core/AesGcm.h"
#include "core/Keccak.h"

namespace seismic {
namespace {

constexpr std::size_t kTagSize = 16;

} // namespace

Hash viewingKeyHash(const SymmetricKey& viewingKey)
{
    return keccak256(viewingKey.bytes());
}

Result<Uint256> decryptSrc20Amount(ByteView encryptedAmount, const SymmetricKey& viewingKey)
{
    if (encryptedAmount.size() <= EncryptionNonce::kSize)
        return makeError(ErrorKind::Decode, "encrypted amount is empty or too short (" +
                                                std::to_string(encryptedAmount.size()) +
                                                " bytes): the party may have no viewing key");
    if (encryptedAmount.size() < EncryptionNonce::kSize + kTagSize)
        return makeError(ErrorKind::Decode, "encrypted amount is shorter than an AES-GCM tag");
    const std::size_t cipherSize = encryptedAmount.size() - EncryptionNonce::kSize;
    auto plaintext = aesGcmDecrypt(viewingKey.bytes(), encryptedAmount.subspan(cipherSize),
                                   encryptedAmount.first(cipherSize));
    if (!plaintext)
        return makeError(ErrorKind::Decryption,
                         "encrypted amount does not decrypt with this viewing key");
    if (plaintext->size() != 32)
        return makeError(ErrorKind::Decode, "decrypted amount is " +
                                                std::to_string(plaintext->size()) +
                                                " bytes, expected 32");
    return uint256FromBytes(*plaintext);
}

Bytes encryptSrc20Amount(const Uint256& amount, const SymmetricKey& viewingKey,
                         const EncryptionNonce& nonce)
{
    // A 32-byte plaintext under a 32-byte key and a 12-byte nonce always encrypts.
    Bytes payload =
        std::move(*aesGcmEncrypt(viewingKey.bytes(), nonce.view(), toWord(amount).view()));
    append(payload, nonce.view());
    return payload;
}

} // namespace seismic
