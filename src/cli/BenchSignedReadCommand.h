// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli bench signed-read`: signed reads per second and latency against a node.
class BenchSignedReadCommand : public Command
{
public:
    BenchSignedReadCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
