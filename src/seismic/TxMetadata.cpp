// SPDX-License-Identifier: MIT
#include "seismic/TxMetadata.h"

#include "core/Rlp.h"
#include "seismic/TxSeismic.h"

namespace seismic {

TxMetadata metadataOf(const TxSeismic& tx, const Address& sender)
{
    return TxMetadata{sender, tx.chainId, tx.nonce, tx.to, tx.value, tx.elements};
}

Bytes encodeAad(const TxMetadata& metadata)
{
    const SeismicElements& e = metadata.elements;
    RlpList fields;
    fields.addBytes(metadata.sender.view())
        .addUint(metadata.chainId)
        .addUint(metadata.nonce)
        .addBytes(metadata.to ? metadata.to->view() : ByteView{})
        .addUint(metadata.value)
        .addBytes(e.encryptionPubkey.view())
        .addBytes(e.encryptionNonce.view())
        .addUint(std::uint64_t{e.messageVersion})
        .addBytes(e.recentBlockHash.view())
        .addUint(e.expiresAtBlock)
        .addBool(e.signedRead);
    return fields.encode();
}

} // namespace seismic
