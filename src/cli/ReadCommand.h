// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

namespace seismic::cli {

// `seismic-cli read --abi FILE FUNCTION [ARG...]`: a contract read, outputs decoded.
class ReadCommand : public Command
{
public:
    ReadCommand();
    QCoro::Task<int> run(QStringList arguments) override;
};

} // namespace seismic::cli
