// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli write --abi FILE FUNCTION [ARG...]`: a contract write (shielded, transparent or
// debug), followed to its receipt.
class WriteCommand : public Command
{
public:
    WriteCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
