// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Result.h"

namespace seismic {

// HKDF-SHA256 (RFC 5869), extract then expand. An empty salt means "no salt" (RFC 5869 then uses
// 32 zero bytes). `length` must be 1..8160 (255 SHA-256 blocks), else InvalidArgument.
Result<Bytes> hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t length);

} // namespace seismic
