// SPDX-License-Identifier: MIT
#include "core/abi/AbiDecoder.h"

#include <algorithm>
#include <limits>

namespace seismic {
namespace {

using Kind = AbiType::Kind;

constexpr std::size_t kWord = 32;

// Where a value sits, kept on the stack and rendered only when an error needs it.
struct Path
{
    const Path* parent = nullptr;
    std::string_view name;
    std::size_t index = 0;
};

void renderPath(std::string& out, const Path* path)
{
    if (path == nullptr)
        return;
    renderPath(out, path->parent);
    if (path->parent == nullptr)
        out += path->name.empty() ? "arg" + std::to_string(path->index) : std::string(path->name);
    else if (path->name.empty())
        out += '[' + std::to_string(path->index) + ']';
    else
        out += '.' + std::string(path->name);
}

Error decodeError(const Path* path, const std::string& reason)
{
    std::string where;
    renderPath(where, path);
    return makeError(ErrorKind::Decode, where.empty()
                                            ? "ABI decode error: " + reason
                                            : "ABI decode error at '" + where + "': " + reason);
}

bool allEqual(const std::uint8_t* begin, const std::uint8_t* end, std::uint8_t value)
{
    return std::all_of(begin, end, [value](std::uint8_t b) { return b == value; });
}

// Array elements have no names; paths show their index.
std::string_view noName(std::size_t)
{
    return {};
}

Uint256 wordToUint(const std::uint8_t* word)
{
    Uint256 value;
    boost::multiprecision::import_bits(value, word, word + kWord);
    return value;
}

Result<AbiValue> decodeWordAt(const std::uint8_t* word, const AbiType& type, const Path* path)
{
    switch (type.kind()) {
    case Kind::Uint: {
        const std::size_t pad = kWord - type.size() / 8;
        if (!allEqual(word, word + pad, 0))
            return decodeError(path, type.canonicalName() + " value has non-zero high-order bytes");
        return AbiValue::fromUint(wordToUint(word));
    }
    case Kind::Int: {
        const std::size_t pad = kWord - type.size() / 8;
        const std::uint8_t fill = (word[pad] & 0x80) != 0 ? 0xff : 0x00;
        if (!allEqual(word, word + pad, fill))
            return decodeError(path, type.canonicalName() + " value is not sign-extended");
        const Uint256 bits = wordToUint(word);
        if (fill == 0)
            return AbiValue::fromInt(Int256(bits));
        // Negative: the magnitude is the two's complement of the word.
        return AbiValue::fromInt(-Int256(Uint256(~bits) + 1));
    }
    case Kind::Address: {
        if (!allEqual(word, word + 12, 0))
            return decodeError(path, "address has non-zero high-order bytes");
        return AbiValue::fromAddress(*Address::fromView(ByteView(word + 12, 20)));
    }
    case Kind::Bool:
        if (!allEqual(word, word + kWord - 1, 0) || word[kWord - 1] > 1)
            return decodeError(path, "bool value is not 0 or 1");
        return AbiValue::fromBool(word[kWord - 1] == 1);
    case Kind::FixedBytes:
        if (!allEqual(word + type.size(), word + kWord, 0))
            return decodeError(path, type.canonicalName() + " value has non-zero padding");
        return AbiValue::fromBytes(ByteView(word, type.size()));
    default:
        return decodeError(path, type.canonicalName() + " is not a one-word type");
    }
}

class Reader
{
public:
    explicit Reader(std::size_t dataSize)
        : m_budget(2 * (dataSize / kWord) + 8)
    {}

    template<typename TypeAt, typename NameAt>
    Result<std::vector<AbiValue>> sequence(ByteView region, std::size_t count, TypeAt typeAt,
                                           NameAt nameAt, const Path* parent)
    {
        std::size_t headSize = 0;
        for (std::size_t i = 0; i < count; ++i)
            headSize += typeAt(i).headSize();
        if (headSize > region.size())
            return decodeError(parent, "data too short: needs " + std::to_string(headSize) +
                                           " bytes of heads, has " + std::to_string(region.size()));
        std::vector<AbiValue> items;
        items.reserve(count);
        std::size_t slot = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const Path path{parent, nameAt(i), i};
            const AbiType& type = typeAt(i);
            auto item = value(region, slot, type, &path);
            if (!item)
                return std::move(item).error();
            items.push_back(std::move(*item));
            slot += type.headSize();
        }
        return items;
    }

private:
    // A value whose head is at `slot` of `region`; the head is known to lie within it.
    Result<AbiValue> value(ByteView region, std::size_t slot, const AbiType& type, const Path* path)
    {
        if (type.isDynamic()) {
            auto offset = readSize(region.data() + slot, "offset", path);
            if (!offset)
                return std::move(offset).error();
            if (*offset > region.size() || region.size() - *offset < kWord)
                return decodeError(path, "offset " + std::to_string(*offset) +
                                             " points past the end of the data (" +
                                             std::to_string(region.size()) + " bytes)");
            return dynamic(region.subspan(*offset), type, path);
        }
        if (type.isWord()) {
            if (auto spent = spend(1, path); !spent)
                return std::move(spent).error();
            return decodeWordAt(region.data() + slot, type, path);
        }
        return container(region.subspan(slot), type, path);
    }

