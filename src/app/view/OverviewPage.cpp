// SPDX-License-Identifier: MIT
#include "app/view/OverviewPage.h"

#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/view/AddressText.h"
#include "app/view/ConnectionStatusText.h"

#include "ui_OverviewPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

namespace seismic::app {

OverviewPage::OverviewPage(WalletModel& wallet, ChainModel& chain, BalanceService& balances,
                           ClientSession& session, const AccountActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPage>())
    , m_wallet(wallet)
    , m_chain(chain)
    , m_balances(balances)
    , m_session(session)
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
    m_ui->balancesView->setSelectionMode(QAbstractItemView::SingleSelection);

    connect(m_ui->addTokenButton, &QPushButton::clicked, this, &OverviewPage::addToken);
    connect(m_ui->tokenAddressEdit, &QLineEdit::returnPressed, this, &OverviewPage::addToken);
    connect(m_ui->tokenAddressEdit, &QLineEdit::textChanged, this,
            &OverviewPage::showTokenControls);
    connect(m_ui->removeTokenButton, &QPushButton::clicked, this, &OverviewPage::removeToken);
    connect(m_ui->balancesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OverviewPage::showTokenControls);
    connect(&m_session, &ClientSession::clientChanged, this, &OverviewPage::showTokenControls);
    connect(m_wallet.tokens(), &QAbstractItemModel::modelReset, this,
            &OverviewPage::showTokenControls);

    connect(&m_wallet, &WalletModel::accountChanged, this, &OverviewPage::showAccount);
    connect(&m_wallet, &WalletModel::accountChanged, this, &OverviewPage::showBalances);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &OverviewPage::showAccount);
    connect(&m_wallet, &WalletModel::watchOnlyViewingKeyChanged, this, &OverviewPage::showAccount);
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
    showTokenControls();
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
    if (m_wallet.isWatchOnly())
        m_ui->lockStateLabel->setText(
            m_wallet.watchOnlyViewingKey()
                ? tr("Watch-only: no private key, nothing can be sent. This watch-only account's "
                     "SRC20 amounts open with the viewing key you gave.")
                : tr("Watch-only: no private key, nothing can be sent. Without a viewing key its "
                     "SRC20 amounts stay hidden: give one on the Accounts page."));
    else
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

void OverviewPage::showTokenControls()
{
    const bool canAdd = m_session.walletClient() != nullptr && !m_adding;
    m_ui->tokenAddressEdit->setEnabled(canAdd);
    m_ui->addTokenButton->setEnabled(canAdd && !m_ui->tokenAddressEdit->text().trimmed().isEmpty());
    m_ui->addTokenButton->setToolTip(
        m_session.walletClient()
            ? tr("Read the token's name, symbol and decimals on chain and add its balance")
            : tr("Unlock the account and connect to a network to add tokens"));
    const QModelIndexList selected = m_ui->balancesView->selectionModel()->selectedRows();
    m_ui->removeTokenButton->setEnabled(
        !selected.isEmpty() && !selected.front().data(TokenTableModel::ContractRole).isNull());
}

void OverviewPage::addToken()
{
    if (m_adding || !m_ui->addTokenButton->isEnabled())
        return;
    const QString text = m_ui->tokenAddressEdit->text().trimmed();
    const auto contract = Address::parse(text.toStdString());
    if (!contract) {
        //: %1 says what is wrong with the address.
        m_ui->addTokenStatusLabel->setText(
            tr("Not a contract address: %1").arg(errorText(contract.error())));
        return;
    }
    m_adding = true;
    m_ui->addTokenStatusLabel->setText(tr("Reading the token…"));
    showTokenControls();
    QCoro::connect(m_balances.addToken(*contract), this, [this](const Result<TokenBalance>& added) {
        m_adding = false;
        if (added) {
            m_ui->tokenAddressEdit->clear();
            //: %1 is a token symbol, %2 its name.
            m_ui->addTokenStatusLabel->setText(
                tr("Added %1 (%2).").arg(added->symbol, added->name));
        } else {
            m_ui->addTokenStatusLabel->setText(
                tr("The token was not added: %1").arg(errorText(added.error())));
        }
        showTokenControls();
    });
}

void OverviewPage::removeToken()
{
    const QModelIndexList selected = m_ui->balancesView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    const QString contract = selected.front().data(TokenTableModel::ContractRole).toString();
    if (const auto address = Address::parse(contract.toStdString()))
        m_balances.removeToken(*address);
    m_ui->addTokenStatusLabel->clear();
}

void OverviewPage::copyAddress()
{
    if (const auto account = m_wallet.account())
        QGuiApplication::clipboard()->setText(addressText(*account));
}

} // namespace seismic::app
