// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

namespace seismic {

// Standard Solidity ABI encoding (head/tail layout, 32-byte words, offsets relative to the
// enclosing tuple, two's-complement signed integers, bytes<M> right-padded). Shielded types
// encode as their base types. Every value is checked against its type first (AbiValue::check),
// so errors name the parameter: its name, or argN when it has none.
class AbiEncoder
{
public:
    // The values as the tuple of `params`: function arguments, return data, event data.
    static Result<Bytes> encode(const std::vector<AbiParam>& params,
                                const std::vector<AbiValue>& values);
    // selector || encode(params, values): calldata, or custom-error revert data.
    static Result<Bytes> encodeWithSelector(const Selector& selector,
                                            const std::vector<AbiParam>& params,
                                            const std::vector<AbiValue>& values);
    // One value encoded as a one-element tuple; a word type gives its 32-byte word.
    static Result<Bytes> encodeSingle(const AbiType& type, const AbiValue& value);
};

} // namespace seismic
