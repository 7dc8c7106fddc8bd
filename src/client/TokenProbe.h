// SPDX-License-Identifier: MIT
#pragma once

#include "client/Src20Metadata.h"
#include "client/TokenSpec.h"
#include "core/Address.h"
#include "core/Uint256.h"

#include <QCoro/QCoroTask>
#include <QPointer>

namespace seismic::client {

class WalletClient;

// What a token contract turned out to be, with its validated metadata and the wallet's balance.
struct TokenProbe
{
    TokenKind kind = TokenKind::Erc20;
    Src20Metadata metadata; // name, symbol, decimals: the same getters for both kinds
    Uint256 balance;
};

// Is `token` an ERC20, an SRC20, or nothing? name(), symbol() and decimals() by plain eth_call,
// validated (a contract without them is no token: their error); then ERC20 balanceOf(wallet) by
// plain eth_call, and where that fails the SRC20 balance by signed read. Neither: a Decode error
// "0x… is neither an ERC20 token (…) nor an SRC20 token (…)". Cancelled when the client goes.
QCoro::Task<Result<TokenProbe>> probeToken(QPointer<WalletClient> client, Address token);

} // namespace seismic::client
