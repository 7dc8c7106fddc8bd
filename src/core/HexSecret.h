// SPDX-License-Identifier: MIT
#pragma once

#include "core/Bytes.h"
#include "core/Result.h"

#include <span>
#include <string_view>

namespace seismic {

// A secret written as hex in a file or a field (a private key, a viewing key).

// The text of a key file without a UTF-8 byte order mark (editors on Windows add one) and
// surrounding ASCII whitespace.
std::string_view trimmedKeyText(ByteView contents);

// Decodes `text` (optional 0x) into `secret`, which receives exactly its size in bytes and is
// the only place the decoded bytes go. Errors of `kind` name the input `subject` and never quote
// it: "<subject> contains a non-hex character at position 5" (1-based, counting a 0x prefix),
// reported before "<subject> has 63 hex digits, expected 64" (a count misleads when the text is
// a word).
Status parseHexSecret(std::string_view text, std::span<std::uint8_t> secret, ErrorKind kind,
                      std::string_view subject);

} // namespace seismic
