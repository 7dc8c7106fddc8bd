// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Uint256.h"
#include "seismic/SeismicElements.h"

#include <optional>

namespace seismic {

struct TxSeismic;

// What a ciphertext is bound to (spec 4): sender, chain, nonce, recipient, value and every
// seismic element. gasPrice and gas are deliberately absent, so calldata can be encrypted before
// gas is known.
struct TxMetadata
{
    Address sender;
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    std::optional<Address> to;
    Uint256 value;
    SeismicElements elements;
};

TxMetadata metadataOf(const TxSeismic& tx, const Address& sender);

// RLP list of the 11 metadata fields: the AES-GCM additional authenticated data.
Bytes encodeAad(const TxMetadata& metadata);

} // namespace seismic
