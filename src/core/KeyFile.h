// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"
#include "core/Scrypt.h"

#include <string>

namespace seismic {

// Importing a private key from a file (product.md, "Import a private key file"): a raw hex key
// or a Web3 Secret Storage v3 keystore. Every failure is a KeyFile error with a precise message
// (or WrongPassword for a keystore whose MAC does not match); no message ever contains the file's
// content or the password.
enum class KeyFileFormat
{
    RawHex,     // 64 hex digits, optional 0x, surrounding whitespace
    KeystoreV3, // JSON (geth, foundry `cast wallet`, MetaMask, ethers)
};

// Which format `contents` is in; something that is neither (a binary file, prose, an empty
// file) is a KeyFile error. A malformed key of a recognised format (a truncated hex key, broken
// JSON) is still detected, so that the parser can say precisely what is wrong with it.
Result<KeyFileFormat> detectKeyFileFormat(ByteView contents);

// A raw key file: 64 hex digits, optional 0x, surrounding whitespace (and a UTF-8 BOM) allowed.
// Errors: "key file has 63 hex digits, expected 64", "key file contains a non-hex character at
// position N", "private key is out of range for secp256k1", "key file is empty".
Result<PrivateKey> parseRawKeyFile(ByteView contents);

// Reads and parses a key file of either format. `password` is used only for keystores. A missing,
// unreadable or oversized (> 1 MiB) file is a KeyFile error that names the path. `limits` bound
// and stop a keystore's scrypt (see decryptKeystore()).
Result<PrivateKey> readKeyFile(const std::string& path, std::string_view password = {},
                               const ScryptLimits& limits = {});

} // namespace seismic
