// SPDX-License-Identifier: MIT
#include "app/dialog/SendConfirmDialog.h"

#include "app/model/AmountText.h"
#include "app/view/AddressText.h"

#include "ui_SendConfirmDialog.h"

#include <QLocale>
#include <QPushButton>

namespace seismic::app {
namespace {

constexpr unsigned kGweiDecimals = 9;
constexpr unsigned kCoinDecimals = 18;

// "newNumber = 42 (shielded)" per line.
QString argumentsText(const SendRequest& request)
{
    if (!request.abi)
        return {};
    const auto function = request.abi->function(request.function);
    if (!function)
        return {};
    QStringList lines;
    const auto& inputs = (*function)->inputs();
    for (std::size_t i = 0; i < inputs.size() && i < request.arguments.size(); ++i) {
        const QString name = inputs[i].name.empty() ? QStringLiteral("arg%1").arg(i)
                                                    : QString::fromStdString(inputs[i].name);
        const QString value = QString::fromStdString(request.arguments[i].toString());
        lines << (inputs[i].type.isShielded()
                      //: %1 is a parameter name, %2 its value, encrypted in the transaction.
                      ? SendConfirmDialog::tr("%1 = %2 (shielded)").arg(name, value)
                      : QStringLiteral("%1 = %2").arg(name, value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SendConfirmDialog::SendConfirmDialog(SendRequest request, client::PreparedTransaction prepared,
                                     const QString& nativeSymbol, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendConfirmDialog>())
    , m_request(std::move(request))
    , m_prepared(std::move(prepared))
{
    m_ui->setupUi(this);
    QPushButton* sendButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    sendButton->setText(tr("&Send"));
    sendButton->setObjectName(QStringLiteral("sendButton"));
    sendButton->setAccessibleName(tr("Send the transaction"));
    QPushButton* cancelButton = m_ui->buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel: send nothing"));
    cancelButton->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const SendRequest& shown = m_request;
    const client::PreparedTransaction& tx = *m_prepared;
    const bool transfer = shown.kind == SendRequest::Kind::Transfer;
    const bool viewingKey = shown.kind == SendRequest::Kind::ViewingKeyRegistration;
    m_ui->fromValue->setText(addressText(tx.from()));
    m_ui->actionValue->setText(viewingKey ? tr("Register a new viewing key in the Directory")
                               : transfer ? (shown.token
                                                 //: Action of a token transfer; %1 its symbol.
                                                 ? tr("Transfer %1").arg(shown.symbol)
                                                 //: Action of a payment of the chain's own coin.
                                                 : tr("Payment"))
                                          : QString::fromStdString(shown.function));
    const QString recipient =
        shown.recipientLabel.isEmpty()
            ? addressText(shown.recipient)
            //: %1 is the recipient's name in the address book, %2 its address.
            : tr("%1 – %2").arg(shown.recipientLabel, addressText(shown.recipient));
    m_ui->toValue->setText(
        transfer && shown.token
            //: %1 is the recipient (name and address), %2 the token contract.
            ? tr("%1 (token contract %2)").arg(recipient, addressText(*shown.token))
            : transfer ? recipient : addressText(tx.to().value_or(Address())));
    m_ui->amountValue->setText(transfer ? AmountText::exact(shown.amount, shown.decimals) +
                                              QLatin1Char(' ') + shown.symbol
                                        : QString());
    m_ui->detailsForm->setRowVisible(m_ui->amountValue, transfer);
    // The viewing key is a secret: the dialog says what it is, not its value.
    const QString arguments = transfer     ? QString()
                              : viewingKey ? tr("A new random key (shielded)")
                                           : argumentsText(shown);
    m_ui->argumentsValue->setText(arguments);
    m_ui->detailsForm->setRowVisible(m_ui->argumentsValue, !arguments.isEmpty());
    switch (tx.kind()) {
    case client::TxKind::Shielded:
        m_ui->encryptionValue->setText(
            tr("Shielded: the calldata is encrypted for the network (Seismic transaction)"));
        break;
    case client::TxKind::Eip1559:
        m_ui->encryptionValue->setText(
            tr("Transparent: the calldata is public (EIP-1559 transaction)"));
        break;
    case client::TxKind::Legacy:
        m_ui->encryptionValue->setText(
            tr("Transparent: the calldata is public (legacy transaction)"));
        break;
    }
    m_ui->nonceValue->setText(QString::number(tx.nonce()));
    m_ui->gasValue->setText(QLocale().toString(static_cast<qulonglong>(tx.gas())));
    const auto gwei = [](const Uint256& wei) {
        return AmountText::exact(wei, kGweiDecimals);
    };
    if (tx.kind() == client::TxKind::Eip1559) {
        m_ui->gasPriceLabel->setText(tr("Fees per gas:"));
        //: %1 is the most paid per gas, %2 the part of it that goes to the block producer.
        m_ui->gasPriceValue->setText(
            tr("at most %1 gwei (priority fee %2 gwei)")
                .arg(gwei(tx.maxFeePerGas()), gwei(tx.maxPriorityFeePerGas())));
    } else {
        //: %1 is a gas price in gwei.
        m_ui->gasPriceValue->setText(tr("%1 gwei").arg(gwei(tx.gasPrice())));
    }
    //: %1 is an amount, %2 the symbol of the chain's coin.
    m_ui->maxFeeValue->setText(
        tr("%1 %2").arg(AmountText::exact(tx.maxFee(), kCoinDecimals), nativeSymbol));
    const auto expiry = tx.expiresAtBlock();
    const auto latest = tx.preparedAtBlock();
    m_ui->expiryValue->setText(
        !expiry ? tr("Does not expire (transparent transaction)")
        : latest
            //: %1 is the expiry block, %2 the latest block when it was prepared.
            ? tr("%1 (the chain is at block %2)").arg(*expiry).arg(*latest)
            : QString::number(*expiry));
}

SendConfirmDialog::~SendConfirmDialog() = default;

client::PreparedTransaction SendConfirmDialog::takePrepared()
{
    client::PreparedTransaction prepared = std::move(*m_prepared);
    m_prepared.reset();
    return prepared;
}

} // namespace seismic::app
