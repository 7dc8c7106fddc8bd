// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli bench rpc ...`: JSON-RPC throughput and latency against a node.
class BenchCommand : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    QCoro::Task<int> run(QStringList arguments) override;

private:
    QCoro::Task<int> runRpc(QStringList arguments);
};

} // namespace seismic::cli
