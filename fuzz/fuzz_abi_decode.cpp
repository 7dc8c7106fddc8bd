// SPDX-License-Identifier: MIT
// The ABI decoder on arbitrary types (shielded ones included) and arbitrary data. Input: a
// parameter list such as "(suint256,(bool,sbytes)[2],string)", a newline, then the data.
// Whatever decodes fits its types, re-encodes, decodes again to the same values, and reads
// back from its text form (AbiValue::toString -> AbiArgumentParser); the lenient output reader
// and the one-word reader agree with the strict decoder.
#include "FuzzCheck.h"

#include "core/abi/AbiArgumentParser.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"

#include <algorithm>
#include <string_view>

using namespace seismic;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos)
        return 0;
    auto params = parseAbiParamList(input.substr(0, newline));
    if (!params)
        return 0;
    const ByteView encoded(data + newline + 1, size - newline - 1);

    auto values = AbiDecoder::decode(*params, encoded);
    auto outputs = AbiDecoder::decodeOutputs(*params, encoded);
    if (!params->empty() && !encoded.empty()) {
        FUZZ_CHECK(outputs.ok() == values.ok());
        if (values)
            FUZZ_CHECK(*outputs == *values);
    }
    if (params->size() == 1 && (*params)[0].type.isWord() && encoded.size() >= 32) {
        auto word = AbiDecoder::decodeWord((*params)[0].type, encoded.first(32));
        FUZZ_CHECK(word.ok() == values.ok());
        if (word)
            FUZZ_CHECK(*word == (*values)[0]);
    }
    if (!values)
        return 0;

    FUZZ_CHECK(values->size() == params->size());
    for (std::size_t i = 0; i < params->size(); ++i) {
        const AbiType& type = (*params)[i].type;
        FUZZ_CHECK((*values)[i].check(type, "value"));
        auto parsed = AbiArgumentParser::parse(type, (*values)[i].toString(), "value");
        FUZZ_CHECK(parsed.ok());
        FUZZ_CHECK(*parsed == (*values)[i]);
    }
    auto reencoded = AbiEncoder::encode(*params, *values);
    FUZZ_CHECK(reencoded.ok());
    auto again = AbiDecoder::decode(*params, *reencoded);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(*again == *values);
    auto stable = AbiEncoder::encode(*params, *again);
    FUZZ_CHECK(stable.ok() && *stable == *reencoded);
    return 0;
}
