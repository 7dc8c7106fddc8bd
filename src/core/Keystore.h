// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"
#include "core/Scrypt.h"

#include <cstdint>
#include <string>

namespace seismic {

// Key derivation for keystores we write. The default is geth's "standard" scrypt cost
// (N = 2^18, r = 8, p = 1: 256 MiB and roughly a second per unlock).
struct KeystoreKdf
{
    enum class Kind
    {
        Scrypt,
        Pbkdf2
    };
    Kind kind = Kind::Scrypt;
    std::uint64_t scryptN = 1 << 18; // a power of two >= 2
    std::uint32_t scryptR = 8;
    std::uint32_t scryptP = 1;
    std::uint32_t pbkdf2Iterations = 262144; // PBKDF2-HMAC-SHA256
};

// Web3 Secret Storage v3 (https://ethereum.org/developers/docs/data-structures-and-encoding/
// web3-secret-storage/), as geth, foundry's `cast wallet`, MetaMask and ethers write it: scrypt
// or pbkdf2 (hmac-sha256), aes-128-ctr, MAC = keccak256(derivedKey[16..32] || ciphertext).
//
// decryptKeystore: a MAC mismatch is ErrorKind::WrongPassword ("wrong password"). Everything
// else — malformed or truncated JSON, a missing or mistyped field, bad hex, an unsupported
// version, cipher, kdf or prf, kdf parameters out of bounds (scrypt beyond the limits of
// core/Scrypt.h, pbkdf2 above 10^7 iterations), a key out of range, an "address" field that does
// not match the key — is ErrorKind::KeyFile with a message naming the field. Keys stored without
// their leading zero bytes (old geth) are left-padded. Field names "crypto" and "Crypto" (ethers
// v5) are both accepted. Beyond those format bounds, scrypt takes at most `limits.maxMemory`
// (256 MiB unless the caller allows more: a larger need is InvalidArgument that says so), stops
// on `limits.stop` (Cancelled), and memory this computer cannot give is OutOfMemory, never a
// key file error.
Result<PrivateKey> decryptKeystore(ByteView json, std::string_view password,
                                   const ScryptLimits& limits = {});

// JSON text: version 3, aes-128-ctr, fresh random salt (32 bytes) and iv, a random (v4) uuid,
// and the lower-case address without 0x. Invalid kdf parameters are InvalidArgument; `limits` as
// for decryptKeystore().
Result<std::string> encryptKeystore(const PrivateKey& key, std::string_view password,
                                    const KeystoreKdf& kdf = {}, const ScryptLimits& limits = {});

} // namespace seismic
