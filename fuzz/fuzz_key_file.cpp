// SPDX-License-Identifier: MIT
// Raw private-key files (core/KeyFile): format detection and the raw-hex parser. A key that
// parses was detected as a raw key and is exactly the 32 bytes its hex digits spell; errors are
// KeyFile errors that never echo the file's content.
#include "FuzzCheck.h"

#include "core/Hex.h"
#include "core/KeyFile.h"

#include <algorithm>
#include <cctype>
#include <string_view>

using namespace seismic;

namespace {

// The first run of at least 16 hex digits in the input: part of a key, which no message may
// contain.
std::string_view hexRun(std::string_view text)
{
    constexpr std::size_t kMinRun = 16;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i])))
            continue;
        if (i - start >= kMinRun)
            return text.substr(start, i - start);
        start = i + 1;
    }
    return {};
}

void checkError(const Error& error, std::string_view input)
{
    FUZZ_CHECK(error.kind == ErrorKind::KeyFile);
    const std::string_view run = hexRun(input);
    if (!run.empty())
        FUZZ_CHECK(error.message.find(run.substr(0, 16)) == std::string::npos);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ByteView contents(data, size);
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto format = detectKeyFileFormat(contents);
    if (!format)
        checkError(format.error(), text);

    auto key = parseRawKeyFile(contents);
    if (!key) {
        checkError(key.error(), text);
        return 0;
    }
    FUZZ_CHECK(format && *format == KeyFileFormat::RawHex);
    // The key is the input's hex digits (in lower case), not some other 32 bytes.
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    FUZZ_CHECK(lower.find(toHex(key->secret(), false)) != std::string::npos);
    return 0;
}
