// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialog/AccountDialog.h"

#include <memory>

namespace Ui {
class UnlockDialog;
}

namespace seismic::app {

class AccountService;

// Unlocks a stored account with its password, which makes it the current account: also the
// way to switch accounts. Offers the current account first.
class UnlockDialog : public AccountDialog
{
    Q_OBJECT

public:
    UnlockDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // A message to show from the start, e.g. why an unattended unlock failed.
    void setMessage(const QString& text);

protected:
    void operationFailed(const Error& error) override;

private:
    void startUnlock();

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    AccountService& m_accounts;
};

} // namespace seismic::app
