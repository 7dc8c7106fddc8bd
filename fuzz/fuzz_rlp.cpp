// SPDX-License-Identifier: MIT
// RLP decoding: any input either fails with an error or decodes to items that re-encode to
// exactly the input (canonical RLP has one encoding); integer and byte-string readers agree
// with the encoders; 0x4a-prefixed input goes through the strict TxSeismic decoder, whose
// results must re-encode to the same bytes.
#include "FuzzCheck.h"

#include "core/Rlp.h"
#include "seismic/TxSeismic.h"

#include <algorithm>

namespace {

using namespace seismic;

bool equal(ByteView a, ByteView b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// Re-encodes a decoded item from its parts; returns the encoding.
Bytes reencode(const RlpItem& item, std::size_t depth)
{
    if (!item.isList) {
        Bytes encoded = rlpEncodeBytes(item.payload);
        if (auto bytes = rlpToBytes(item); bytes) {
            FUZZ_CHECK(equal(*bytes, item.payload));
        }
        // An integer read back writes the same item (a list of one item, compared as such).
        if (auto value = rlpToUint(item); value) {
            FUZZ_CHECK(equal(RlpList().addUint(*value).encode(),
                             RlpList().addEncoded(item.encoded).encode()));
            if (auto small = rlpToUint64(item); small)
                FUZZ_CHECK(Uint256(*small) == *value);
        }
        FUZZ_CHECK(!rlpListItems(item));
        return encoded;
    }
    FUZZ_CHECK(!rlpToBytes(item) && !rlpToUint(item));
    auto items = rlpListItems(item);
    if (!items)
        return {}; // a malformed nested item: only the outer header was checked
    RlpList list;
    for (const RlpItem& child : *items) {
        // Each child is a view into the parent's payload.
        FUZZ_CHECK(child.encoded.data() >= item.payload.data() &&
                   child.encoded.data() + child.encoded.size() <=
                       item.payload.data() + item.payload.size());
        // Nested too deep for the fuzzer's stack: stop re-encoding, the decoder has no recursion.
        Bytes childEncoding = depth < 256 ? reencode(child, depth + 1) : toBytes(child.encoded);
        if (childEncoding.empty())
            return {};
        list.addEncoded(childEncoding);
    }
    return list.encode();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ByteView input(data, size);
    if (auto item = rlpDecode(input); item) {
        FUZZ_CHECK(equal(item->encoded, input));
        const Bytes encoded = reencode(*item, 0);
        if (!encoded.empty())
            FUZZ_CHECK(equal(encoded, input));
        if (item->isList)
            (void)decodeAuthorizationList(*item);
    }

    if (auto signedTx = decodeSignedTxSeismic(input); signedTx) {
        FUZZ_CHECK(equal(signedTx->raw, input));
        FUZZ_CHECK(equal(encodeSignedTxSeismic(signedTx->tx, signedTx->signature), input));
    }
    return 0;
}
