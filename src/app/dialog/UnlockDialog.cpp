// SPDX-License-Identifier: MIT
#include "app/dialog/UnlockDialog.h"

#include "app/model/WalletModel.h"
#include "app/view/AddressText.h"
#include "app/wallet/AccountService.h"

#include "ui_UnlockDialog.h"

#include <QPushButton>

namespace seismic::app {

UnlockDialog::UnlockDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent)
    : AccountDialog(accounts, wallet, parent)
    , m_ui(std::make_unique<Ui::UnlockDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setFormWidgets(m_ui->inputs, m_ui->buttons, m_ui->busyBar, m_ui->messageLabel);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    showMessage({});

    for (const Address& account : m_accounts.accounts())
        m_ui->accountCombo->addItem(addressText(account));
    if (const auto current = wallet.account())
        m_ui->accountCombo->setCurrentText(addressText(*current));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ui->accountCombo->count() > 0);
    m_ui->passwordEdit->setFocus();

    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { showMessage({}); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::startUnlock);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::setMessage(const QString& text)
{
    showMessage(text);
}

void UnlockDialog::startUnlock()
{
    const auto account = Address::parse(m_ui->accountCombo->currentText().toStdString());
    if (!account)
        return;
    run(m_accounts.unlock(*account, m_ui->passwordEdit->text()), tr("Unlocking…"));
}

void UnlockDialog::operationFailed(const Error&)
{
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
}

} // namespace seismic::app
