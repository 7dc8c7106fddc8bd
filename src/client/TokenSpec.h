// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <optional>
#include <string>
#include <string_view>

namespace seismic::client {

// SRC20 tokens emit Transfer/Approval with the amount encrypted per party (spec 8.2, 8.3);
// ERC20 tokens emit the standard events with plain amounts.
enum class TokenKind
{
    Src20,
    Erc20,
};

// "src20", "erc20".
std::string_view tokenKindName(TokenKind kind);

// What to watch: one token contract of a kind, or every contract of that kind (no address
// filter; the event signature alone selects the logs). Not an aggregate (see rpc/RpcRequest.h:
// GCC 12 and brace-initialised temporaries in co_await expressions).
struct TokenSpec
{
    TokenSpec() = default;
    TokenSpec(TokenKind kind, std::optional<Address> address)
        : kind(kind)
        , address(address)
    {}

    TokenKind kind = TokenKind::Src20;
    // Nothing: any contract.
    std::optional<Address> address;

    static TokenSpec src20(Address address) { return {TokenKind::Src20, address}; }
    static TokenSpec erc20(Address address) { return {TokenKind::Erc20, address}; }
    static TokenSpec anySrc20() { return {TokenKind::Src20, std::nullopt}; }
    static TokenSpec anyErc20() { return {TokenKind::Erc20, std::nullopt}; }

    // The text form of command lines and settings: "src20:0x…", "erc20:0x…", or "src20:*" /
    // "erc20:*" for every contract. The kind is case-insensitive; the address follows
    // Address::parse (EIP-55 checked when mixed case).
    static Result<TokenSpec> parse(std::string_view text);
    // The same form, with the address checksummed.
    std::string toString() const;

    bool isAnyContract() const { return !address.has_value(); }

    friend bool operator==(const TokenSpec&, const TokenSpec&) = default;
};

} // namespace seismic::client
