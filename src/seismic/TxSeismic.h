// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"
#include "core/Signature.h"
#include "seismic/AuthorizationList.h"
#include "seismic/SeismicElements.h"

#include <optional>

namespace seismic {

// A Seismic transaction (EIP-2718 type 0x4a): legacy pricing, encrypted input (spec 3).
struct TxSeismic
{
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 gasPrice; // u128 on the wire
    std::uint64_t gas = 0;
    std::optional<Address> to; // empty means contract creation, which nodes refuse
    Uint256 value;
    SeismicElements elements;
    Bytes input; // the ciphertext, never the plaintext calldata
    AuthorizationList authorizationList;

    friend bool operator==(const TxSeismic&, const TxSeismic&) = default;
};

// The 14 unsigned fields as one RLP list (no type byte).
Bytes encodeUnsignedTxSeismic(const TxSeismic& tx);
// keccak256(0x4a || unsigned RLP): the hash signed for messageVersion 0.
Hash rawSigningHash(const TxSeismic& tx);
// The hash to sign: raw for messageVersion 0, EIP-712 for messageVersion >= 2 (spec 3.2, 5.3).
Hash signingHash(const TxSeismic& tx);
// 0x4a || RLP(14 fields, yParity, r, s).
Bytes encodeSignedTxSeismic(const TxSeismic& tx, const Signature& signature);

struct SignedTxSeismic
{
    TxSeismic tx;
    Signature signature;
    Address sender;
    Bytes raw;
    Hash hash; // keccak256(raw)
};

SignedTxSeismic signTxSeismic(const TxSeismic& tx, const PrivateKey& key);

enum class SignedReadPolicy
{
    Refuse, // the write path: a signed read must never be broadcast
    Allow,  // eth_call / eth_estimateGas
};

// Parses signed 0x4a bytes strictly (canonical integers, field sizes, valid encryption key, no
// trailing bytes) and recovers the sender from the signature.
Result<SignedTxSeismic> decodeSignedTxSeismic(ByteView raw,
                                              SignedReadPolicy policy = SignedReadPolicy::Allow);

} // namespace seismic
