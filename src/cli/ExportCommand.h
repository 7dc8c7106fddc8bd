// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli export`: the transfers kept by `watch --store` as CSV or JSON lines.
class ExportCommand : public Command
{
public:
    ExportCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
