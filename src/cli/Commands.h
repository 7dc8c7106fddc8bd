// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandGroup.h"

#include <memory>

namespace seismic::cli {

// `seismic-cli` itself: every command, in the order `seismic-cli --help` lists them.
std::unique_ptr<CommandGroup> rootCommand();

} // namespace seismic::cli
