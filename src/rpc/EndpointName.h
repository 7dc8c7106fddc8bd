// SPDX-License-Identifier: MIT
#pragma once

// The redaction helper moved to core (core/EndpointName.h) so that the client, the CLI and the
// app name endpoints the same way; rpc's files keep including it by this name.
#include "core/EndpointName.h"

namespace seismic::rpc {
using seismic::endpointName;
}
