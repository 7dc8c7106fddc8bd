// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli token transfer TO AMOUNT`: a shielded SRC20 transfer.
class TokenTransferCommand : public Command
{
public:
    TokenTransferCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
