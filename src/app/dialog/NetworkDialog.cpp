// SPDX-License-Identifier: MIT
#include "app/dialog/NetworkDialog.h"

#include "app/model/ErrorText.h"
#include "app/service/NetworkProbe.h"
#include "client/TeePublicKey.h"

#include "ui_NetworkDialog.h"

#include <QCheckBox>
#include <QPushButton>

namespace seismic::app {
namespace {

QStringList endpointLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        lines.append(line.trimmed());
    return lines;
}

} // namespace

NetworkDialog::NetworkDialog(QStringList takenNames, const SettingsModel& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NetworkDialog>())
    , m_takenNames(std::move(takenNames))
    , m_settings(settings)
{
    m_ui->setupUi(this);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NetworkDialog::validate);
    connect(m_ui->chainIdEdit, &QLineEdit::textChanged, this, &NetworkDialog::validate);
    connect(m_ui->endpointsEdit, &QPlainTextEdit::textChanged, this, &NetworkDialog::validate);
    connect(m_ui->allowUnencryptedCheck, &QCheckBox::toggled, this, &NetworkDialog::validate);
    m_ui->unencryptedWarningLabel->setText(NetworkConfig::unencryptedWarning());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &NetworkDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &NetworkDialog::reject);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this,
            &NetworkDialog::testConnection);
    validate();
}

NetworkDialog::~NetworkDialog() = default;

void NetworkDialog::setNetwork(const NetworkConfig& network)
{
    m_ui->nameEdit->setText(network.name);
    m_ui->chainIdEdit->setText(QString::number(network.chainId));
    // The user's own URLs, whole, to edit them: this dialog is where they are typed.
    m_ui->endpointsEdit->setPlainText((network.httpUrls + network.wsUrls).join(QLatin1Char('\n')));
    m_ui->allowUnencryptedCheck->setChecked(network.allowUnencrypted);
}

NetworkConfig NetworkDialog::network() const
{
    NetworkConfig network;
    network.name = m_ui->nameEdit->text().trimmed();
    // Anything but a positive decimal number is 0, which problem() refuses.
    network.chainId = m_ui->chainIdEdit->text().trimmed().toULongLong();
    network.allowUnencrypted = m_ui->allowUnencryptedCheck->isChecked();
    for (const QString& url : endpointLines(m_ui->endpointsEdit->toPlainText())) {
        if (url.isEmpty())
            continue;
        (NetworkConfig::isWebSocketUrl(url) ? network.wsUrls : network.httpUrls).append(url);
    }
    return network;
}

QString NetworkDialog::problem() const
{
    const QStringList lines = endpointLines(m_ui->endpointsEdit->toPlainText());
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].isEmpty())
            continue;
        if (const QString problem =
                NetworkConfig::endpointProblem(lines[i], m_ui->allowUnencryptedCheck->isChecked());
            !problem.isEmpty())
            //: %1 is a line number, %2 what is wrong with the URL on it.
            return tr("Line %1: %2").arg(i + 1).arg(problem);
    }
    const NetworkConfig entered = network();
    if (QString problem = entered.problem(); !problem.isEmpty())
        return problem;
    if (m_takenNames.contains(entered.name, Qt::CaseInsensitive))
        return tr("There is already a network named “%1”.").arg(entered.name);
    return {};
}

void NetworkDialog::validate()
{
    const QString problem = this->problem();
    // An empty form has nothing wrong yet, only something missing.
    const bool untouched = m_ui->nameEdit->text().isEmpty() &&
                           m_ui->chainIdEdit->text().isEmpty() &&
                           m_ui->endpointsEdit->toPlainText().isEmpty();
    m_ui->messageLabel->setText(untouched ? QString() : problem);
    m_ui->messageLabel->setVisible(!untouched && !problem.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_ui->unencryptedWarningLabel->setVisible(network().usesUnencryptedRemote() &&
                                              m_ui->allowUnencryptedCheck->isChecked());
    m_ui->testConnectionButton->setEnabled(!m_testing && probeProblem(network()).isEmpty());
}

void NetworkDialog::testConnection()
{
    if (m_testing || !probeProblem(network()).isEmpty())
        return;
    m_testing = true;
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->connectionResultLabel->setText(tr("Connecting…"));
    const NetworkConfig entered = network();
    QCoro::connect(
        probeNetwork(entered, m_settings), this, [this](const Result<NetworkProbeResult>& result) {
            m_testing = false;
            if (result) {
                m_ui->chainIdEdit->setText(QString::number(result->chainId));
                //: %1 is a chain ID, %2 the node's TEE public key in hex.
                m_ui->connectionResultLabel->setText(
                    tr("Connected: chain %1, TEE key %2")
                        .arg(result->chainId)
                        .arg(
                            QString::fromStdString(client::teePublicKeyHex(result->teePublicKey))));
            } else {
                m_ui->connectionResultLabel->setText(
                    errorText(tr("The connection test failed."), result.error()));
            }
            validate();
            Q_EMIT connectionTested(result.ok());
        });
}

} // namespace seismic::app
