// SPDX-License-Identifier: MIT
#pragma once

#include "core/SymmetricKey.h"
#include "core/Uint256.h"
#include "seismic/SeismicElements.h"

namespace seismic {

// SRC20 event amounts (spec 8.3-8.5): AES-256-GCM under the party's viewing key, no AAD, the
// plaintext a 32-byte big-endian uint256; on chain the payload is ciphertext || tag || nonce(12).

// keccak256 of the 32 key bytes: topic 3 of the events addressed to that key.
Hash viewingKeyHash(const SymmetricKey& viewingKey);

// Decryption errors: empty or short payload (the party has no registered key) -> Decode;
// a payload that does not authenticate under this key -> Decryption; a plaintext that is not
// a 32-byte amount -> Decode.
Result<Uint256> decryptSrc20Amount(ByteView encryptedAmount, const SymmetricKey& viewingKey);

// The payload a Seismic node emits for `amount`; for tests, benchmarks and tools.
Bytes encryptSrc20Amount(const Uint256& amount, const SymmetricKey& viewingKey,
                         const EncryptionNonce& nonce);

} // namespace seismic
