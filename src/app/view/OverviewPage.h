// SPDX-License-Identifier: MIT
#pragma once

#include "app/view/AccountActions.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace seismic::app {

class BalanceService;
class ChainModel;
class ClientSession;
class WalletModel;

// The current account (address, lock state), the network and the connection, and the balances
// table, with an empty state that says what is missing (an account, a connection); tokens are
// added by contract address and removed from the table.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(WalletModel& wallet, ChainModel& chain, BalanceService& balances,
                 ClientSession& session, const AccountActions& actions, QWidget* parent = nullptr);
    ~OverviewPage() override;

private:
    void showAccount();
    void showNetwork();
    void showBalances();
    void copyAddress();
    void addToken();
    void removeToken();
    void showTokenControls();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    WalletModel& m_wallet;
    ChainModel& m_chain;
    BalanceService& m_balances;
    ClientSession& m_session;
    bool m_adding = false;
};

} // namespace seismic::app
