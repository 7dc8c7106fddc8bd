// SPDX-License-Identifier: MIT
// JSON ABI parsing (solc/Foundry/Hardhat arrays and artifacts). Whatever parses names types
// that parse back from their canonical names, signatures whose selectors and topics the
// human-readable parsers reproduce, and outputs whose zero values (what empty return data
// decodes to, within the 4 MiB bound) encode and decode back.
//
// The round trip runs for outputs up to 64 KiB encoded: larger ones take the same paths with
// longer loops, and at ~0.5 s each under ASan the corpus filled with them and the fuzzer's speed
// fell below a thousand executions a second.
#include "FuzzCheck.h"

#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"
#include "core/abi/AbiJson.h"

#include <string_view>

using namespace seismic;

namespace {

constexpr std::size_t kMaxRoundTripSize = 64 * 1024;

std::size_t encodedSize(const std::vector<AbiParam>& params)
{
    std::size_t total = 0;
    for (const AbiParam& param : params)
        total += param.type.minEncodedSize();
    return total;
}

void checkParams(const std::vector<AbiParam>& params)
{
    for (const AbiParam& param : params) {
        auto reparsed = AbiType::parse(param.type.canonicalName());
        FUZZ_CHECK(reparsed.ok());
        FUZZ_CHECK(*reparsed == param.type);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto abi = parseAbiJson(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!abi)
        return 0;
    for (const AbiFunction& function : abi->functions()) {
        checkParams(function.inputs());
        checkParams(function.outputs());
        if (auto parsed = AbiFunction::parse(function.signature()); parsed)
            FUZZ_CHECK(parsed->selector() == function.selector());
        // Empty return data: zero values, unless together they exceed the encoding bound.
        auto zeros = function.decodeOutputs({});
        if (!zeros) {
            FUZZ_CHECK(zeros.error().kind == ErrorKind::Decode);
            continue;
        }
        FUZZ_CHECK(zeros->size() == function.outputs().size());
        if (encodedSize(function.outputs()) > kMaxRoundTripSize)
            continue;
        auto encoded = AbiEncoder::encode(function.outputs(), *zeros);
        FUZZ_CHECK(encoded.ok());
        if (!function.outputs().empty()) {
            auto decoded = AbiDecoder::decode(function.outputs(), *encoded);
            FUZZ_CHECK(decoded.ok() && *decoded == *zeros);
        }
    }
    for (const AbiEvent& event : abi->events()) {
        checkParams(event.inputs());
        FUZZ_CHECK(event.indexedCount() <= (event.isAnonymous() ? 4u : 3u));
    }
    for (const AbiError& error : abi->errors()) {
        checkParams(error.inputs());
        if (auto parsed = AbiError::parse(error.signature()); parsed)
            FUZZ_CHECK(parsed->selector() == error.selector());
    }
    return 0;
}
