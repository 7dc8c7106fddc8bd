// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NetworkDialog;
}

namespace seismic::app {

class SettingsModel;

// Adds or edits a custom network: a name, a chain id and endpoint URLs, one per line, each
// http(s) or ws(s). Says precisely what is wrong while typing; OK stays disabled until the
// network is usable. "Test Connection" asks the endpoints for their chain id (filled in) and TEE
// key without blocking, and shows them or the precise error.
class NetworkDialog : public QDialog
{
    Q_OBJECT

public:
    // `takenNames`: the names of the other networks, which this one may not reuse.
    // `settings`: the connection settings and pinned keys the connection test uses.
    NetworkDialog(QStringList takenNames, const SettingsModel& settings, QWidget* parent = nullptr);
    ~NetworkDialog() override;

    void setNetwork(const NetworkConfig& network);
    // The network as entered; usable once the dialog is accepted.
    NetworkConfig network() const;
    // What is wrong with the entry (translated), or an empty string.
    QString problem() const;

    // Starts the connection test; its result arrives in the dialog (connectionTested()).
    void testConnection();

Q_SIGNALS:
    // The connection test ended; the result label says how.
    void connectionTested(bool succeeded);

private:
    void validate();

    std::unique_ptr<Ui::NetworkDialog> m_ui;
    QStringList m_takenNames;
    const SettingsModel& m_settings;
    bool m_testing = false;
};

} // namespace seismic::app
