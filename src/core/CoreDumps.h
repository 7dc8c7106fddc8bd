// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

namespace seismic {

// Keeps keys and passwords out of core dumps for the rest of the process's life: no core file
// (RLIMIT_CORE 0) and, on Linux, not dumpable at all (PR_SET_DUMPABLE 0, which also keeps other
// processes of the user from attaching with ptrace). Called first thing by the programs that
// hold keys. Io naming the call that failed; a no-op where the system has neither.
Status disableCoreDumps();

} // namespace seismic
