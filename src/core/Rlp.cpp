// SPDX-License-Identifier: MIT
#include "core/Rlp.h"

namespace seismic {
namespace {

constexpr std::uint8_t kStringShort = 0x80;
constexpr std::uint8_t kStringLong = 0xb7;
constexpr std::uint8_t kListShort = 0xc0;
constexpr std::uint8_t kListLong = 0xf7;

std::size_t lengthOfLength(std::size_t length)
{
    std::size_t bytes = 0;
    for (; length != 0; length >>= 8)
        ++bytes;
    return bytes;
}

void appendHeader(Bytes& out, std::size_t length, std::uint8_t shortBase, std::uint8_t longBase)
{
    if (length <= 55) {
        out.push_back(static_cast<std::uint8_t>(shortBase + length));
        return;
    }
    const std::size_t size = lengthOfLength(length);
    out.push_back(static_cast<std::uint8_t>(longBase + size));
    for (std::size_t i = size; i-- > 0;)
        out.push_back(static_cast<std::uint8_t>(length >> (8 * i)));
}

std::size_t headerSize(std::size_t length)
{
    return length <= 55 ? 1 : 1 + lengthOfLength(length);
}

Error decodeError(std::string message)
{
    return makeError(ErrorKind::Decode, "RLP: " + std::move(message));
}

// Decodes the item at the start of `input`; `encoded` covers only that item.
Result<RlpItem> decodeFirst(ByteView input)
{
    if (input.empty())
        return decodeError("unexpected end of input");
    const std::uint8_t prefix = input[0];
    if (prefix < kStringShort)
        return RlpItem{false, input.subspan(0, 1), input.subspan(0, 1)};

    const bool isList = prefix >= kListShort;
    const std::uint8_t shortBase = isList ? kListShort : kStringShort;
    const std::uint8_t longBase = isList ? kListLong : kStringLong;
    std::size_t header = 1;
    std::size_t length = 0;
    if (prefix <= longBase) {
        length = prefix - shortBase;
    } else {
        const std::size_t size = prefix - longBase;
        if (input.size() < 1 + size)
            return decodeError("truncated length");
        if (input[1] == 0)
            return decodeError("length has a leading zero byte");
        if (size > sizeof(std::size_t))
            return decodeError("length too large");
        for (std::size_t i = 0; i < size; ++i)
            length = (length << 8) | input[1 + i];
        if (length <= 55)
            return decodeError("long form used for a short length");
        header += size;
    }
    if (length > input.size() - header)
        return decodeError("item is longer than the input (" + std::to_string(length) +
                           " bytes declared, " + std::to_string(input.size() - header) +
                           " available)");
    const ByteView payload = input.subspan(header, length);
    if (!isList && length == 1 && payload[0] < kStringShort)
        return decodeError("single byte below 0x80 must encode as itself");
    return RlpItem{isList, payload, input.subspan(0, header + length)};
}

} // namespace

void rlpAppendBytes(Bytes& out, ByteView bytes)
{
    if (bytes.size() == 1 && bytes[0] < kStringShort) {
        out.push_back(bytes[0]);
        return;
    }
    appendHeader(out, bytes.size(), kStringShort, kStringLong);
    append(out, bytes);
}

Bytes rlpEncodeBytes(ByteView bytes)
{
    Bytes out;
    out.reserve(bytes.size() + 9);
    rlpAppendBytes(out, bytes);
    return out;
}

RlpList& RlpList::addBytes(ByteView bytes)
{
    rlpAppendBytes(m_payload, bytes);
    return *this;
}

RlpList& RlpList::addUint(std::uint64_t value)
{
    std::uint8_t buffer[8];
    std::size_t size = 0;
    for (std::uint64_t v = value; v != 0; v >>= 8)
        ++size;
    for (std::size_t i = 0; i < size; ++i)
        buffer[i] = static_cast<std::uint8_t>(value >> (8 * (size - 1 - i)));
    return addBytes(ByteView(buffer, size));
}

RlpList& RlpList::addUint(const Uint256& value)
{
    return addBytes(toMinimalBytes(value));
}

RlpList& RlpList::addList(const RlpList& nested)
{
    nested.encodeTo(m_payload);
    return *this;
}

RlpList& RlpList::addEncoded(ByteView encoded)
{
    append(m_payload, encoded);
    return *this;
}

void RlpList::encodeTo(Bytes& out) const
{
    appendHeader(out, m_payload.size(), kListShort, kListLong);
    append(out, m_payload);
}

Bytes RlpList::encode() const
{
    Bytes out;
    out.reserve(encodedSize());
    encodeTo(out);
    return out;
}

std::size_t RlpList::encodedSize() const
{
    return headerSize(m_payload.size()) + m_payload.size();
}

Result<RlpItem> rlpDecode(ByteView input)
{
    auto item = decodeFirst(input);
    if (item && item->encoded.size() != input.size())
        return decodeError(std::to_string(input.size() - item->encoded.size()) +
                           " trailing bytes after the item");
    return item;
}

Result<std::vector<RlpItem>> rlpListItems(const RlpItem& list)
{
    if (!list.isList)
        return decodeError("expected a list, found a string");
    std::vector<RlpItem> items;
    ByteView rest = list.payload;
    while (!rest.empty()) {
        auto item = decodeFirst(rest);
        if (!item)
            return std::move(item).error();
        rest = rest.subspan(item->encoded.size());
        items.push_back(*item);
    }
    return items;
}

Result<Uint256> rlpToUint(const RlpItem& item, std::size_t maxBytes)
{
    if (item.isList)
        return decodeError("expected an integer, found a list");
    if (item.payload.size() > maxBytes)
        return decodeError("integer is " + std::to_string(item.payload.size()) +
                           " bytes, at most " + std::to_string(maxBytes) + " allowed");
    if (!item.payload.empty() && item.payload[0] == 0)
        return decodeError("integer has a leading zero byte");
    return uint256FromBytes(item.payload);
}

Result<std::uint64_t> rlpToUint64(const RlpItem& item)
{
    auto value = rlpToUint(item, 8);
    if (!value)
        return std::move(value).error();
    return static_cast<std::uint64_t>(*value);
}

Result<Bytes> rlpToBytes(const RlpItem& item)
{
    if (item.isList)
        return decodeError("expected a byte string, found a list");
    return toBytes(item.payload);
}

Result<Bytes> rlpToFixedBytes(const RlpItem& item, std::size_t size, std::string_view field)
{
    if (item.isList || item.payload.size() != size)
        return decodeError(std::string(field) + " must be " + std::to_string(size) + " bytes");
    return toBytes(item.payload);
}

} // namespace seismic
