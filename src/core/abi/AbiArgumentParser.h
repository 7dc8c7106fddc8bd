// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

namespace seismic {

// Reads ABI argument values from user text (CLI options, GUI form fields):
//   uint<M>, int<M>  decimal or 0x-hex, a leading '-' for int<M>; within the type's range
//   address          0x + 40 hex digits; mixed case must match the EIP-55 checksum
//   bool             true, false, 1 or 0
//   bytes            0x-hex ("0x" alone is empty)
//   bytes<M>         0x-hex of exactly M bytes
//   string           the text verbatim
//   T[k], T[], tuple JSON text: [1,2,3], ["0xAbC…", 5], [[1,2],[3]]; elements may be bare or
//                    quoted and keep full 256-bit precision (never parsed as doubles); a tuple
//                    whose components all have names may also be an object {"to": …, "amount": 5}
// Whitespace around a value is ignored, except for string. Errors are InvalidArgument naming
// the parameter (nested: "orders[1].price") and what is wrong: "amount: '1.5' is not an
// integer", "to: address checksum mismatch (EIP-55): check for a typo". AbiValue::toString
// writes values in a form this reads back.
class AbiArgumentParser
{
public:
    static Result<AbiValue> parse(const AbiType& type, std::string_view text,
                                  std::string_view name);
    // One text per parameter; a parameter without a name is called argN in errors.
    static Result<std::vector<AbiValue>> parse(const std::vector<AbiParam>& params,
                                               const std::vector<std::string>& texts);
};

} // namespace seismic
