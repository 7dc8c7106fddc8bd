// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/ConnectionSettings.h"
#include "app/model/NetworkConfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace seismic::app {

class SettingsModel;

// Edits the settings: the selected network and the custom networks (through NetworkDialog),
// connection tuning within ConnectionSettings' ranges, and the theme. Changes apply on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(SettingsModel& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    QList<NetworkConfig> networks() const;
    void fillNetworks(const QString& selected);
    void showSelectedNetwork();
    void addNetwork();
    void editNetwork();
    void removeNetwork();
    void openNetworkDialog(int customIndex);
    void updateNetworkButtons();
    ConnectionSettings connection() const;
    void showConnection(const ConnectionSettings& connection);
    void restoreDefaults();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    SettingsModel& m_settings;
    QList<NetworkConfig> m_customNetworks;
};

} // namespace seismic::app
