// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli watch`: token transfers as JSON lines, history first, then live.
class WatchCommand : public Command
{
public:
    WatchCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
