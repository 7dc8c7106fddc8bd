// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiError.h"

namespace seismic {

// What a revert's output data says.
struct RevertReason
{
    enum class Kind : std::uint8_t
    {
        Empty,       // no data: a bare revert() or require without a message
        ErrorString, // Error(string), selector 08c379a0: require/revert with a message
        Panic,       // Panic(uint256), selector 4e487b71: assert, overflow, division by zero...
        CustomError, // an error of the contract's ABI
        Unknown,     // anything else, kept raw
    };

    Kind kind = Kind::Empty;
    // ErrorString: the message; Panic: the code's meaning; CustomError: "Name(arg=value, ...)".
    std::string reason;
    // Panic only.
    Uint256 panicCode = 0;
    // CustomError only: the error's name and decoded arguments.
    std::string errorName;
    std::vector<AbiValue> args;
    // The revert data as received.
    Bytes data;

    // Human-readable: "execution reverted", "execution reverted: secret=987654321",
    // "execution reverted: panic 0x11 (arithmetic overflow or underflow)",
    // "execution reverted: InsufficientBalance(available=0, required=5)",
    // "execution reverted (unrecognised revert data, selector 0x12345678)".
    std::string message() const;
};

class RevertDecoder
{
public:
    // Never fails: data that is none of the known shapes (or malformed) is Unknown.
    static RevertReason decode(ByteView data, const std::vector<AbiError>& customErrors = {});

    // The meaning of a Solidity panic code (0x01 assert, 0x11 overflow, 0x12 division by
    // zero, 0x21 enum conversion, 0x22 storage encoding, 0x31 pop on empty, 0x32 index out of
    // bounds, 0x41 out of memory, 0x51 uninitialised function); "unknown panic code" else.
    static std::string_view panicMeaning(const Uint256& code);
};

} // namespace seismic
