// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace seismic::cli {

// Every subcommand, in the order `seismic-cli --help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace seismic::cli
