// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"
#include "core/abi/AbiError.h"
#include "seismic/EncryptionState.h"

#include <vector>

namespace seismic::client {

// Revert errors of eth_call / eth_estimateGas made readable. Both return an error of kind
// Revert whose message is "execution reverted[: <reason>]" (Error(string), Panic, or a custom
// error of `customErrors`) and whose data is the plaintext revert output as 0x-hex; errors that
// are not reverts come back unchanged.

// A transparent call: the revert data is plaintext.
Error decodeRevert(Error error, const std::vector<AbiError>& customErrors = {});

// A signed read or signed estimate (spec 6.3): the node encrypts the revert output with the
// response key under the request's nonce and AAD. If it does not authenticate (a node that sent
// plaintext), or there is no data, the node's message and data are kept as they are.
Error decodeEncryptedRevert(Error error, const EncryptionState& encryption,
                            const TxMetadata& metadata,
                            const std::vector<AbiError>& customErrors = {});

} // namespace seismic::client
