// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli bench write`: confirmed shielded writes per second from one account.
class BenchWriteCommand : public Command
{
public:
    BenchWriteCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
