// SPDX-License-Identifier: MIT
#include "seismic/TxSeismicBuilder.h"

#include "seismic/EncryptionState.h"

namespace seismic {
namespace {

Error missing(std::string_view field)
{
    return makeError(ErrorKind::InvalidArgument,
                     "Seismic transactions require " + std::string(field));
}

} // namespace

Result<TxSeismic> buildTxSeismic(const TxSeismicFields& f)
{
    if (!f.chainId)
        return missing("chainId");
    if (!f.nonce)
        return missing("nonce");
    if (!f.gasPrice)
        return missing("gasPrice");
    if (!f.gas)
        return missing("gas");
    if (!f.to)
        return missing("to"); // nodes refuse Seismic contract creation
    if (!f.encryptionPubkey)
        return missing("encryptionPubkey");
    if (!f.encryptionNonce)
        return missing("encryptionNonce");
    if (!f.recentBlockHash)
        return missing("recentBlockHash");
    if (!f.expiresAtBlock)
        return missing("expiresAtBlock");
    if (!f.input)
        return missing("input");
    if (*f.gasPrice > (Uint256(1) << 128) - 1)
        return makeError(ErrorKind::InvalidArgument, "gasPrice does not fit in 128 bits");
    if (f.messageVersion != kRawMessageVersion && f.messageVersion != kTypedDataMessageVersion)
        return makeError(ErrorKind::Unsupported,
                         "messageVersion must be 0 (raw) or 2 (EIP-712), got " +
                             std::to_string(f.messageVersion));
    if (auto nonceOk = validateEncryptionNonce(*f.encryptionNonce); !nonceOk)
        return std::move(nonceOk).error();

    TxSeismic tx;
    tx.chainId = *f.chainId;
    tx.nonce = *f.nonce;
    tx.gasPrice = *f.gasPrice;
    tx.gas = *f.gas;
    tx.to = f.to;
    tx.value = f.value;
    tx.elements = SeismicElements{*f.encryptionPubkey, *f.encryptionNonce, f.messageVersion,
                                  *f.recentBlockHash,  *f.expiresAtBlock,  f.signedRead};
    tx.input = *f.input;
    return tx;
}

} // namespace seismic
