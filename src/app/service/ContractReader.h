// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>

namespace seismic::client {
class WalletClient;
}

namespace seismic::app {

// Reads a view or pure function of a contract (a ContractRead request): a signed read when its
// inputs are shielded, else a plain call, through `client` (its caller keeps it alive or the call
// ends Cancelled). Without a client (locked, not connected), clientGone().
QCoro::Task<Result<std::vector<AbiValue>>> readContract(client::WalletClient* client,
                                                        const SendRequest& request);

// The decoded outputs as plain text, one "name = value" line each.
QString contractOutputsText(const SendRequest& request, const std::vector<AbiValue>& outputs);

} // namespace seismic::app
