// SPDX-License-Identifier: MIT
#include "app/dialog/FirstRunDialog.h"

#include "app/dialog/NetworkDialog.h"
#include "app/model/SettingsModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace seismic::app {
namespace {

// The presets, in SettingsModel::builtInNetworks() order.
constexpr int kTestnet = 0;
constexpr int kLocalNode = 1;

} // namespace

FirstRunDialog::FirstRunDialog(SettingsModel& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to Seismic Desktop"));
    const QList<NetworkConfig> presets = SettingsModel::builtInNetworks();

    auto* intro = new QLabel(tr("Choose the network to connect to. You can switch networks "
                                "later from the status bar or in the settings."),
                             this);
    intro->setWordWrap(true);
    //: %1 is the testnet's host name.
    m_testnet = new QRadioButton(
        tr("The &Seismic testnet (%1)").arg(QUrl(presets.at(kTestnet).httpUrls.first()).host()),
        this);
    m_testnet->setObjectName(QStringLiteral("testnetRadio"));
    m_testnet->setChecked(true);
    //: %1 is the node's URL.
    m_local = new QRadioButton(
        tr("A &local node on this computer (%1)").arg(presets.at(kLocalNode).httpUrls.first()),
        this);
    m_local->setObjectName(QStringLiteral("localNodeRadio"));
    m_custom = new QRadioButton(tr("A c&ustom network: its endpoints and chain ID…"), this);
    m_custom->setObjectName(QStringLiteral("customNetworkRadio"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_testnet);
    layout->addWidget(m_local);
    layout->addWidget(m_custom);
    layout->addStretch();
    layout->addWidget(buttons);
}

void FirstRunDialog::accept()
{
    if (m_custom->isChecked()) {
        openCustomNetworkDialog();
        return;
    }
    const QList<NetworkConfig> presets = SettingsModel::builtInNetworks();
    m_settings.setCurrentNetwork(presets.at(m_testnet->isChecked() ? kTestnet : kLocalNode).name);
    QDialog::accept();
}

void FirstRunDialog::openCustomNetworkDialog()
{
    QStringList takenNames;
    for (const NetworkConfig& network : m_settings.networks())
        takenNames.append(network.name);
    auto* dialog = new NetworkDialog(takenNames, m_settings, this);
    dialog->setObjectName(QStringLiteral("customNetworkDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Cancelled, the choice is still to be made here.
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NetworkConfig network = dialog->network();
        if (m_settings.setCustomNetworks(m_settings.customNetworks() + QList{network}) &&
            m_settings.setCurrentNetwork(network.name))
            QDialog::accept();
    });
    dialog->open();
}

} // namespace seismic::app
