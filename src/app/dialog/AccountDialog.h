// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"

#include <QCoroTask>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace seismic::app {

class AccountService;
class WalletModel;

// Base of the dialogs that make an account usable (import, create, unlock): runs the keystore
// operation off the GUI thread while showing a busy state (inputs and OK disabled, progress bar),
// then unlocks the wallet with the resulting key and closes, or shows the precise error and lets
// the user correct the input. Cancel (or Escape) while busy stops the key derivation and closes.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    // While busy: cancels the operation (AccountService::cancel()); the dialog closes once it
    // has stopped.
    void reject() override;

protected:
    AccountDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent);

    // The derived form's widgets: `inputs` holds every field and is disabled while busy.
    void setFormWidgets(QWidget* inputs, QDialogButtonBox* buttons, QProgressBar* busyBar,
                        QLabel* message);
    void showMessage(const QString& text);
    void run(QCoro::Task<Result<PrivateKey>> operation, const QString& busyText);
    // After a failed operation, e.g. to clear and focus a password field.
    virtual void operationFailed(const Error& error) = 0;

private:
    void finish(const Result<PrivateKey>& result);
    void setBusy(bool busy);

    AccountService& m_accounts;
    WalletModel& m_wallet;
    QWidget* m_inputs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_message = nullptr;
    bool m_busy = false;
    bool m_okEnabled = true; // OK's state before the operation began
};

} // namespace seismic::app
