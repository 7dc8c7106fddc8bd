// SPDX-License-Identifier: MIT
// The known-answer inputs of the protocol spec, section 11, shared by the seismic test suites.
#pragma once

#include "TestSupport.h"
#include "core/PrivateKey.h"
#include "seismic/TxSeismic.h"

namespace vectors {

inline constexpr std::string_view kAnvilKey =
    "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
inline constexpr std::string_view kAnvilAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
inline constexpr std::string_view kTeePublicKey =
    "028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0";
inline constexpr std::string_view kTeeSecretKey =
    "311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505";
inline constexpr std::string_view kClientKey =
    "a30363336e1bb949185292a2a302de86e447d98f3a43d823c8c234d9e3e5ad77";
inline constexpr std::string_view kRecentBlockHash =
    "934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f90";
inline constexpr std::string_view kCounterAddress = "0xd3e8763675e4c425df46cc3b5c0f6cbdac396046";
// The 80-byte encrypted input of the 11.3 transaction.
inline constexpr std::string_view kAnvilCiphertext =
    "bf645e68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05f"
    "f42d9e4382f987fc55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237";

inline seismic::PrivateKey privateKey(std::string_view hex)
{
    return *seismic::PrivateKey::fromHex(hex);
}

inline seismic::Address address(std::string_view text)
{
    return *seismic::Address::parse(text);
}

// Spec 11.3: the raw-signed (messageVersion 0) transaction; 11.4(a) is the same with version 2.
inline seismic::TxSeismic anvilTx(std::uint8_t messageVersion = 0)
{
    seismic::TxSeismic tx;
    tx.chainId = 31337;
    tx.nonce = 2;
    tx.gasPrice = 1000000000;
    tx.gas = 100000;
    tx.to = address(kCounterAddress);
    tx.value = seismic::Uint256(1000000000000000ULL);
    tx.elements.encryptionPubkey = *seismic::CompressedPublicKey::fromHex(kTeePublicKey);
    tx.elements.encryptionNonce = *seismic::EncryptionNonce::fromHex("46a2b6020bba77fcb1e676a6");
    tx.elements.messageVersion = messageVersion;
    tx.elements.recentBlockHash = *seismic::Bytes32::fromHex(kRecentBlockHash);
    tx.elements.expiresAtBlock = 100;
    tx.elements.signedRead = false;
    tx.input = testing::hex(kAnvilCiphertext);
    return tx;
}

// Spec 11.4(b): the transaction cross-validated against seismic-alloy.
inline seismic::TxSeismic rustTx()
{
    seismic::TxSeismic tx;
    tx.chainId = 5124;
    tx.nonce = 48;
    tx.gasPrice = 360000;
    tx.gas = 169477;
    tx.to = address("0x3ab946eec2553114040de82d2e18798a51cf1e14");
    tx.value = seismic::Uint256(1000000000000000ULL);
    tx.elements.encryptionPubkey = *seismic::CompressedPublicKey::fromHex(kTeePublicKey);
    tx.elements.encryptionNonce = *seismic::EncryptionNonce::fromHex("7da3a99bf0f90d56551d99ea");
    tx.elements.messageVersion = 2;
    tx.elements.recentBlockHash = *seismic::Bytes32::fromHex(
        "abcdef1234567890abcdef1234567890abcdef1234567890abcdef1234567890");
    tx.elements.expiresAtBlock = 1000000;
    tx.input = testing::hex("4e69e56c3bb999b8c98772ebb32aebcbd43b33e9e65a46333dfe6636f37f3009e93ba"
                            "d334235aec73bd54d11410e64eb2cab4da8");
    return tx;
}

} // namespace vectors
