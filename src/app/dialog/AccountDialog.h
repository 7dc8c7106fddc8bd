// SPDX-License-Identifier: MIT
#pragma once

#include "core/PrivateKey.h"

#include <QCoroTask>
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace seismic::app {

class WalletModel;

// Base of the dialogs that make an account usable (import, create, unlock): runs the keystore
// operation off the GUI thread while showing a busy state (inputs disabled, progress bar,
// closing refused), then unlocks the wallet with the resulting key and closes, or shows the
// precise error and lets the user correct the input.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    bool isBusy() const { return m_busy; }
    // Ignored while busy: the operation cannot be cancelled half way.
    void reject() override;

protected:
    AccountDialog(WalletModel& wallet, QWidget* parent);

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

    WalletModel& m_wallet;
    QWidget* m_inputs = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QLabel* m_message = nullptr;
    bool m_busy = false;
};

} // namespace seismic::app
