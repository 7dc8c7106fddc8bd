// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Bytes.h"
#include "core/FixedBytes.h"
#include "core/Uint256.h"
#include "seismic/TxSeismic.h"

#include <cstdint>

namespace seismic::client {

// The transaction as the caller meant it, before encryption (PY PlaintextTx).
struct PlaintextTx
{
    Address to;
    Bytes data; // plaintext calldata
    std::uint64_t nonce = 0;
    std::uint64_t gas = 0;
    Uint256 gasPrice;
    Uint256 value;
};

// What a debug write (dwrite) returns besides broadcasting the shielded transaction exactly as
// a write does (PY DebugWriteResult): the plaintext view, the TxSeismic that was signed (its
// input is the ciphertext) and its hash. Built from what the write already had: no extra RPC.
struct DebugWriteResult
{
    PlaintextTx plaintextTx;
    TxSeismic shieldedTx;
    Hash txHash;
};

} // namespace seismic::client
