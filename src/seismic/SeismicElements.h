// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

namespace seismic {

constexpr std::uint8_t kSeismicTxType = 0x4a;
constexpr std::uint8_t kRawMessageVersion = 0;
constexpr std::uint8_t kTypedDataMessageVersion = 2;
constexpr std::uint64_t kDefaultExpiryWindow = 100;

using EncryptionNonce = FixedBytes<12>;
using CompressedPublicKey = FixedBytes<33>;

// The six fields a TxSeismic adds to a legacy-priced transaction (spec 3.1, items 6-11).
struct SeismicElements
{
    CompressedPublicKey encryptionPubkey;
    EncryptionNonce encryptionNonce;
    std::uint8_t messageVersion = kRawMessageVersion;
    Bytes32 recentBlockHash;
    std::uint64_t expiresAtBlock = 0;
    bool signedRead = false;

    friend bool operator==(const SeismicElements&, const SeismicElements&) = default;
};

} // namespace seismic
