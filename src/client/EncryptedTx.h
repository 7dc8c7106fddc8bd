// SPDX-License-Identifier: MIT
#pragma once

#include "client/TxRequest.h"
#include "seismic/EncryptionState.h"
#include "seismic/TxSeismic.h"

namespace seismic::client {

// The fields of a TxSeismic that the client fills from the chain before encrypting (the alloy
// "fillers": chain id, nonce, gas price, gas, seismic elements).
struct TxSeismicFill
{
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 gasPrice;
    std::uint64_t gas = 0;
    EncryptionNonce encryptionNonce;
    Bytes32 recentBlockHash;
    std::uint64_t expiresAtBlock = 0;
    bool signedRead = false;
};

// A TxSeismic whose input is the encrypted calldata, and the metadata (AAD) it was encrypted
// under: a signed read's answer and revert data decrypt with the same metadata.
struct EncryptedTx
{
    TxSeismic tx;
    TxMetadata metadata;
};

// Encrypts request.data for `sender` under `encryption` and assembles the transaction: recipient,
// value and messageVersion (2 with options.eip712) from the request, the rest from `fill`.
Result<EncryptedTx> encryptTx(const EncryptionState& encryption, const Address& sender,
                              const TxRequest& request, const TxSeismicFill& fill);

} // namespace seismic::client
