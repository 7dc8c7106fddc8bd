// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"
#include "cli/Output.h"
#include "core/Address.h"

namespace seismic::cli {

// `seismic-cli balance [ADDRESS]`: the native balance of an account (default: the signer).
class BalanceCommand : public Command
{
public:
    BalanceCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

// address, balanceWei, balanceEther.
Record balanceRecord(const Address& account, const Uint256& wei);

} // namespace seismic::cli
