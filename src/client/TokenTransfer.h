// SPDX-License-Identifier: MIT
#pragma once

#include "client/ContractCall.h"
#include "client/TokenSpec.h"
#include "core/Uint256.h"

namespace seismic::client {

// transfer(to, amount) of a token: SRC20 transfer(address,suint256), a shielded write (the amount
// is encrypted), or ERC20 transfer(address,uint256), a transparent one. `amount` in base units.
ContractCall tokenTransfer(TokenKind kind, Address token, Address to, Uint256 amount,
                           TxOptions options = {});

} // namespace seismic::client
