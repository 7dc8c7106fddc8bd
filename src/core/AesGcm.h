// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Result.h"

namespace seismic {

// AES-256-GCM with a 32-byte key, a 12-byte nonce and the 16-byte tag appended to the ciphertext
// (spec 2.4). Seismic's empty rule: an empty plaintext encrypts to an empty output (no tag) and an
// empty ciphertext decrypts to an empty plaintext without authentication.
//
// A wrong key or nonce size is InvalidArgument. Decryption fails with ErrorKind::Decryption when
// the tag does not match (wrong key, nonce or AAD, or tampered data) or when a non-empty
// ciphertext is shorter than the tag.
//
// Never encrypt twice under the same (key, nonce): GCM then leaks the XOR of the plaintexts and
// lets the authentication key be recovered.
Result<Bytes> aesGcmEncrypt(ByteView key, ByteView nonce, ByteView plaintext, ByteView aad = {});
Result<Bytes> aesGcmDecrypt(ByteView key, ByteView nonce, ByteView ciphertextAndTag,
                            ByteView aad = {});

} // namespace seismic
