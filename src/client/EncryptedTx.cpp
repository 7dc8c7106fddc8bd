// SPDX-License-Identifier: MIT
#include "client/EncryptedTx.h"

namespace seismic::client {

Result<EncryptedTx> encryptTx(const EncryptionState& encryption, const Address& sender,
                              const TxRequest& request, const TxSeismicFill& fill)
{
    SeismicElements elements;
    elements.encryptionPubkey = encryption.encryptionPubkey();
    elements.encryptionNonce = fill.encryptionNonce;
    elements.messageVersion =
        request.options.eip712 ? kTypedDataMessageVersion : kRawMessageVersion;
    elements.recentBlockHash = fill.recentBlockHash;
    elements.expiresAtBlock = fill.expiresAtBlock;
    elements.signedRead = fill.signedRead;

    EncryptedTx out;
    out.metadata =
        TxMetadata{sender, fill.chainId, fill.nonce, request.to, request.options.value, elements};
    auto ciphertext = encryption.encryptRequest(request.data, out.metadata);
    if (!ciphertext)
        return std::move(ciphertext).error();
    out.tx.chainId = fill.chainId;
    out.tx.nonce = fill.nonce;
    out.tx.gasPrice = fill.gasPrice;
    out.tx.gas = fill.gas;
    out.tx.to = request.to;
    out.tx.value = request.options.value;
    out.tx.elements = elements;
    out.tx.input = std::move(ciphertext).value();
    return out;
}

} // namespace seismic::client
