// SPDX-License-Identifier: MIT
#pragma once

#include "core/KeyFile.h"

#include <QString>

namespace seismic::app {

// Which format the key file at `path` is in (core detectKeyFileFormat), so that the import
// dialog asks for the file's password only for keystores. Reads at most 1 MiB and wipes what it
// read. Blocking file I/O: call it from a worker thread.
Result<KeyFileFormat> probeKeyFile(const QString& path);

} // namespace seismic::app
