// SPDX-License-Identifier: MIT
#include "app/dialog/SendConfirmDialog.h"

#include "app/view/AddressText.h"
#include "core/Units.h"

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

SendConfirmDialog::SendConfirmDialog(const SendPlan& plan, const QString& nativeSymbol,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SendConfirmDialog>())
    , m_plan(plan)
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

    const SendRequest& request = plan.request;
    m_ui->fromValue->setText(addressText(plan.from));
    //: Action of a payment of the chain's own coin (no contract call).
    m_ui->actionValue->setText(request.abi ? QString::fromStdString(request.function)
                                           : tr("Payment"));
    const bool transfer = request.kind == SendRequest::Kind::Transfer;
    m_ui->toValue->setText(
        transfer && request.token
            //: %1 is the recipient's address, %2 the token contract's.
            ? tr("%1 (token contract %2)")
                  .arg(addressText(request.recipient), addressText(*request.token))
            : addressText(request.to));
    m_ui->amountValue->setText(transfer ? request.amountText() : QString());
    m_ui->detailsForm->setRowVisible(m_ui->amountValue, transfer);
    const QString arguments = transfer ? QString() : argumentsText(request);
    m_ui->argumentsValue->setText(arguments);
    m_ui->detailsForm->setRowVisible(m_ui->argumentsValue, !arguments.isEmpty());
    m_ui->encryptionValue->setText(plan.shielded
                                       ? tr("Shielded: the calldata is encrypted for the network")
                                       : tr("Transparent: the calldata is public"));
    m_ui->nonceValue->setText(QString::number(plan.nonce));
    m_ui->gasValue->setText(QLocale().toString(static_cast<qulonglong>(plan.gas)));
    //: %1 is a gas price in gwei.
    m_ui->gasPriceValue->setText(
        tr("%1 gwei").arg(QString::fromStdString(formatUnits(plan.gasPrice, kGweiDecimals))));
    //: %1 is an amount, %2 the symbol of the chain's coin.
    m_ui->maxFeeValue->setText(tr("%1 %2").arg(
        QString::fromStdString(formatUnits(plan.maxFee(), kCoinDecimals)), nativeSymbol));
    m_ui->expiryValue->setText(
        plan.expiresAtBlock
            //: %1 is the expiry block, %2 the latest block.
            ? tr("%1 (the chain is at block %2)").arg(*plan.expiresAtBlock).arg(plan.latestBlock)
            : tr("Does not expire (transparent transaction)"));
}

SendConfirmDialog::~SendConfirmDialog() = default;

} // namespace seismic::app
