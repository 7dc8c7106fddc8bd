// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "core/Uint256.h"

#include <QCoro/QCoroTask>
#include <QPointer>

namespace seismic::client {

class PublicClient;

// ERC20 balanceOf(owner) by plain eth_call. An answer that is not one word (no such function, a
// fallback that returns nothing) is a Decode error: the contract is no ERC20. Cancelled when the
// client goes away.
QCoro::Task<Result<Uint256>> erc20BalanceOf(QPointer<PublicClient> client, Address token,
                                            Address owner);

} // namespace seismic::client
