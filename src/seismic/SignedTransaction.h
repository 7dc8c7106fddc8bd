// SPDX-License-Identifier: MIT
#pragma once

#include "core/Rlp.h"
#include "core/Signature.h"

namespace seismic {

// Signed transaction bytes ready for eth_sendRawTransaction, and their hash.
struct SignedTransaction
{
    Bytes raw;
    Hash hash; // keccak256(raw)
};

// yParity, r, s as RLP integers: the signature tail of every typed transaction.
inline void addSignature(RlpList& fields, const Signature& signature)
{
    fields.addUint(std::uint64_t{signature.yParity})
        .addUint(*uint256FromBytes(signature.r.view()))
        .addUint(*uint256FromBytes(signature.s.view()));
}

} // namespace seismic
