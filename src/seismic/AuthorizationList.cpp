// SPDX-License-Identifier: MIT
#include "seismic/AuthorizationList.h"

#include "core/Keccak.h"

namespace seismic {

RlpList encodeAuthorizationList(const AuthorizationList& list)
{
    RlpList out;
    for (const Authorization& entry : list) {
        out.addList(RlpList()
                        .addUint(entry.chainId)
                        .addBytes(entry.address.view())
                        .addUint(entry.nonce)
                        .addUint(std::uint64_t{entry.yParity})
                        .addUint(entry.r)
                        .addUint(entry.s));
    }
    return out;
}

Hash authorizationListHash(const AuthorizationList& list)
{
    return keccak256(encodeAuthorizationList(list).encode());
}

Result<AuthorizationList> decodeAuthorizationList(const RlpItem& item)
{
    auto entries = rlpListItems(item);
    if (!entries)
        return std::move(entries).error();
    AuthorizationList list;
    for (const RlpItem& entryItem : *entries) {
        auto fields = rlpListItems(entryItem);
        if (!fields)
            return std::move(fields).error();
        if (fields->size() != 6)
            return makeError(ErrorKind::Decode, "authorization must have 6 fields");
        auto chainId = rlpToUint((*fields)[0]);
        auto address = rlpToFixedBytes((*fields)[1], 20, "authorization address");
        auto nonce = rlpToUint64((*fields)[2]);
        auto yParity = rlpToUint((*fields)[3], 1);
        auto r = rlpToUint((*fields)[4]);
        auto s = rlpToUint((*fields)[5]);
        if (!chainId || !address || !nonce || !yParity || !r || !s || *yParity > 1)
            return makeError(ErrorKind::Decode, "malformed authorization tuple");
        list.push_back({*chainId, *Address::fromView(*address), *nonce,
                        static_cast<std::uint8_t>(*yParity), *r, *s});
    }
    return list;
}

} // namespace seismic
