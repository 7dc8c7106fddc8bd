// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

namespace seismic::client {

// Why eth_sendRawTransaction failed, as far as the nonce is concerned.
enum class SendFailure
{
    Rejected,      // the node refused the transaction: its nonce was not used
    NonceConflict, // "nonce too low", "replacement transaction underpriced": the nonce is used
    AlreadyKnown,  // the node already has exactly this transaction
    Unknown,       // the answer was lost: the node may or may not have it
};

SendFailure classifySendFailure(const Error& error);

} // namespace seismic::client
