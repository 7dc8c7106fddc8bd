// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TokenBalance.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QObject>

#include <cstdint>
#include <vector>

namespace seismic::app {

class ChainModel;
class ClientSession;
class SettingsModel;
class WalletModel;

// The account's balances in WalletModel::tokens(): the native coin, then the tokens the user
// added on the current network (kept per network in the settings, metadata read on chain and
// validated). Balances are read exactly: native and ERC20 by plain calls, SRC20 by signed reads
// (only with the account unlocked). Refreshed on every connection, on new blocks and when a
// transfer touches the account; one refresh at a time, and requests that arrive meanwhile make
// one more after it.
class BalanceService : public QObject
{
    Q_OBJECT

public:
    BalanceService(ClientSession& session, SettingsModel& settings, ChainModel& chain,
                   WalletModel& wallet, QObject* parent = nullptr);
    ~BalanceService() override;

    // The tokens of the current network, in table order (the native coin excluded).
    const std::vector<TokenBalance>& tokens() const { return m_tokens; }

    // Reads the token's metadata, tells an ERC20 (public balanceOf) from an SRC20 (signed
    // balance read), adds it to the network's list and reads its balance. Needs an unlocked,
    // connected account; adding a token already listed is an error.
    QCoro::Task<Result<TokenBalance>> addToken(Address contract);
    void removeToken(const Address& contract);

    // The native balance of any address through the current connection (the accounts page's
    // balances); clientGone() while not connected.
    QCoro::Task<Result<Uint256>> nativeBalanceOf(Address owner) const;

    // Reads every balance again (coalesced with a refresh in flight).
    void refresh();

Q_SIGNALS:
    // The token list of the current network changed (added, removed, metadata re-read).
    void tokensChanged();

private:
    void reload();
    void publish();
    QCoro::Task<> refreshTask();
    QCoro::Task<> updateMetadata(std::uint64_t generation);

    ClientSession& m_session;
    SettingsModel& m_settings;
    ChainModel& m_chain;
    WalletModel& m_wallet;
    std::vector<TokenBalance> m_tokens;
    std::uint64_t m_generation = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
};

} // namespace seismic::app
