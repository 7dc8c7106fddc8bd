// SPDX-License-Identifier: MIT
#pragma once

#include "app/view/AccountActions.h"

#include <QWidget>

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace seismic::app {

class ChainModel;
class WalletModel;

// The current account (address, lock state), the network and the connection, and the balances
// table, with an empty state that says what is missing (an account, a connection).
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(WalletModel& wallet, ChainModel& chain, const AccountActions& actions,
                 QWidget* parent = nullptr);
    ~OverviewPage() override;

private:
    void showAccount();
    void showNetwork();
    void showBalances();
    void copyAddress();

    std::unique_ptr<Ui::OverviewPage> m_ui;
    WalletModel& m_wallet;
    ChainModel& m_chain;
};

} // namespace seismic::app
