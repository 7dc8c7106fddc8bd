// SPDX-License-Identifier: MIT
#include "seismic/Eip1559Tx.h"

#include "core/Keccak.h"
#include "core/Rlp.h"

namespace seismic {
namespace {

constexpr std::uint8_t kEip1559Type = 0x02;

RlpList unsignedFields(const Eip1559Tx& tx)
{
    RlpList fields;
    fields.addUint(tx.chainId)
        .addUint(tx.nonce)
        .addUint(tx.maxPriorityFeePerGas)
        .addUint(tx.maxFeePerGas)
        .addUint(tx.gas)
        .addBytes(tx.to ? tx.to->view() : ByteView{})
        .addUint(tx.value)
        .addBytes(tx.data)
        .addList(RlpList()); // access list
    return fields;
}

Bytes typed(const RlpList& fields)
{
    Bytes out;
    out.reserve(1 + fields.encodedSize());
    out.push_back(kEip1559Type);
    fields.encodeTo(out);
    return out;
}

} // namespace

Hash signingHash(const Eip1559Tx& tx)
{
    return keccak256(typed(unsignedFields(tx)));
}

SignedTransaction signEip1559Tx(const Eip1559Tx& tx, const PrivateKey& key)
{
    const Signature signature = key.sign(signingHash(tx));
    RlpList fields = unsignedFields(tx);
    addSignature(fields, signature);
    Bytes raw = typed(fields);
    const Hash hash = keccak256(raw);
    return SignedTransaction{std::move(raw), hash};
}

} // namespace seismic
