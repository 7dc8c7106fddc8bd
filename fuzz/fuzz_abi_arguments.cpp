// SPDX-License-Identifier: MIT
// ABI arguments from user text (AbiArgumentParser). Input: a type such as "(address,suint256)[]",
// a newline, then the argument text. A value that parses fits its type, reads back from its
// text form, and survives ABI encoding and decoding unchanged.
#include "FuzzCheck.h"

#include "core/abi/AbiArgumentParser.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"

#include <string_view>

using namespace seismic;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t newline = input.find('\n');
    if (newline == std::string_view::npos)
        return 0;
    auto type = AbiType::parse(input.substr(0, newline));
    if (!type)
        return 0;
    auto value = AbiArgumentParser::parse(*type, input.substr(newline + 1), "value");
    if (!value)
        return 0;

    FUZZ_CHECK(value->check(*type, "value"));
    auto reparsed = AbiArgumentParser::parse(*type, value->toString(), "value");
    FUZZ_CHECK(reparsed.ok());
    FUZZ_CHECK(*reparsed == *value);

    const std::vector<AbiParam> params{AbiParam{"value", *type, {}, false}};
    auto encoded = AbiEncoder::encode(params, {*value});
    FUZZ_CHECK(encoded.ok());
    auto decoded = AbiDecoder::decode(params, *encoded);
    FUZZ_CHECK(decoded.ok());
    FUZZ_CHECK(decoded->size() == 1 && (*decoded)[0] == *value);
    return 0;
}
