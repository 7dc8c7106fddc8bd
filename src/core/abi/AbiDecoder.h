// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

namespace seismic {

// Strict, bounds-checked ABI decoding. Every offset and length is checked against the data
// before it is followed or allocated for, padding must be zero (uint<M>, int<M> sign extension,
// address, bool 0/1, bytes<M>, the tail of bytes/string), and data whose offsets make values
// overlap so that they decode to more than twice the data's words is refused: malformed input
// gives a Decode error naming the parameter, never a crash or a huge allocation. Bytes after
// the last value are ignored, as Solidity's abi.decode does.
class AbiDecoder
{
public:
    // `data` as the tuple of `params` (return data, event data, arguments after a selector).
    static Result<std::vector<AbiValue>> decode(const std::vector<AbiParam>& params, ByteView data);

    // Function return data read the way the Python SDK reads it (spec 7.1): no declared outputs
    // gives nothing, whatever the data; EMPTY data with declared outputs gives their zero
    // values (AbiValue::zero); anything else is decoded strictly.
    static Result<std::vector<AbiValue>> decodeOutputs(const std::vector<AbiParam>& outputs,
                                                       ByteView data);

    // One 32-byte word as a value of a word type (AbiType::isWord), e.g. an indexed event topic.
    static Result<AbiValue> decodeWord(const AbiType& type, ByteView word);
};

} // namespace seismic
