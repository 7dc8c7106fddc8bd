// SPDX-License-Identifier: MIT
#include "cli/Commands.h"

#include "cli/BenchCommand.h"

namespace seismic::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BenchCommand>());
    return commands;
}

} // namespace seismic::cli
