// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli token info`: name, symbol and decimals of an SRC20 token.
class TokenInfoCommand : public Command
{
public:
    TokenInfoCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
