// SPDX-License-Identifier: MIT
#include "core/Hkdf.h"

#include "core/CryptoBackend.h"

#include <openssl/core_names.h>

namespace seismic {
namespace {

constexpr std::size_t kMaxOutput = 255 * 32;

OSSL_PARAM octetParam(const char* name, ByteView bytes)
{
    return OSSL_PARAM_construct_octet_string(
        name, const_cast<unsigned char*>(detail::nonNullData(bytes.data())), bytes.size());
}

} // namespace

Result<Bytes> hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t length)
{
    if (length == 0 || length > kMaxOutput)
        return makeError(ErrorKind::InvalidArgument,
                         "HKDF-SHA256 output length must be 1 to 8160 bytes, got " +
                             std::to_string(length));
    detail::KdfCtxPtr ctx(EVP_KDF_CTX_new(detail::hkdfKdf()));
    if (!ctx)
        return makeError(ErrorKind::Crypto, "cannot allocate an HKDF context");

    OSSL_PARAM params[5];
    std::size_t count = 0;
    params[count++] =
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, const_cast<char*>("SHA256"), 0);
    params[count++] = octetParam(OSSL_KDF_PARAM_KEY, ikm);
    if (!salt.empty())
        params[count++] = octetParam(OSSL_KDF_PARAM_SALT, salt);
    if (!info.empty())
        params[count++] = octetParam(OSSL_KDF_PARAM_INFO, info);
    params[count] = OSSL_PARAM_construct_end();

    Bytes out(length);
    if (EVP_KDF_derive(ctx.get(), out.data(), out.size(), params) != 1)
        return makeError(ErrorKind::Crypto, "HKDF-SHA256 derivation failed");
    return out;
}

} // namespace seismic
