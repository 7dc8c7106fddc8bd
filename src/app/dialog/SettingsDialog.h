// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/ConnectionSettings.h"
#include "app/model/NetworkConfig.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class QSpinBox;

namespace seismic::app {

class ChainModel;
class NotificationSettingsTab;
class SettingsModel;

// Edits the settings: the selected network and the custom networks (through NetworkDialog),
// connection tuning within ConnectionSettings' ranges, and the theme. Changes apply on OK. The
// selected network is shown with the endpoints in use (the command line's, when they replace
// the network's this session), a warning when they are unencrypted, and its pinned TEE key; when
// the node presents another key, a button accepts it (teeKeyAccepted()).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(SettingsModel& settings, const ChainModel& chain, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

Q_SIGNALS:
    // The user accepted the TEE key the node presents instead of the pinned one.
    void teeKeyAccepted();

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

    // The Security tab, built here: the automatic lock's inactivity time.
    void addSecurityTab();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QSpinBox* m_autoLockSpin = nullptr;
    SettingsModel& m_settings;
    const ChainModel& m_chain;
    QList<NetworkConfig> m_customNetworks;
    NotificationSettingsTab* m_notificationsTab;
};

} // namespace seismic::app
