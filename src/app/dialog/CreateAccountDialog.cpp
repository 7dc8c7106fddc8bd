// SPDX-License-Identifier: MIT
#include "app/dialog/CreateAccountDialog.h"

#include "app/dialog/PasswordRules.h"
#include "app/wallet/AccountService.h"

#include "ui_CreateAccountDialog.h"

#include <QDir>
#include <QPushButton>

namespace seismic::app {

CreateAccountDialog::CreateAccountDialog(AccountService& accounts, WalletModel& wallet,
                                         QWidget* parent)
    : AccountDialog(accounts, wallet, parent)
    , m_ui(std::make_unique<Ui::CreateAccountDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setFormWidgets(m_ui->inputs, m_ui->buttons, m_ui->busyBar, m_ui->messageLabel);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->newPasswordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, AccountStore::kMinimumPasswordLength));
    //: %1 is a folder.
    m_ui->backupLabel->setText(tr("The key is stored encrypted in %1. Back up this folder: "
                                  "without it and the password, the account cannot be "
                                  "recovered.")
                                   .arg(QDir::toNativeSeparators(m_accounts.directory())));
    showMessage({});
    for (QLineEdit* edit : {m_ui->newPasswordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &CreateAccountDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CreateAccountDialog::startCreate);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CreateAccountDialog::reject);
    validate();
}

CreateAccountDialog::~CreateAccountDialog() = default;

void CreateAccountDialog::validate()
{
    const QString problem = PasswordRules::newPasswordProblem(m_ui->newPasswordEdit->text(),
                                                              m_ui->confirmPasswordEdit->text());
    showMessage(m_ui->newPasswordEdit->text().isEmpty() ? QString() : problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void CreateAccountDialog::startCreate()
{
    validate();
    if (!m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    run(m_accounts.create(m_ui->newPasswordEdit->text()),
        tr("Creating the key and encrypting it…"));
}

void CreateAccountDialog::operationFailed(const Error&)
{
    m_ui->newPasswordEdit->setFocus();
}

} // namespace seismic::app
