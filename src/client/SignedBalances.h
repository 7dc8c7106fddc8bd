// SPDX-License-Identifier: MIT
#pragma once

#include "client/BalanceReadPermit.h"
#include "core/Address.h"
#include "core/Result.h"
#include "core/Uint256.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <vector>

namespace seismic::client {

class PublicClient;

// SRC20 balances read with the owner's permit (WalletClient::permitBalanceReads) by plain
// eth_call: no signed read, no key of the owner's on this side. A token or multicall that
// refuses (expired permit, wrong signer, no such function) is a Revert error with its reason;
// an answer of the wrong size a Decode error. Cancelled when the client goes away.

// SRC20 balanceOfSigned(owner, expiry, signature).
QCoro::Task<Result<Uint256>> src20BalanceOfSigned(QPointer<PublicClient> client, Address token,
                                                  BalanceReadPermit permit);

// SRC20Multicall batchBalances(owner, tokens, expiry, signature): every balance in one call, in
// token order; one token that fails fails the call ("Failed to read balance from token at
// index <i>").
QCoro::Task<Result<std::vector<Uint256>>> src20BatchBalances(QPointer<PublicClient> client,
                                                             Address multicall,
                                                             std::vector<Address> tokens,
                                                             BalanceReadPermit permit);

} // namespace seismic::client
