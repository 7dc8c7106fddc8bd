// SPDX-License-Identifier: MIT
#pragma once

#include "core/Uint256.h"

#include <vector>

namespace seismic {

// Builds one RLP list. Items are appended already encoded, so building is a single pass.
class RlpList
{
public:
    RlpList& addBytes(ByteView bytes);
    // RLP integers: big-endian, minimal, zero is the empty string.
    RlpList& addUint(std::uint64_t value);
    RlpList& addUint(const Uint256& value);
    // alloy-rlp's bool: 1 -> 0x01, 0 -> 0x80.
    RlpList& addBool(bool value) { return addUint(value ? 1u : 0u); }
    RlpList& addList(const RlpList& nested);
    // An item that is already RLP-encoded.
    RlpList& addEncoded(ByteView encoded);

    Bytes encode() const;
    void encodeTo(Bytes& out) const;
    std::size_t encodedSize() const;

private:
    Bytes m_payload;
};

Bytes rlpEncodeBytes(ByteView bytes);
void rlpAppendBytes(Bytes& out, ByteView bytes);

// A decoded item: a view into the input it was decoded from.
struct RlpItem
{
    bool isList = false;
    ByteView payload; // string contents, or the concatenated encodings of the list's items
    ByteView encoded; // the whole item including its header
};

// Exactly one canonical item; trailing bytes, truncation, non-minimal headers and single bytes
// below 0x80 encoded as strings are Decode errors.
Result<RlpItem> rlpDecode(ByteView input);
// The items of a list item.
Result<std::vector<RlpItem>> rlpListItems(const RlpItem& list);
// A canonical RLP integer (string, no leading zero byte) of at most maxBytes bytes.
Result<Uint256> rlpToUint(const RlpItem& item, std::size_t maxBytes = 32);
Result<std::uint64_t> rlpToUint64(const RlpItem& item);
// A string item (not a list), optionally of an exact size.
Result<Bytes> rlpToBytes(const RlpItem& item);
Result<Bytes> rlpToFixedBytes(const RlpItem& item, std::size_t size, std::string_view field);

} // namespace seismic
