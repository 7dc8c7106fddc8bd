// SPDX-License-Identifier: MIT
#include "core/abi/RevertDecoder.h"

#include "core/abi/AbiDecoder.h"

#include <algorithm>

namespace seismic {
namespace {

const AbiError& errorStringType()
{
    static const AbiError kError("Error", {AbiParam{"message", *AbiType::parse("string"), {}}});
    return kError;
}

const AbiError& panicType()
{
    static const AbiError kPanic("Panic", {AbiParam{"code", *AbiType::parse("uint256"), {}}});
    return kPanic;
}

bool startsWith(ByteView data, const Selector& selector)
{
    return data.size() >= selector.size() &&
           std::equal(selector.begin(), selector.end(), data.begin());
}

std::string describeCall(const AbiError& error, const std::vector<AbiValue>& args)
{
    std::string out = error.name() + '(';
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (i > 0)
            out += ", ";
        if (!error.inputs()[i].name.empty())
            out += error.inputs()[i].name + '=';
        out += args[i].toString();
    }
    return out + ')';
}

} // namespace

std::string RevertReason::message() const
{
    switch (kind) {
    case Kind::Empty:
        return "execution reverted";
    case Kind::ErrorString:
        return "execution reverted: " + reason;
    case Kind::Panic:
        return "execution reverted: panic " + toQuantity(panicCode) + " (" + reason + ")";
    case Kind::CustomError:
        return "execution reverted: " + reason;
    case Kind::Unknown:
        break;
    }
    if (data.size() < 4)
        return "execution reverted (unrecognised revert data " + toHex(data) + ")";
    return "execution reverted (unrecognised revert data, selector " +
           toHex(ByteView(data).first(4)) + ")";
}

RevertReason RevertDecoder::decode(ByteView data, const std::vector<AbiError>& customErrors)
{
    RevertReason out;
    out.data = toBytes(data);
    if (data.empty())
        return out;
    out.kind = RevertReason::Kind::Unknown;

    if (startsWith(data, errorStringType().selector())) {
        auto values = errorStringType().decode(data);
        if (values) {
            out.kind = RevertReason::Kind::ErrorString;
            out.reason = (*values)[0].asString();
        }
        return out;
    }
    if (startsWith(data, panicType().selector())) {
        auto values = panicType().decode(data);
        if (values) {
            out.kind = RevertReason::Kind::Panic;
            out.panicCode = (*values)[0].asUint();
            out.reason = std::string(panicMeaning(out.panicCode));
        }
        return out;
    }
    for (const AbiError& error : customErrors) {
        if (!startsWith(data, error.selector()))
            continue;
        auto values = error.decode(data);
        if (!values)
            continue;
        out.kind = RevertReason::Kind::CustomError;
        out.errorName = error.name();
        out.reason = describeCall(error, *values);
        out.args = std::move(*values);
        return out;
    }
    return out;
}

std::string_view RevertDecoder::panicMeaning(const Uint256& code)
{
    if (code > 0xff)
        return "unknown panic code";
    switch (static_cast<unsigned>(code)) {
    case 0x00:
        return "generic compiler panic";
    case 0x01:
        return "assertion failed";
    case 0x11:
        return "arithmetic overflow or underflow";
    case 0x12:
        return "division or modulo by zero";
    case 0x21:
        return "invalid enum value";
    case 0x22:
        return "incorrectly encoded storage byte array";
    case 0x31:
        return "pop() on an empty array";
    case 0x32:
        return "array index out of bounds";
    case 0x41:
        return "out of memory (too large an allocation)";
    case 0x51:
        return "call to an uninitialised internal function";
    default:
        return "unknown panic code";
    }
}

} // namespace seismic
