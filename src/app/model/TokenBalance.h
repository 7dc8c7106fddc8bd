// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Uint256.h"

#include <QString>

#include <optional>

namespace seismic::app {

// 10^77 is the largest power of ten below 2^256: more decimals cannot be formatted.
constexpr unsigned kMaxTokenDecimals = 77;

enum class TokenKind
{
    Native, // the chain's coin
    Erc20,  // plain amounts
    Src20,  // shielded: the balance is a signed read only the owner can make
};

// One row of the balances table: a token's on-chain metadata and the account's balance of it.
struct TokenBalance
{
    TokenKind kind = TokenKind::Native;
    std::optional<Address> contract; // none for the native coin
    QString name;
    QString symbol;
    unsigned decimals = 18;
    std::optional<Uint256> balance; // none until read

    friend bool operator==(const TokenBalance&, const TokenBalance&) = default;
};

} // namespace seismic::app
