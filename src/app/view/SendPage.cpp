// SPDX-License-Identifier: MIT
#include "app/view/SendPage.h"

#include "app/model/ChainModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/view/AddressText.h"
#include "app/view/ErrorText.h"

#include "ui_SendPage.h"

#include "core/Units.h"

namespace seismic::app {

SendPage::SendPage(WalletModel& wallet, ChainModel& chain, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendPage>())
    , m_wallet(wallet)
    , m_chain(chain)
{
    m_ui->setupUi(this);
    m_ui->tokenCombo->setModel(m_wallet.tokens());
    m_ui->tokenCombo->setModelColumn(TokenTableModel::SymbolColumn);
    m_ui->reviewButton->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));

    connect(&m_wallet, &WalletModel::accountChanged, this, &SendPage::update);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &SendPage::update);
    connect(&m_chain, &ChainModel::statusChanged, this, &SendPage::update);
    connect(m_wallet.tokens(), &QAbstractItemModel::dataChanged, this, &SendPage::update);
    connect(m_wallet.tokens(), &QAbstractItemModel::modelReset, this, &SendPage::update);
    connect(m_ui->tokenCombo, &QComboBox::currentIndexChanged, this, &SendPage::update);
    connect(m_ui->recipientEdit, &QLineEdit::textChanged, this, &SendPage::update);
    connect(m_ui->amountEdit, &QLineEdit::textChanged, this, &SendPage::update);
    connect(m_ui->reviewButton, &QPushButton::clicked, this, &SendPage::review);
    update();
}

SendPage::~SendPage() = default;

SendPage::Validation SendPage::validate() const
{
    const auto account = m_wallet.account();
    if (!account)
        return {std::nullopt, tr("Import or create an account to send.")};
    if (!m_wallet.isUnlocked())
        return {std::nullopt, tr("Unlock the account to send.")};
    if (m_chain.status() != ConnectionStatus::Connected)
        return {std::nullopt, tr("Connect to a network to send.")};
    const int row = m_ui->tokenCombo->currentIndex();
    if (row < 0)
        return {std::nullopt, tr("There is nothing to send yet: no balances were read.")};
    const TokenBalance& token = m_wallet.tokens()->token(row);

    const QString recipientText = m_ui->recipientEdit->text().trimmed();
    if (recipientText.isEmpty())
        return {std::nullopt, tr("Enter the recipient’s address.")};
    const auto recipient = Address::parse(recipientText.toStdString());
    if (!recipient)
        return {std::nullopt,
                tr("The recipient is not a valid address: %1").arg(errorText(recipient.error()))};

    const QString amountText = m_ui->amountEdit->text().trimmed();
    if (amountText.isEmpty())
        return {std::nullopt, tr("Enter the amount.")};
    const auto amount = parseUnits(amountText.toStdString(), token.decimals);
    if (!amount)
        return {std::nullopt, tr("The amount is not valid: %1").arg(errorText(amount.error()))};
    if (*amount == 0)
        return {std::nullopt, tr("The amount must be more than zero.")};
    if (token.balance && *amount > *token.balance)
        //: %1 is an amount, %2 a token symbol.
        return {std::nullopt,
                tr("The amount is more than the balance (%1 %2).")
                    .arg(QString::fromStdString(formatUnits(*token.balance, token.decimals)),
                         token.symbol)};
    return {SendRequest{token.contract, token.symbol, token.decimals, *recipient, *amount}, {}};
}

void SendPage::update()
{
    const auto account = m_wallet.account();
    m_ui->fromLabel->setText(account ? addressText(*account) : tr("No account"));
    const Validation validation = validate();
    m_ui->stateLabel->setText(validation.problem);
    m_ui->reviewButton->setEnabled(validation.request.has_value());
}

void SendPage::review()
{
    if (const Validation validation = validate(); validation.request)
        Q_EMIT sendRequested(*validation.request);
}

} // namespace seismic::app
