// SPDX-License-Identifier: MIT
#include "core/abi/AbiEncoder.h"

#include <algorithm>

namespace seismic {
namespace {

using Kind = AbiType::Kind;

constexpr std::size_t kWord = 32;

std::size_t padded(std::size_t length)
{
    return (length + kWord - 1) / kWord * kWord;
}

// Big-endian into the low end of a zeroed 32-byte word.
void putUint(std::uint8_t* word, const Uint256& value)
{
    std::array<std::uint8_t, kWord> digits{};
    const auto end = boost::multiprecision::export_bits(value, digits.begin(), 8);
    const auto length = static_cast<std::size_t>(end - digits.begin());
    std::copy_n(digits.begin(), length, word + kWord - length);
}

void putSize(std::uint8_t* word, std::size_t value)
{
    for (std::size_t i = 0; i < sizeof(std::size_t); ++i)
        word[kWord - 1 - i] = static_cast<std::uint8_t>(value >> (8 * i));
}

// Two's complement: a negative v is the bitwise complement of |v| - 1.
void putInt(std::uint8_t* word, const Int256& value)
{
    if (value >= 0) {
        putUint(word, static_cast<Uint256>(value));
        return;
    }
    putUint(word, static_cast<Uint256>(-value) - 1);
    for (std::size_t i = 0; i < kWord; ++i)
        word[i] = static_cast<std::uint8_t>(~word[i]);
}

std::size_t encodedSize(const AbiType& type, const AbiValue& value);

template<typename TypeAt>
std::size_t sequenceSize(TypeAt typeAt, const std::vector<AbiValue>& values)
{
    std::size_t total = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const AbiType& type = typeAt(i);
        total += type.isDynamic() ? kWord + encodedSize(type, values[i]) : type.headSize();
    }
    return total;
}

// Bytes the value takes at the place its head points to (its whole encoding if static).
std::size_t encodedSize(const AbiType& type, const AbiValue& value)
{
    if (!type.isDynamic())
        return type.headSize();
    switch (type.kind()) {
    case Kind::Bytes:
        return kWord + padded(value.asBytes().size());
    case Kind::String:
        return kWord + padded(value.asString().size());
    case Kind::Array:
        return kWord + sequenceSize([&](std::size_t) -> const AbiType& { return type.element(); },
                                    value.items());
    case Kind::FixedArray:
        return sequenceSize([&](std::size_t) -> const AbiType& { return type.element(); },
                            value.items());
    case Kind::Tuple:
        return sequenceSize(
            [&](std::size_t i) -> const AbiType& { return type.components()[i].type; },
            value.items());
    default:
        return kWord;
    }
}

void writeStatic(std::uint8_t* at, const AbiType& type, const AbiValue& value)
{
    switch (type.kind()) {
    case Kind::Uint:
        putUint(at, value.asUint());
        return;
    case Kind::Int:
        putInt(at, value.asInt());
        return;
    case Kind::Address: {
        const ByteView raw = value.asAddress().view();
        std::copy(raw.begin(), raw.end(), at + kWord - raw.size());
        return;
    }
    case Kind::Bool:
        at[kWord - 1] = value.asBool() ? 1 : 0;
        return;
    case Kind::FixedBytes:
        std::copy(value.asBytes().begin(), value.asBytes().end(), at);
        return;
    case Kind::FixedArray: {
        const std::size_t stride = type.element().headSize();
        for (std::size_t i = 0; i < value.items().size(); ++i)
            writeStatic(at + i * stride, type.element(), value.items()[i]);
        return;
    }
    case Kind::Tuple:
        for (std::size_t i = 0; i < value.items().size(); ++i) {
            const AbiType& component = type.components()[i].type;
            writeStatic(at, component, value.items()[i]);
            at += component.headSize();
        }
        return;
    default:
        return;
    }
}

void appendTail(Bytes& out, const AbiType& type, const AbiValue& value);

// The heads of all items, then the tails of the dynamic ones in order; offsets count from
// the start of the heads.
template<typename TypeAt>
void appendSequence(Bytes& out, TypeAt typeAt, const std::vector<AbiValue>& values)
{
    const std::size_t start = out.size();
    std::size_t headSize = 0;
    for (std::size_t i = 0; i < values.size(); ++i)
        headSize += typeAt(i).headSize();
    out.resize(start + headSize);
    std::size_t slot = start;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const AbiType& type = typeAt(i);
        if (type.isDynamic()) {
            putSize(out.data() + slot, out.size() - start);
            appendTail(out, type, values[i]);
        } else {
            writeStatic(out.data() + slot, type, values[i]);
        }
        slot += type.headSize();
    }
}

void appendBytes(Bytes& out, ByteView bytes)
{
    const std::size_t start = out.size();
    out.resize(start + kWord + padded(bytes.size()));
    putSize(out.data() + start, bytes.size());
    std::copy(bytes.begin(), bytes.end(), out.begin() + static_cast<std::ptrdiff_t>(start + kWord));
}

void appendTail(Bytes& out, const AbiType& type, const AbiValue& value)
{
    const auto element = [&](std::size_t) -> const AbiType& {
        return type.element();
    };
    switch (type.kind()) {
    case Kind::Bytes:
        appendBytes(out, value.asBytes());
        return;
    case Kind::String:
        appendBytes(out, asBytes(value.asString()));
        return;
    case Kind::Array:
        out.resize(out.size() + kWord);
        putSize(out.data() + out.size() - kWord, value.items().size());
        appendSequence(out, element, value.items());
        return;
    case Kind::FixedArray:
        appendSequence(out, element, value.items());
        return;
    case Kind::Tuple:
        appendSequence(
            out, [&](std::size_t i) -> const AbiType& { return type.components()[i].type; },
            value.items());
        return;
    default:
        return;
    }
}

Result<Bytes> encodeWithPrefix(ByteView prefix, const std::vector<AbiParam>& params,
                               const std::vector<AbiValue>& values)
{
    if (values.size() != params.size())
        return makeError(ErrorKind::InvalidArgument, "expected " + std::to_string(params.size()) +
                                                         " value" +
                                                         (params.size() == 1 ? "" : "s") +
                                                         ", got " + std::to_string(values.size()));
    for (std::size_t i = 0; i < params.size(); ++i) {
        const std::string& name = params[i].name;
        auto checked =
            values[i].check(params[i].type, name.empty() ? "arg" + std::to_string(i) : name);
        if (!checked)
            return std::move(checked).error();
    }
    const auto typeAt = [&](std::size_t i) -> const AbiType& {
        return params[i].type;
    };
    Bytes out;
    out.reserve(prefix.size() + sequenceSize(typeAt, values));
    append(out, prefix);
    appendSequence(out, typeAt, values);
    return out;
}

} // namespace

Result<Bytes> AbiEncoder::encode(const std::vector<AbiParam>& params,
                                 const std::vector<AbiValue>& values)
{
    return encodeWithPrefix({}, params, values);
}

Result<Bytes> AbiEncoder::encodeWithSelector(const Selector& selector,
                                             const std::vector<AbiParam>& params,
                                             const std::vector<AbiValue>& values)
{
    return encodeWithPrefix(selector, params, values);
}

Result<Bytes> AbiEncoder::encodeSingle(const AbiType& type, const AbiValue& value)
{
    return encodeWithPrefix({}, {AbiParam{"value", type, {}, false}}, {value});
}

} // namespace seismic
