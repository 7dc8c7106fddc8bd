// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QRadioButton;

namespace seismic::app {

class SettingsModel;

// The first start's choice of network, instead of a silent default: the Seismic testnet, a
// node on this computer (http://127.0.0.1:8545), or a custom network entered (and tested) in the
// network dialog. Accepting selects the network in the settings, so the choice is made once;
// closing it leaves the choice to the next start.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(SettingsModel& settings, QWidget* parent = nullptr);

    void accept() override;

private:
    void openCustomNetworkDialog();

    SettingsModel& m_settings;
    QRadioButton* m_testnet;
    QRadioButton* m_local;
    QRadioButton* m_custom;
};

} // namespace seismic::app
