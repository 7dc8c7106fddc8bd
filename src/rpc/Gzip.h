// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"

#include <QByteArray>

namespace seismic::rpc {

// Decompresses a gzip or zlib ("deflate") body; more than maxBytes of output is a
// ResponseTooLarge error (a small body can expand enormously), corrupt input a Decode error.
Result<QByteArray> inflateBody(const QByteArray& compressed, qint64 maxBytes);

} // namespace seismic::rpc
