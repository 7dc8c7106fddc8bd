// SPDX-License-Identifier: MIT
#include "seismic/BalanceRead.h"

#include "core/Keccak.h"

#include <string_view>

namespace seismic {

namespace {

constexpr std::string_view kDomainType = "EIP712Domain(string name,string version,uint256 chainId)";
constexpr std::string_view kBalanceReadType = "BalanceRead(address owner,uint256 expiry)";

} // namespace

Hash balanceReadDomainSeparator(std::uint64_t chainId)
{
    static const Hash typeHash = keccak256(asBytes(kDomainType));
    static const Hash nameHash = keccak256(asBytes("SRC20BalanceRead"));
    static const Hash versionHash = keccak256(asBytes("1"));
    Bytes encoded;
    encoded.reserve(4 * 32);
    append(encoded, typeHash.view());
    append(encoded, nameHash.view());
    append(encoded, versionHash.view());
    append(encoded, toWord(Uint256(chainId)).view());
    return keccak256(encoded);
}

Hash balanceReadSigningHash(std::uint64_t chainId, const Address& owner, const Uint256& expiry)
{
    static const Hash typeHash = keccak256(asBytes(kBalanceReadType));
    Bytes message;
    message.reserve(3 * 32);
    append(message, typeHash.view());
    append(message, toWord(*uint256FromBytes(owner.view())).view());
    append(message, toWord(expiry).view());
    Bytes digestInput{0x19, 0x01};
    append(digestInput, balanceReadDomainSeparator(chainId).view());
    append(digestInput, keccak256(message).view());
    return keccak256(digestInput);
}

} // namespace seismic
