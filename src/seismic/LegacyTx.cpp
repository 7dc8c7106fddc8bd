// SPDX-License-Identifier: MIT
#include "seismic/LegacyTx.h"

#include "core/Keccak.h"
#include "core/Rlp.h"

namespace seismic {
namespace {

RlpList commonFields(const LegacyTx& tx)
{
    RlpList fields;
    fields.addUint(tx.nonce)
        .addUint(tx.gasPrice)
        .addUint(tx.gas)
        .addBytes(tx.to ? tx.to->view() : ByteView{})
        .addUint(tx.value)
        .addBytes(tx.data);
    return fields;
}

} // namespace

Hash signingHash(const LegacyTx& tx)
{
    RlpList fields = commonFields(tx);
    fields.addUint(tx.chainId).addUint(std::uint64_t{0}).addUint(std::uint64_t{0});
    return keccak256(fields.encode());
}

SignedTransaction signLegacyTx(const LegacyTx& tx, const PrivateKey& key)
{
    const Signature signature = key.sign(signingHash(tx));
    RlpList fields = commonFields(tx);
    // EIP-155: v = yParity + 2 * chainId + 35.
    fields.addUint(Uint256(tx.chainId) * 2 + 35 + signature.yParity)
        .addUint(*uint256FromBytes(signature.r.view()))
        .addUint(*uint256FromBytes(signature.s.view()));
    Bytes raw = fields.encode();
    const Hash hash = keccak256(raw);
    return SignedTransaction{std::move(raw), hash};
}

} // namespace seismic
