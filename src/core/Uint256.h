// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace seismic {

// Exact 256-bit integers (wrap-around arithmetic, as the EVM does); amounts never touch floats.
using Uint256 = boost::multiprecision::uint256_t;
using Int256 = boost::multiprecision::int256_t;

// Big-endian, left-padded to 32 bytes (ABI words, storage values).
Bytes32 toWord(const Uint256& value);
// Big-endian, no leading zero bytes; zero is empty (RLP integers, JSON quantities).
Bytes toMinimalBytes(const Uint256& value);
// Big-endian bytes of at most 32 bytes; longer input is an error.
Result<Uint256> uint256FromBytes(ByteView bigEndian);

// Decimal digits, or "0x"-prefixed hex; whitespace and signs are refused; > 2^256-1 is an error.
Result<Uint256> parseUint256(std::string_view text);
// Signed decimal (optional leading '-') or 0x-hex two's-complement-free magnitude.
Result<Int256> parseInt256(std::string_view text);

std::string toDecimal(const Uint256& value);
std::string toDecimal(const Int256& value);
// JSON-RPC quantity: "0x" + minimal hex digits ("0x0" for zero).
std::string toQuantity(const Uint256& value);
// JSON-RPC quantity: "0x" + 1..64 hex digits, no leading zeros beyond "0x0".
Result<Uint256> parseQuantity(std::string_view text);

} // namespace seismic
