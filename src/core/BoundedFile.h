// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace seismic {

// Reads a whole file of at most `maxBytes`, never more: special files (/dev/zero, a FIFO) report
// a size of 0 and can be endless, so the read stops one byte past the limit. Errors are Io
// errors whose message names `what` and the path and says what is wrong (no such file, a
// directory, too large, unreadable); they never contain the file's content. The read is
// unbuffered, so QFile keeps no copy of a secret; the caller wipes the returned buffer if it
// holds one.
Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes, const QString& what);

} // namespace seismic
