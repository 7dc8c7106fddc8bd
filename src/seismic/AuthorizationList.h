// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Rlp.h"

#include <vector>

namespace seismic {

// One EIP-7702 authorization: [chainId, address, nonce, yParity, r, s].
struct Authorization
{
    Uint256 chainId;
    Address address;
    std::uint64_t nonce = 0;
    std::uint8_t yParity = 0;
    Uint256 r;
    Uint256 s;

    friend bool operator==(const Authorization&, const Authorization&) = default;
};

using AuthorizationList = std::vector<Authorization>;

RlpList encodeAuthorizationList(const AuthorizationList& list);
// keccak256 of the RLP list; the empty list hashes to keccak256(0xc0).
Hash authorizationListHash(const AuthorizationList& list);
Result<AuthorizationList> decodeAuthorizationList(const RlpItem& item);

} // namespace seismic
