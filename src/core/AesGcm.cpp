// SPDX-License-Identifier: MIT
#include "core/AesGcm.h"

#include "core/CryptoBackend.h"
#include "core/SecretBytes.h"

#include <climits>

namespace seismic {
namespace {

constexpr std::size_t kKeySize = 32;
constexpr std::size_t kNonceSize = 12;
constexpr std::size_t kTagSize = 16;
// EVP takes int lengths.
constexpr std::size_t kMaxLength = INT_MAX - kTagSize;

Status checkParameters(ByteView key, ByteView nonce, ByteView data, ByteView aad)
{
    if (key.size() != kKeySize)
        return makeError(ErrorKind::InvalidArgument,
                         "AES-256-GCM key must be 32 bytes, got " + std::to_string(key.size()));
    if (nonce.size() != kNonceSize)
        return makeError(ErrorKind::InvalidArgument,
                         "AES-GCM nonce must be 12 bytes, got " + std::to_string(nonce.size()));
    if (data.size() > kMaxLength || aad.size() > kMaxLength)
        return makeError(ErrorKind::InvalidArgument, "AES-GCM input is too large");
    return {};
}

// One cipher context per thread, re-keyed on every call: allocating a context per call would
// cost about as much as encrypting a transaction's calldata.
EVP_CIPHER_CTX* threadCipherContext()
{
    thread_local const detail::CipherCtxPtr context(EVP_CIPHER_CTX_new());
    if (!context)
        detail::abortOnCryptoFailure("cannot allocate a cipher context");
    return context.get();
}

} // namespace

Result<Bytes> aesGcmEncrypt(ByteView key, ByteView nonce, ByteView plaintext, ByteView aad)
{
    if (auto valid = checkParameters(key, nonce, plaintext, aad); !valid)
        return std::move(valid).error();
    if (plaintext.empty())
        return Bytes{};

    EVP_CIPHER_CTX* ctx = threadCipherContext();
    Bytes out(plaintext.size() + kTagSize);
    int aadLength = 0;
    int bodyLength = 0;
    int finalLength = 0;
    std::uint8_t finalBlock[kTagSize]; // GCM's final step emits no bytes; EVP wants a buffer
    const bool ok = EVP_EncryptInit_ex2(ctx, detail::aes256GcmCipher(), key.data(), nonce.data(),
                                        nullptr) == 1 &&
                    (aad.empty() || EVP_EncryptUpdate(ctx, nullptr, &aadLength, aad.data(),
                                                      static_cast<int>(aad.size())) == 1) &&
                    EVP_EncryptUpdate(ctx, out.data(), &bodyLength, plaintext.data(),
                                      static_cast<int>(plaintext.size())) == 1 &&
                    EVP_EncryptFinal_ex(ctx, finalBlock, &finalLength) == 1 && finalLength == 0 &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_GET_TAG, static_cast<int>(kTagSize),
                                        out.data() + plaintext.size()) == 1;
    if (!ok)
        return makeError(ErrorKind::Crypto, "AES-256-GCM encryption failed");
    return out;
}

Result<Bytes> aesGcmDecrypt(ByteView key, ByteView nonce, ByteView ciphertextAndTag, ByteView aad)
{
    if (auto valid = checkParameters(key, nonce, ciphertextAndTag, aad); !valid)
        return std::move(valid).error();
    if (ciphertextAndTag.empty())
        return Bytes{};
    if (ciphertextAndTag.size() < kTagSize)
        return makeError(ErrorKind::Decryption,
                         "AES-GCM ciphertext is " + std::to_string(ciphertextAndTag.size()) +
                             " bytes, shorter than the 16-byte tag (truncated data)");

    const std::size_t bodySize = ciphertextAndTag.size() - kTagSize;
    const ByteView body = ciphertextAndTag.first(bodySize);
    const ByteView tag = ciphertextAndTag.subspan(bodySize);
    EVP_CIPHER_CTX* ctx = threadCipherContext();
    Bytes out(bodySize);
    int aadLength = 0;
    int bodyLength = 0;
    int finalLength = 0;
    std::uint8_t finalBlock[kTagSize]; // GCM's final step emits no bytes; EVP wants a buffer
    const bool ok = EVP_DecryptInit_ex2(ctx, detail::aes256GcmCipher(), key.data(), nonce.data(),
                                        nullptr) == 1 &&
                    (aad.empty() || EVP_DecryptUpdate(ctx, nullptr, &aadLength, aad.data(),
                                                      static_cast<int>(aad.size())) == 1) &&
                    (body.empty() || EVP_DecryptUpdate(ctx, out.data(), &bodyLength, body.data(),
                                                       static_cast<int>(body.size())) == 1) &&
                    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_AEAD_SET_TAG, static_cast<int>(kTagSize),
                                        const_cast<std::uint8_t*>(tag.data())) == 1 &&
                    EVP_DecryptFinal_ex(ctx, finalBlock, &finalLength) == 1 && finalLength == 0;
    if (!ok) {
        // Unauthenticated plaintext must not leak out, not even through a freed buffer.
        secureWipe(out);
        return makeError(ErrorKind::Decryption,
                         "AES-GCM authentication failed: wrong key, nonce or associated data, or "
                         "the ciphertext was altered");
    }
    return out;
}

} // namespace seismic
