// SPDX-License-Identifier: MIT
// Internal to src/core: the OpenSSL algorithm handles and the secp256k1 context that the crypto
// files share. Only .cpp files of seismic_core include this (OpenSSL and libsecp256k1 are private
// dependencies of the library).
#pragma once

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <secp256k1.h>

#include <memory>

namespace seismic::detail {

// For failures that leave no safe way on (a missing algorithm, a broken CSPRNG, an internal
// invariant of the crypto library): prints `what` and aborts.
[[noreturn]] void abortOnCryptoFailure(const char* what);

// One context for the whole process, randomized once (side-channel blinding). libsecp256k1
// contexts are safe to share between threads for every call that takes a const context.
const secp256k1_context* secp256k1Context();

// Fetched once: an implicit fetch on every EVP call (EVP_aes_256_gcm() and friends) costs more
// than encrypting a transaction's calldata.
EVP_CIPHER* aes256GcmCipher();
EVP_CIPHER* aes128CtrCipher();
EVP_MD* sha256Digest();
EVP_KDF* hkdfKdf();

struct CipherCtxDeleter
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter>;

struct KdfCtxDeleter
{
    void operator()(EVP_KDF_CTX* ctx) const { EVP_KDF_CTX_free(ctx); }
};
using KdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, KdfCtxDeleter>;

// OSSL_PARAM octet strings refuse a null pointer even with size 0; empty views point here.
const unsigned char* nonNullData(const unsigned char* data);

} // namespace seismic::detail
