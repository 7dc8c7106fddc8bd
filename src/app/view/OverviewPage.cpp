// SPDX-License-Identifier: MIT
#include "app/view/OverviewPage.h"

#include "app/model/ChainModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/view/AddressText.h"
#include "app/view/ConnectionStatusText.h"

#include "ui_OverviewPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace seismic::app {

OverviewPage::OverviewPage(WalletModel& wallet, ChainModel& chain, const AccountActions& actions,
                           QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_wallet(wallet)
    , m_chain(chain)
{
    m_ui->setupUi(this);
    m_ui->importButton->setDefaultAction(actions.importKey);
    m_ui->createButton->setDefaultAction(actions.createAccount);
    m_ui->unlockButton->setDefaultAction(actions.unlock);
    m_ui->lockButton->setDefaultAction(actions.lock);
    // Sharing the address is how one receives: the button carries the receive icon.
    m_ui->copyAddressButton->setIcon(QIcon(QStringLiteral(":/icons/receive.svg")));
    m_ui->copyAddressButton->setText(tr("Copy"));
    m_ui->copyAddressButton->setToolTip(
        tr("Copy the address to the clipboard, to share it and receive tokens"));
    connect(m_ui->copyAddressButton, &QToolButton::clicked, this, &OverviewPage::copyAddress);

    m_ui->balancesView->setModel(m_wallet.tokens());
    m_ui->balancesView->verticalHeader()->hide();
    m_ui->balancesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->balancesView->horizontalHeader()->setStretchLastSection(true);

    connect(&m_wallet, &WalletModel::accountChanged, this, &OverviewPage::showAccount);
    connect(&m_wallet, &WalletModel::accountChanged, this, &OverviewPage::showBalances);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &OverviewPage::showAccount);
    for (auto signal :
         {&ChainModel::networkChanged, &ChainModel::statusChanged, &ChainModel::chainIdChanged,
          &ChainModel::blockNumberChanged, &ChainModel::lastErrorChanged})
        connect(&m_chain, signal, this, &OverviewPage::showNetwork);
    connect(&m_chain, &ChainModel::statusChanged, this, &OverviewPage::showBalances);
    connect(m_wallet.tokens(), &QAbstractItemModel::modelReset, this, &OverviewPage::showBalances);
    connect(m_wallet.tokens(), &QAbstractItemModel::rowsInserted, this,
            &OverviewPage::showBalances);
    connect(m_wallet.tokens(), &QAbstractItemModel::rowsRemoved, this, &OverviewPage::showBalances);
    showAccount();
    showNetwork();
    showBalances();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::showAccount()
{
    const auto account = m_wallet.account();
    m_ui->noAccountPage->setVisible(!account);
    m_ui->accountPage->setVisible(account.has_value());
    if (!account)
        return;
    m_ui->addressLabel->setText(addressText(*account));
    m_ui->lockStateLabel->setText(
        m_wallet.isUnlocked()
            ? tr("Unlocked: the private key is in memory, and this app can sign with it.")
            : tr("Locked: the private key exists only encrypted on disk."));
}

void OverviewPage::showNetwork()
{
    const NetworkConfig& network = m_chain.network();
    m_ui->networkNameLabel->setText(network.name);
    m_ui->chainIdLabel->setText(QString::number(network.chainId));
    m_ui->connectionLabel->setText(connectionStatusText(m_chain));
}

void OverviewPage::showBalances()
{
    if (m_wallet.tokens()->rowCount() > 0) {
        m_ui->balancesStack->setCurrentWidget(m_ui->balancesTablePage);
        return;
    }
    m_ui->balancesEmptyLabel->setText(!m_wallet.account()
                                          ? tr("Import or create an account to see its balances.")
                                      : m_chain.status() == ConnectionStatus::Connected
                                          ? tr("Reading balances…")
                                          : tr("Connect to a network to see balances."));
    m_ui->balancesStack->setCurrentWidget(m_ui->balancesEmptyPage);
}

void OverviewPage::copyAddress()
{
    if (const auto account = m_wallet.account())
        QGuiApplication::clipboard()->setText(addressText(*account));
}

} // namespace seismic::app
