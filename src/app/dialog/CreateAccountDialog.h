// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialog/AccountDialog.h"

#include <memory>

namespace Ui {
class CreateAccountDialog;
}

namespace seismic::app {

class AccountService;

// Creates an account with a fresh random key, stored encrypted under a new password typed
// twice; the new account becomes the current one, unlocked.
class CreateAccountDialog : public AccountDialog
{
    Q_OBJECT

public:
    CreateAccountDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent = nullptr);
    ~CreateAccountDialog() override;

protected:
    void operationFailed(const Error& error) override;

private:
    void validate();
    void startCreate();

    std::unique_ptr<Ui::CreateAccountDialog> m_ui;
    AccountService& m_accounts;
};

} // namespace seismic::app
