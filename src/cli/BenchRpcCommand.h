// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli bench rpc`: JSON-RPC requests/second and latency against a node.
class BenchRpcCommand : public Command
{
public:
    BenchRpcCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
