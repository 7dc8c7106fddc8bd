// SPDX-License-Identifier: MIT
#include "app/dialog/AccountDialog.h"

#include "app/model/ErrorText.h"
#include "app/model/WalletModel.h"
#include "app/wallet/AccountService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace seismic::app {

AccountDialog::AccountDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_wallet(wallet)
{}

void AccountDialog::setFormWidgets(QWidget* inputs, QDialogButtonBox* buttons,
                                   QProgressBar* busyBar, QLabel* message)
{
    m_inputs = inputs;
    m_buttons = buttons;
    m_busyBar = busyBar;
    m_message = message;
    m_message->setTextFormat(Qt::PlainText); // errors may quote a key file
    m_busyBar->setRange(0, 0);               // indeterminate
    m_busyBar->hide();
}

void AccountDialog::reject()
{
    if (m_busy)
        m_accounts.cancel(); // finish() closes once the operation has stopped
    else
        QDialog::reject();
}

void AccountDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AccountDialog::run(QCoro::Task<Result<PrivateKey>> operation, const QString& busyText)
{
    setBusy(true);
    showMessage(busyText);
    QCoro::connect(std::move(operation), this,
                   [this](const Result<PrivateKey>& result) { finish(result); });
}

void AccountDialog::finish(const Result<PrivateKey>& result)
{
    setBusy(false);
    if (!result && result.error().kind == ErrorKind::Cancelled) {
        QDialog::reject();
        return;
    }
    if (!result) {
        showMessage(errorText(result.error()));
        operationFailed(result.error());
        return;
    }
    m_wallet.unlock(*result);
    accept();
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_inputs->setEnabled(!busy);
    // Cancel stays: it stops the operation.
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (busy)
        m_okEnabled = ok->isEnabled();
    ok->setEnabled(!busy && m_okEnabled);
    m_busyBar->setVisible(busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace seismic::app
