// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli token balance`: the signer's token balance (a signed read).
class TokenBalanceCommand : public Command
{
public:
    TokenBalanceCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
