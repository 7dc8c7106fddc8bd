// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli bench decode`: SRC20 transfer logs decoded and decrypted per second, offline.
class BenchDecodeCommand : public Command
{
public:
    BenchDecodeCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
