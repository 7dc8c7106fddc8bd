// SPDX-License-Identifier: MIT
#pragma once

#include "client/ShieldedContract.h"
#include "client/Src20Metadata.h"
#include "core/Uint256.h"

#include <memory>
#include <optional>
#include <string>

namespace seismic::client {

class WalletClient;

// An SRC20 token (spec 8.1) through a wallet client. Balances and allowances are private: they
// are signed reads, so only the owner can read them. Amounts move by shielded writes.
// A cheap value; its calls do not touch the object after they start.
class Src20Token
{
public:
    Src20Token(WalletClient* client, Address token);

    // The SRC20 interface both getters included: name, symbol, decimals, balance(),
    // balanceOf(), allowance(address), transfer, approve, transferFrom.
    static const ContractAbi& abi();

    const Address& address() const { return m_contract.address(); }
    const ShieldedContract& contract() const { return m_contract; }

    // name(), symbol(), decimals() by plain eth_call, together, then validated (decimals <= 77,
    // sane texts); a contract that answers with no data is not a token (Decode error).
    QCoro::Task<Result<Src20Metadata>> metadata() const;
    // The caller's balance by signed read: balance() (SRC20.sol) or balanceOf() (older SRC20,
    // the PY test token), whichever the token has; the first that answers is remembered.
    QCoro::Task<Result<Uint256>> balance() const;
    // What `spender` may still spend of the caller's tokens (signed read).
    QCoro::Task<Result<Uint256>> allowance(Address spender) const;
    QCoro::Task<Result<Hash>> transfer(Address to, Uint256 amount, TxOptions options = {}) const;
    QCoro::Task<Result<Hash>> approve(Address spender, Uint256 amount,
                                      TxOptions options = {}) const;
    QCoro::Task<Result<Hash>> transferFrom(Address from, Address to, Uint256 amount,
                                           TxOptions options = {}) const;

private:
    // Shared by copies and by running calls: which balance getter the token has.
    struct State
    {
        std::optional<std::string> balanceGetter;
    };

    QPointer<WalletClient> m_wallet;
    ShieldedContract m_contract;
    std::shared_ptr<State> m_state;
};

} // namespace seismic::client
