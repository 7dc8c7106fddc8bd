// SPDX-License-Identifier: MIT
#pragma once

#include "app/dialog/AccountDialog.h"
#include "core/KeyFile.h"

#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ImportKeyDialog;
}

namespace seismic::app {

class AccountService;

// Imports a key file: a raw hex key or a keystore (whose password it then asks for, and only
// then), stored encrypted under a new password typed twice. The imported account becomes the
// current one, unlocked.
class ImportKeyDialog : public AccountDialog
{
    Q_OBJECT

public:
    ImportKeyDialog(AccountService& accounts, WalletModel& wallet, QWidget* parent = nullptr);
    ~ImportKeyDialog() override;

    void setFilePath(const QString& path);
    // The detected format of the chosen file, once known.
    std::optional<KeyFileFormat> format() const { return m_format; }

protected:
    void operationFailed(const Error& error) override;

private:
    QString filePath() const;
    void browse();
    void probe();
    void probed(const QString& path, const Result<KeyFileFormat>& format);
    // Enables Import when the form is complete and says what is missing or wrong.
    void validate();
    void startImport();

    std::unique_ptr<Ui::ImportKeyDialog> m_ui;
    AccountService& m_accounts;
    QTimer m_probeDelay;
    std::optional<KeyFileFormat> m_format;
};

} // namespace seismic::app
