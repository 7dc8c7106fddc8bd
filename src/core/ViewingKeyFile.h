// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "core/SymmetricKey.h"

#include <QString>

namespace seismic {

// A viewing key kept in a file (the command line's --viewing-key-file, a watch-only account's
// key in the app, a provider's key): 64 hex digits, optional 0x, surrounding whitespace allowed.
// What the file may hold at most: anything larger is not a viewing key file.
inline constexpr qint64 kMaxViewingKeyFileBytes = 4 * 1024;

// Errors are InvalidArgument with a precise message that never quotes the content: "viewing key
// is empty", "viewing key contains a non-hex character at position N", "viewing key has N hex
// digits, expected 64".
Result<SymmetricKey> parseViewingKey(ByteView contents);

// Reads (bounded, see readBoundedFile) and parses the file at `path`; what it read is wiped.
// A missing, unreadable or oversized file (/dev/zero) is an Io error, a file that holds no key
// an InvalidArgument error; both start "viewing key file <path>: ". Blocking file I/O: a FIFO waits
// for its writer, so the GUI calls it from a worker thread.
Result<SymmetricKey> readViewingKeyFile(const QString& path);

} // namespace seismic
