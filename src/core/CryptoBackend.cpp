// SPDX-License-Identifier: MIT
#include "core/CryptoBackend.h"

#include "core/Random.h"
#include "core/SecretBytes.h"

#include <cstdio>
#include <cstdlib>

namespace seismic::detail {
namespace {

EVP_CIPHER* fetchCipher(const char* name)
{
    EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, name, nullptr);
    if (cipher == nullptr)
        abortOnCryptoFailure("OpenSSL does not provide a required cipher");
    return cipher;
}

EVP_KDF* fetchKdf(const char* name)
{
    EVP_KDF* kdf = EVP_KDF_fetch(nullptr, name, nullptr);
    if (kdf == nullptr)
        abortOnCryptoFailure("OpenSSL does not provide a required key derivation function");
    return kdf;
}

} // namespace

void abortOnCryptoFailure(const char* what)
{
    std::fprintf(stderr, "seismic: fatal cryptography failure: %s\n", what);
    std::abort();
}

// The handles below live until process exit on purpose: destroying them from a static
// destructor could pull them from under another static object that still signs or encrypts.
const secp256k1_context* secp256k1Context()
{
    static const secp256k1_context* const context = [] {
        secp256k1_context* created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        SecretBytes<32> seed;
        fillRandom(seed.span());
        if (created == nullptr || secp256k1_context_randomize(created, seed.data()) != 1)
            abortOnCryptoFailure("cannot create the secp256k1 context");
        return created;
    }();
    return context;
}

EVP_CIPHER* aes256GcmCipher()
{
    static EVP_CIPHER* const cipher = fetchCipher("AES-256-GCM");
    return cipher;
}

EVP_CIPHER* aes128CtrCipher()
{
    static EVP_CIPHER* const cipher = fetchCipher("AES-128-CTR");
    return cipher;
}

EVP_MD* sha256Digest()
{
    static EVP_MD* const digest = [] {
        EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        if (md == nullptr)
            abortOnCryptoFailure("OpenSSL does not provide SHA-256");
        return md;
    }();
    return digest;
}

EVP_KDF* hkdfKdf()
{
    static EVP_KDF* const kdf = fetchKdf("HKDF");
    return kdf;
}

const unsigned char* nonNullData(const unsigned char* data)
{
    static const unsigned char kEmpty = 0;
    return data != nullptr ? data : &kEmpty;
}

} // namespace seismic::detail
