// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli info`: chain id, latest block, TEE public key and a balance, fetched together.
class InfoCommand : public Command
{
public:
    InfoCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
