// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Output.h"
#include "core/FixedBytes.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>

namespace seismic::client {
class PublicClient;
} // namespace seismic::client

namespace seismic::cli {

// What every sending command (write, token transfer, viewing-key register) prints: the hash as
// soon as the node has the transaction, then, when `wait`, its outcome: status, block, gas used,
// and for a failed one the decoded revert reason. With --json one object at the end. The exit
// code follows the outcome (ExitCode.h). `details` are printed after the hash.
QCoro::Task<int> reportTransaction(Reporter reporter, client::PublicClient* client,
                                   Result<Hash> sent, bool wait, Record details = {});

} // namespace seismic::cli
