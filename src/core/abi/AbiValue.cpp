// SPDX-License-Identifier: MIT
#include "core/abi/AbiValue.h"

namespace seismic {
namespace {

using TypeKind = AbiType::Kind;

std::string_view describe(AbiValue::Kind kind)
{
    switch (kind) {
    case AbiValue::Kind::Uint:
        return "an unsigned integer";
    case AbiValue::Kind::Int:
        return "a signed integer";
    case AbiValue::Kind::Address:
        return "an address";
    case AbiValue::Kind::Bool:
        return "a boolean";
    case AbiValue::Kind::Bytes:
        return "bytes";
    case AbiValue::Kind::String:
        return "a string";
    case AbiValue::Kind::Array:
        return "an array";
    case AbiValue::Kind::Tuple:
        return "a tuple";
    }
    return "a value";
}

AbiValue::Kind valueKindFor(TypeKind kind)
{
    switch (kind) {
    case TypeKind::Uint:
        return AbiValue::Kind::Uint;
    case TypeKind::Int:
        return AbiValue::Kind::Int;
    case TypeKind::Address:
        return AbiValue::Kind::Address;
    case TypeKind::Bool:
        return AbiValue::Kind::Bool;
    case TypeKind::FixedBytes:
    case TypeKind::Bytes:
        return AbiValue::Kind::Bytes;
    case TypeKind::String:
        return AbiValue::Kind::String;
    case TypeKind::FixedArray:
    case TypeKind::Array:
        return AbiValue::Kind::Array;
    case TypeKind::Tuple:
        return AbiValue::Kind::Tuple;
    }
    return AbiValue::Kind::Bool;
}

Error checkError(std::string_view path, const std::string& reason)
{
    return makeError(ErrorKind::InvalidArgument, std::string(path) + ": " + reason);
}

std::string componentPath(std::string_view path, const AbiParam& component, std::size_t index)
{
    if (component.name.empty())
        return std::string(path) + '[' + std::to_string(index) + ']';
    return std::string(path) + '.' + component.name;
}

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    out += '"';
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kDigits[byte >> 4];
                out += kDigits[byte & 0x0f];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

AbiValue AbiValue::fromUint(Uint256 value)
{
    return AbiValue(Kind::Uint, std::move(value));
}

AbiValue AbiValue::fromInt(Int256 value)
{
    return AbiValue(Kind::Int, std::move(value));
}

AbiValue AbiValue::fromAddress(const Address& value)
{
    return AbiValue(Kind::Address, value);
}

AbiValue AbiValue::fromBool(bool value)
{
    return AbiValue(Kind::Bool, value);
}

AbiValue AbiValue::fromBytes(Bytes value)
{
    return AbiValue(Kind::Bytes, std::move(value));
}

AbiValue AbiValue::fromString(std::string value)
{
    return AbiValue(Kind::String, std::move(value));
}

AbiValue AbiValue::array(std::vector<AbiValue> items)
{
    return AbiValue(Kind::Array, std::move(items));
}

AbiValue AbiValue::tuple(std::vector<AbiValue> items)
{
    return AbiValue(Kind::Tuple, std::move(items));
}

AbiValue AbiValue::zero(const AbiType& type)
{
    switch (type.kind()) {
    case TypeKind::Uint:
        return fromUint(0);
    case TypeKind::Int:
        return fromInt(0);
    case TypeKind::Address:
        return fromAddress(Address());
    case TypeKind::Bool:
        return fromBool(false);
    case TypeKind::FixedBytes:
        return fromBytes(Bytes(type.size(), 0));
    case TypeKind::Bytes:
        return fromBytes(Bytes());
    case TypeKind::String:
        return fromString({});
    case TypeKind::FixedArray:
        return array(std::vector<AbiValue>(type.size(), zero(type.element())));
    case TypeKind::Array:
        return array({});
    case TypeKind::Tuple: {
        std::vector<AbiValue> items;
        items.reserve(type.components().size());
        for (const AbiParam& component : type.components())
            items.push_back(zero(component.type));
        return tuple(std::move(items));
    }
    }
    return {};
}

Status AbiValue::check(const AbiType& type, std::string_view path) const
{
    const Kind expected = valueKindFor(type.kind());
    if (m_kind != expected)
        return checkError(path, "expected " + std::string(describe(expected)) + " for " +
                                    type.canonicalName() + ", got " +
                                    std::string(describe(m_kind)));
    switch (type.kind()) {
    case TypeKind::Uint: {
        const Uint256& value = asUint();
        if (type.size() < 256 && (value >> type.size()) != 0) {
            const Uint256 max = (Uint256(1) << type.size()) - 1;
            return checkError(path, toDecimal(value) + " is out of range for " +
                                        type.canonicalName() + " (max " + toDecimal(max) + ")");
        }
        return {};
    }
    case TypeKind::Int: {
        const Int256& value = asInt();
        const Int256 max = (Int256(1) << (type.size() - 1)) - 1;
        const Int256 min = -max - 1;
        if (value > max || value < min)
            return checkError(path, toDecimal(value) + " is out of range for " +
                                        type.canonicalName() + " (min " + toDecimal(min) +
                                        ", max " + toDecimal(max) + ")");
        return {};
    }
    case TypeKind::FixedBytes:
        if (asBytes().size() != type.size())
            return checkError(path, "expected " + std::to_string(type.size()) + " bytes for " +
                                        type.canonicalName() + ", got " +
                                        std::to_string(asBytes().size()));
        return {};
    case TypeKind::FixedArray:
    case TypeKind::Array: {
        const std::vector<AbiValue>& elements = items();
        if (type.kind() == TypeKind::FixedArray && elements.size() != type.size())
            return checkError(path, "expected " + std::to_string(type.size()) + " elements for " +
                                        type.canonicalName() + ", got " +
                                        std::to_string(elements.size()));
        for (std::size_t i = 0; i < elements.size(); ++i) {
            auto checked = elements[i].check(type.element(),
                                             std::string(path) + '[' + std::to_string(i) + ']');
            if (!checked)
                return checked;
        }
        return {};
    }
    case TypeKind::Tuple: {
        const std::vector<AbiValue>& values = items();
        const std::vector<AbiParam>& components = type.components();
        if (values.size() != components.size())
            return checkError(path, "expected " + std::to_string(components.size()) +
                                        " components for " + type.canonicalName() + ", got " +
                                        std::to_string(values.size()));
        for (std::size_t i = 0; i < values.size(); ++i) {
            auto checked =
                values[i].check(components[i].type, componentPath(path, components[i], i));
            if (!checked)
                return checked;
        }
        return {};
    }
    default:
        return {};
    }
}

std::string AbiValue::toString() const
{
    switch (m_kind) {
    case Kind::Uint:
        return toDecimal(asUint());
    case Kind::Int:
        return toDecimal(asInt());
    case Kind::Address:
        return asAddress().checksummed();
    case Kind::Bool:
        return asBool() ? "true" : "false";
    case Kind::Bytes:
        return toHex(asBytes());
    case Kind::String:
        return asString();
    case Kind::Array:
    case Kind::Tuple:
        return toJson();
    }
    return {};
}

std::string AbiValue::toJson() const
{
    std::string out;
    appendJson(out);
    return out;
}

void AbiValue::appendJson(std::string& out) const
{
    switch (m_kind) {
    case Kind::Address:
    case Kind::Bytes:
        out += '"' + toString() + '"';
        return;
    case Kind::String:
        appendJsonString(out, asString());
        return;
    case Kind::Array:
    case Kind::Tuple:
        out += '[';
        for (std::size_t i = 0; i < items().size(); ++i) {
            if (i > 0)
                out += ',';
            items()[i].appendJson(out);
        }
        out += ']';
        return;
    default:
        out += toString();
        return;
    }
}

bool operator==(const AbiValue& a, const AbiValue& b)
{
    return a.m_kind == b.m_kind && a.m_value == b.m_value;
}

} // namespace seismic
