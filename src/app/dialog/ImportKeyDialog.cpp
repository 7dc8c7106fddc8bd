// SPDX-License-Identifier: MIT
#include "app/dialog/ImportKeyDialog.h"

#include "app/dialog/PasswordRules.h"
#include "app/model/ErrorText.h"
#include "app/wallet/AccountService.h"

#include "ui_ImportKeyDialog.h"

#include <QFileDialog>
#include <QPushButton>

namespace seismic::app {
namespace {

// Long enough not to read the file at every keystroke, short enough to feel immediate.
constexpr int kProbeDelayMs = 250;

} // namespace

ImportKeyDialog::ImportKeyDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent)
    : AccountDialog(accounts, wallet, parent)
    , m_ui(std::make_unique<Ui::ImportKeyDialog>())
    , m_accounts(accounts)
{
    m_ui->setupUi(this);
    setFormWidgets(m_ui->inputs, m_ui->buttons, m_ui->busyBar, m_ui->messageLabel);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->newPasswordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, AccountStore::kMinimumPasswordLength));
    m_ui->formLayout->setRowVisible(m_ui->filePasswordEdit, false);
    showMessage({});

    m_probeDelay.setSingleShot(true);
    m_probeDelay.setInterval(kProbeDelayMs);
    connect(&m_probeDelay, &QTimer::timeout, this, &ImportKeyDialog::probe);
    connect(m_ui->filePathEdit, &QLineEdit::textChanged, this, [this] {
        m_format.reset();
        m_ui->formatLabel->clear();
        m_ui->formLayout->setRowVisible(m_ui->filePasswordEdit, false);
        m_probeDelay.start();
        validate();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportKeyDialog::browse);
    for (QLineEdit* edit : {m_ui->newPasswordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ImportKeyDialog::validate);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ImportKeyDialog::startImport);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ImportKeyDialog::reject);
    validate();
}

ImportKeyDialog::~ImportKeyDialog() = default;

QString ImportKeyDialog::filePath() const
{
    return m_ui->filePathEdit->text().trimmed();
}

void ImportKeyDialog::setFilePath(const QString& path)
{
    m_ui->filePathEdit->setText(path);
}

void ImportKeyDialog::browse()
{
    auto* dialog = new QFileDialog(this, tr("Choose a Key File"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportKeyDialog::setFilePath);
    dialog->open();
}

void ImportKeyDialog::probe()
{
    const QString path = filePath();
    if (path.isEmpty())
        return;
    m_ui->formatLabel->setText(tr("Checking the file…"));
    QCoro::connect(m_accounts.probeKeyFile(path), this,
                   [this, path](const Result<KeyFileFormat>& format) { probed(path, format); });
}

void ImportKeyDialog::probed(const QString& path, const Result<KeyFileFormat>& format)
{
    if (path != filePath())
        return; // the user chose another file meanwhile
    if (!format) {
        m_ui->formatLabel->setText(errorText(format.error()));
    } else {
        m_format = *format;
        const bool keystore = *format == KeyFileFormat::KeystoreV3;
        m_ui->formatLabel->setText(
            keystore ? tr("Keystore (Web3 Secret Storage v3): enter the password it was saved "
                          "with.")
                     : tr("Raw hex private key."));
        m_ui->formLayout->setRowVisible(m_ui->filePasswordEdit, keystore);
    }
    validate();
}

void ImportKeyDialog::validate()
{
    const QString passwordProblem = PasswordRules::newPasswordProblem(
        m_ui->newPasswordEdit->text(), m_ui->confirmPasswordEdit->text());
    // Say what is wrong with the new password only once the user started typing it.
    showMessage(m_ui->newPasswordEdit->text().isEmpty() ? QString() : passwordProblem);
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_format.has_value() && passwordProblem.isEmpty());
}

void ImportKeyDialog::startImport()
{
    validate();
    if (!m_ui->buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    run(m_accounts.importKeyFile(filePath(), m_ui->filePasswordEdit->text(),
                                 m_ui->newPasswordEdit->text()),
        tr("Encrypting the key under the new password…"));
}

void ImportKeyDialog::operationFailed(const Error& error)
{
    if (error.kind == ErrorKind::WrongPassword) {
        m_ui->filePasswordEdit->clear();
        m_ui->filePasswordEdit->setFocus();
    } else {
        m_ui->filePathEdit->setFocus();
    }
}

} // namespace seismic::app
