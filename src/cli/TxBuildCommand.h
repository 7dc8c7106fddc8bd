// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli tx build --offline`: a signed 0x4a transaction from explicit inputs, no node.
class TxBuildCommand : public Command
{
public:
    TxBuildCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
