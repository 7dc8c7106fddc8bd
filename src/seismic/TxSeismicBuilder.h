// SPDX-License-Identifier: MIT
#pragma once

#include "seismic/TxSeismic.h"

namespace seismic {

// A TxSeismic under construction: every field the wire format needs must be given; the builder
// refuses omissions with the reference serializer's messages ("Seismic transactions require …").
struct TxSeismicFields
{
    std::optional<std::uint64_t> chainId;
    std::optional<std::uint64_t> nonce;
    std::optional<Uint256> gasPrice;
    std::optional<std::uint64_t> gas;
    std::optional<Address> to;
    Uint256 value;
    std::optional<CompressedPublicKey> encryptionPubkey;
    std::optional<EncryptionNonce> encryptionNonce;
    std::uint8_t messageVersion = kRawMessageVersion;
    std::optional<Bytes32> recentBlockHash;
    std::optional<std::uint64_t> expiresAtBlock;
    bool signedRead = false;
    std::optional<Bytes> input;
};

Result<TxSeismic> buildTxSeismic(const TxSeismicFields& fields);

} // namespace seismic
