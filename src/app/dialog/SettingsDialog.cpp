// SPDX-License-Identifier: MIT
#include "app/dialog/SettingsDialog.h"

#include "app/dialog/NetworkDialog.h"
#include "app/dialog/NotificationSettingsTab.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "client/TeePublicKey.h"

#include "ui_SettingsDialog.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace seismic::app {
namespace {

void setRange(QSpinBox* spin, IntRange range)
{
    spin->setRange(range.minimum, range.maximum);
}

} // namespace

SettingsDialog::SettingsDialog(SettingsModel& settings, const ChainModel& chain, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
    , m_chain(chain)
    , m_customNetworks(settings.customNetworks())
{
    m_ui->setupUi(this);

    setRange(m_ui->timeoutSpin, ConnectionSettings::kRequestTimeoutMs);
    setRange(m_ui->attemptsSpin, ConnectionSettings::kMaxAttempts);
    setRange(m_ui->backoffSpin, ConnectionSettings::kBackoffBaseMs);
    setRange(m_ui->rateSpin, ConnectionSettings::kRequestsPerSecond);
    setRange(m_ui->burstSpin, ConnectionSettings::kBurst);
    setRange(m_ui->concurrencySpin, ConnectionSettings::kMaxConcurrentRequests);
    //: Unit suffix of a duration, with its leading space.
    const QString milliseconds = tr(" ms");
    m_ui->timeoutSpin->setSuffix(milliseconds);
    m_ui->backoffSpin->setSuffix(milliseconds);
    //: Unit suffix of the rate limit, with its leading space.
    m_ui->rateSpin->setSuffix(tr(" requests/s"));
    showConnection(settings.connection());

    m_ui->themeCombo->addItem(tr("Same as the system"), static_cast<int>(Theme::System));
    m_ui->themeCombo->addItem(tr("Light"), static_cast<int>(Theme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), static_cast<int>(Theme::Dark));
    m_ui->themeCombo->setCurrentIndex(
        m_ui->themeCombo->findData(static_cast<int>(settings.theme())));
    m_ui->languageCombo->addItem(tr("Same as the system"), QString());
    // Each language by its own name, so that it can be found whatever the current one.
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(settings.language()));

    addSecurityTab();

    fillNetworks(settings.currentNetwork().name);
    connect(m_ui->networkCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::showSelectedNetwork);
    connect(m_ui->acceptTeeKeyButton, &QPushButton::clicked, this, [this] {
        Q_EMIT teeKeyAccepted();
        m_ui->acceptTeeKeyButton->hide();
    });
    connect(m_ui->customNetworkList, &QListWidget::currentRowChanged, this,
            &SettingsDialog::updateNetworkButtons);
    connect(m_ui->customNetworkList, &QListWidget::itemActivated, this,
            &SettingsDialog::editNetwork);
    connect(m_ui->addNetworkButton, &QPushButton::clicked, this, &SettingsDialog::addNetwork);
    connect(m_ui->editNetworkButton, &QPushButton::clicked, this, &SettingsDialog::editNetwork);
    connect(m_ui->removeNetworkButton, &QPushButton::clicked, this, &SettingsDialog::removeNetwork);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    m_ui->messageLabel->hide();

    m_notificationsTab =
        new NotificationSettingsTab(settings.notificationRules(), settings.keepRunningInTray(),
                                    settings.tokens(chain.network().name), m_ui->tabs);
    //: The settings tab of transfer notifications and the system tray.
    m_ui->tabs->addTab(m_notificationsTab, tr("N&otifications"));
    // It may quote what the user typed.
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addSecurityTab()
{
    auto* tab = new QWidget(m_ui->tabs);
    tab->setObjectName(QStringLiteral("securityTab"));
    m_autoLockSpin = new QSpinBox(tab);
    m_autoLockSpin->setObjectName(QStringLiteral("autoLockSpin"));
    setRange(m_autoLockSpin, SettingsModel::kAutoLockMinutes);
    //: Unit suffix of the inactivity time, with its leading space.
    m_autoLockSpin->setSuffix(tr(" min"));
    //: The automatic lock is off.
    m_autoLockSpin->setSpecialValueText(tr("Never"));
    m_autoLockSpin->setValue(m_settings.autoLockMinutes());
    m_autoLockSpin->setAccessibleName(tr("Lock after inactivity"));
    auto* label = new QLabel(tr("&Lock after inactivity:"), tab);
    label->setBuddy(m_autoLockSpin);
    auto* help = new QLabel(tr("Without keyboard or mouse input in the app for this long, the "
                               "wallet locks and its key is wiped from memory; the password "
                               "unlocks it again."),
                            tab);
    help->setWordWrap(true);
    auto* layout = new QFormLayout(tab);
    layout->addRow(label, m_autoLockSpin);
    layout->addRow(help);
    m_ui->tabs->addTab(tab, tr("Securit&y"));
}

QList<NetworkConfig> SettingsDialog::networks() const
{
    return SettingsModel::builtInNetworks() + m_customNetworks;
}

void SettingsDialog::fillNetworks(const QString& selected)
{
    const QSignalBlocker blocker(m_ui->networkCombo);
    m_ui->networkCombo->clear();
    for (const NetworkConfig& network : networks())
        m_ui->networkCombo->addItem(network.name);
    const int index = m_ui->networkCombo->findText(selected);
    m_ui->networkCombo->setCurrentIndex(std::max(index, 0));

    m_ui->customNetworkList->clear();
    for (const NetworkConfig& network : m_customNetworks)
        m_ui->customNetworkList->addItem(network.name);
    showSelectedNetwork();
    updateNetworkButtons();
}

void SettingsDialog::showSelectedNetwork()
{
    const QList<NetworkConfig> all = networks();
    const int index = m_ui->networkCombo->currentIndex();
    if (index < 0 || index >= all.size())
        return;
    const NetworkConfig& selected = all.at(index);
    const bool current = selected.name == m_chain.network().name;
    // The connected network as it is used: the command line may replace its endpoints.
    const NetworkConfig& network = current ? m_chain.network() : selected;
    //: %1 is a chain ID; the endpoints follow on the next lines.
    QString endpoints = tr("Chain %1").arg(network.chainId) + QLatin1Char('\n');
    if (current && (network.httpUrls != selected.httpUrls || network.wsUrls != selected.wsUrls))
        endpoints +=
            tr("For this session, the endpoints from the command line:") + QLatin1Char('\n');
    endpoints += network.endpointsText();
    if (network.usesUnencryptedRemote())
        endpoints += QStringLiteral("\n\n") + NetworkConfig::unencryptedWarning();
    m_ui->endpointsLabel->setText(endpoints);

    const auto pinned = m_settings.teePublicKey(network.name);
    QString teeKey = pinned ? QString::fromStdString(client::teePublicKeyHex(*pinned))
                            : tr("none yet: the first key a node presents is trusted");
    const bool conflict = current && !m_chain.teeKeyConflict().isEmpty();
    if (conflict)
        //: %1 is a public key in hex.
        teeKey += QLatin1Char('\n') + tr("The node now presents another key, %1: shielded sends "
                                         "and signed reads are off until you accept it.")
                                          .arg(m_chain.teeKeyConflict());
    m_ui->teeKeyLabel->setText(teeKey);
    m_ui->acceptTeeKeyButton->setVisible(conflict);
}

void SettingsDialog::updateNetworkButtons()
{
    const bool selected = m_ui->customNetworkList->currentRow() >= 0;
    m_ui->editNetworkButton->setEnabled(selected);
    m_ui->removeNetworkButton->setEnabled(selected);
}

void SettingsDialog::addNetwork()
{
    openNetworkDialog(-1);
}

void SettingsDialog::editNetwork()
{
    if (const int row = m_ui->customNetworkList->currentRow(); row >= 0)
        openNetworkDialog(row);
}

void SettingsDialog::openNetworkDialog(int customIndex)
{
    QStringList takenNames;
    const QList<NetworkConfig> all = networks();
    for (const NetworkConfig& network : all) {
        if (customIndex < 0 || network != m_customNetworks.at(customIndex))
            takenNames.append(network.name);
    }
    auto* dialog = new NetworkDialog(takenNames, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (customIndex >= 0)
        dialog->setNetwork(m_customNetworks.at(customIndex));
    connect(dialog, &QDialog::accepted, this, [this, dialog, customIndex] {
        QString selected = m_ui->networkCombo->currentText();
        const NetworkConfig network = dialog->network();
        if (customIndex < 0) {
            // A network is added to be used.
            m_customNetworks.append(network);
            selected = network.name;
        } else {
            // A renamed network that was selected stays selected.
            if (m_customNetworks.at(customIndex).name == selected)
                selected = network.name;
            m_customNetworks[customIndex] = network;
        }
        fillNetworks(selected);
    });
    dialog->open();
}

void SettingsDialog::removeNetwork()
{
    const int row = m_ui->customNetworkList->currentRow();
    if (row < 0)
        return;
    m_customNetworks.removeAt(row);
    fillNetworks(m_ui->networkCombo->currentText());
}

ConnectionSettings SettingsDialog::connection() const
{
    ConnectionSettings connection;
    connection.requestTimeoutMs = m_ui->timeoutSpin->value();
    connection.maxAttempts = m_ui->attemptsSpin->value();
    connection.backoffBaseMs = m_ui->backoffSpin->value();
    connection.requestsPerSecond = m_ui->rateSpin->value();
    connection.burst = m_ui->burstSpin->value();
    connection.maxConcurrentRequests = m_ui->concurrencySpin->value();
    return connection;
}

void SettingsDialog::showConnection(const ConnectionSettings& connection)
{
    m_ui->timeoutSpin->setValue(connection.requestTimeoutMs);
    m_ui->attemptsSpin->setValue(connection.maxAttempts);
    m_ui->backoffSpin->setValue(connection.backoffBaseMs);
    m_ui->rateSpin->setValue(connection.requestsPerSecond);
    m_ui->burstSpin->setValue(connection.burst);
    m_ui->concurrencySpin->setValue(connection.maxConcurrentRequests);
}

void SettingsDialog::restoreDefaults()
{
    showConnection(ConnectionSettings{});
    m_ui->themeCombo->setCurrentIndex(m_ui->themeCombo->findData(static_cast<int>(Theme::System)));
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(QString()));
    m_autoLockSpin->setValue(SettingsModel::kDefaultAutoLockMinutes);
    m_notificationsTab->restoreDefaults();
}

void SettingsDialog::accept()
{
    // Before anything is saved: the form is all or nothing.
    if (const QString problem = m_notificationsTab->problem(); !problem.isEmpty()) {
        m_ui->tabs->setCurrentWidget(m_notificationsTab);
        m_ui->messageLabel->setText(problem);
        m_ui->messageLabel->show();
        return;
    }
    // The networks were checked by NetworkDialog and the numbers by the spin boxes' ranges;
    // the model checks again and refuses what slipped through.
    if (!m_settings.setCustomNetworks(m_customNetworks) ||
        !m_settings.setCurrentNetwork(m_ui->networkCombo->currentText()) ||
        !m_settings.setConnection(connection())) {
        m_ui->messageLabel->setText(tr("These settings cannot be saved; see the log for why."));
        m_ui->messageLabel->show();
        return;
    }
    m_settings.setTheme(static_cast<Theme>(m_ui->themeCombo->currentData().toInt()));
    m_settings.setLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setAutoLockMinutes(m_autoLockSpin->value());
    m_settings.setNotificationRules(m_notificationsTab->rules());
    m_settings.setKeepRunningInTray(m_notificationsTab->keepRunningInTray());
    QDialog::accept();
}

} // namespace seismic::app
