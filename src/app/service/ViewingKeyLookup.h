// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>

namespace seismic::client {
class PublicClient;
}

namespace seismic::app {

// Whether `account` has a viewing key registered in the Directory (so that SRC20 senders can
// encrypt the amount to it), asked through `client` (its caller keeps it alive or the call ends
// Cancelled); without a client, clientGone().
QCoro::Task<Result<bool>> hasRegisteredViewingKey(client::PublicClient* client, Address account);

} // namespace seismic::app