    // A fixed array or tuple laid out from the start of `region`.
    Result<AbiValue> container(ByteView region, const AbiType& type, const Path* path)
    {
        if (type.kind() == Kind::Tuple) {
            const auto& components = type.components();
            auto items = sequence(
                region, components.size(),
                [&](std::size_t i) -> const AbiType& { return components[i].type; },
                [&](std::size_t i) { return std::string_view(components[i].name); }, path);
            if (!items)
                return std::move(items).error();
            return AbiValue::tuple(std::move(*items));
        }
        auto items = sequence(
            region, type.size(), [&](std::size_t) -> const AbiType& { return type.element(); },
            noName, path);
        if (!items)
            return std::move(items).error();
        return AbiValue::array(std::move(*items));
    }

    // A dynamic value at the start of `tail`, which holds at least one word.
    Result<AbiValue> dynamic(ByteView tail, const AbiType& type, const Path* path)
    {
        if (type.kind() == Kind::FixedArray || type.kind() == Kind::Tuple)
            return container(tail, type, path);

        auto length = readSize(tail.data(), "length", path);
        if (!length)
            return std::move(length).error();
        const std::size_t available = tail.size() - kWord;
        if (type.kind() == Kind::Array) {
            const std::size_t stride = type.element().headSize();
            if (*length > available / stride)
                return decodeError(path, "array length " + std::to_string(*length) +
                                             " needs more than the " + std::to_string(available) +
                                             " bytes left");
            if (auto spent = spend(1, path); !spent)
                return std::move(spent).error();
            auto items = sequence(
                tail.subspan(kWord), *length,
                [&](std::size_t) -> const AbiType& { return type.element(); }, noName, path);
            if (!items)
                return std::move(items).error();
            return AbiValue::array(std::move(*items));
        }

        // bytes, string: length, then the bytes right-padded with zeros to a whole word.
        if (*length > available)
            return decodeError(path, "length " + std::to_string(*length) + " exceeds the " +
                                         std::to_string(available) + " bytes left");
        const std::size_t padded = (*length + kWord - 1) / kWord * kWord;
        if (padded > available)
            return decodeError(path, "data ends inside the padding of a " +
                                         std::to_string(*length) + "-byte value");
        if (auto spent = spend(1 + padded / kWord, path); !spent)
            return std::move(spent).error();
        const std::uint8_t* begin = tail.data() + kWord;
        if (!allEqual(begin + *length, begin + padded, 0))
            return decodeError(path, type.canonicalName() + " value has non-zero padding");
        if (type.kind() == Kind::String)
            return AbiValue::fromString(std::string(reinterpret_cast<const char*>(begin), *length));
        return AbiValue::fromBytes(ByteView(begin, *length));
    }

    // An offset or length word: anything that does not fit 64 bits cannot be in range.
    static Result<std::size_t> readSize(const std::uint8_t* word, std::string_view what,
                                        const Path* path)
    {
        if (!allEqual(word, word + kWord - 8, 0))
            return decodeError(path, std::string(what) + " " + toHex(ByteView(word, kWord)) +
                                         " is too large");
        std::uint64_t value = 0;
        for (std::size_t i = kWord - 8; i < kWord; ++i)
            value = (value << 8) | word[i];
        if (value > std::numeric_limits<std::size_t>::max())
            return decodeError(path, std::string(what) + " is too large");
        return static_cast<std::size_t>(value);
    }

    // Each decoded word costs one unit; valid data never needs more than it holds.
    Status spend(std::size_t words, const Path* path)
    {
        if (words > m_budget)
            return decodeError(path, "overlapping offsets make the data decode to more values "
                                     "than it holds");
        m_budget -= words;
        return {};
    }

    std::size_t m_budget;
};

} // namespace

Result<std::vector<AbiValue>> AbiDecoder::decode(const std::vector<AbiParam>& params, ByteView data)
{
    Reader reader(data.size());
    return reader.sequence(
        data, params.size(), [&](std::size_t i) -> const AbiType& { return params[i].type; },
        [&](std::size_t i) { return std::string_view(params[i].name); }, nullptr);
}

Result<std::vector<AbiValue>> AbiDecoder::decodeOutputs(const std::vector<AbiParam>& outputs,
                                                        ByteView data)
{
    if (outputs.empty())
        return std::vector<AbiValue>();
    if (data.empty()) {
        // Each type is bounded, but a list of many may not be: zero values take memory as
        // their encodings would, so the list is held to the bound of one type.
        std::size_t total = 0;
        for (const AbiParam& output : outputs) {
            total += output.type.minEncodedSize();
            if (total > AbiType::kMaxEncodedSize)
                return makeError(ErrorKind::Decode,
                                 "empty return data: the zero values of the outputs would take "
                                 "more than 4 MiB");
        }
        std::vector<AbiValue> zeros;
        zeros.reserve(outputs.size());
        for (const AbiParam& output : outputs)
            zeros.push_back(AbiValue::zero(output.type));
        return zeros;
    }
    return decode(outputs, data);
}

Result<AbiValue> AbiDecoder::decodeWord(const AbiType& type, ByteView word)
{
    if (!type.isWord())
        return makeError(ErrorKind::InvalidArgument,
                         type.canonicalName() + " is not a one-word type");
    if (word.size() != kWord)
        return makeError(ErrorKind::Decode,
                         "expected a 32-byte word, got " + std::to_string(word.size()) + " bytes");
    return decodeWordAt(word.data(), type, nullptr);
}

} // namespace seismic
