// SPDX-License-Identifier: MIT
#include "app/view/SendController.h"

#include "app/dialog/SendConfirmDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/AmountText.h"
#include "app/model/ErrorText.h"
#include "app/model/NativeSymbol.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ContractReader.h"
#include "app/service/SendService.h"
#include "app/view/AddressText.h"
#include "app/view/SendPage.h"

#include <QMessageBox>
#include <QPushButton>

namespace seismic::app {

SendController::SendController(SendService& service, WalletModel& wallet, SendPage& page,
                               QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_wallet(wallet)
    , m_page(page)
{
    connect(&m_page, &SendPage::sendRequested, this,
            [this](const SendRequest& request) { check(request); });
    connect(&m_page, &SendPage::maximumRequested, this, [this] { fillMaximum(); });
    connect(&m_page, &SendPage::readRequested, this,
            [this](const SendRequest& request) { read(request); });
    connect(&m_service, &SendService::availabilityChanged, this,
            [this] { m_page.setUnavailableReason(m_service.unavailableReason()); });
    connect(&m_service, &SendService::recordChanged, this, &SendController::recordChanged);
    m_page.setUnavailableReason(m_service.unavailableReason());
}

SendController::~SendController() = default;

SendConfirmDialog* SendController::confirmDialog() const
{
    return m_dialog;
}

QCoro::Task<> SendController::check(SendRequest request)
{
    const QPointer<SendController> self(this);
    if (m_addressBook && request.kind == SendRequest::Kind::Transfer)
        request.recipientLabel = m_addressBook->labelFor(request.recipient);
    if (request.kind == SendRequest::Kind::Transfer && request.tokenKind == TokenKind::Src20 &&
        m_viewingKeyCheck) {
        m_page.showActivity(tr("Checking the recipient's viewing key…"));
        const Result<bool> hasKey = co_await m_viewingKeyCheck(request.recipient);
        if (!self)
            co_return;
        // An unanswered lookup does not hold the send up: the confirmation follows.
        if (hasKey && !*hasKey) {
            warnNoViewingKey(std::move(request));
            co_return;
        }
    }
    co_await prepare(std::move(request));
}

void SendController::warnNoViewingKey(SendRequest request)
{
    const QString recipient =
        request.recipientLabel.isEmpty()
            ? addressText(request.recipient)
            : tr("%1 – %2").arg(request.recipientLabel, addressText(request.recipient));
    auto* box = new QMessageBox(QMessageBox::Warning, tr("No Viewing Key"),
                                //: %1 is the recipient (name and address), %2 a token's symbol.
                                tr("%1 has no viewing key registered in the Directory: the "
                                   "recipient will receive the %2 but cannot see the amount "
                                   "until it registers one.")
                                    .arg(recipient, request.symbol),
                                QMessageBox::Cancel, &m_page);
    box->setObjectName(QStringLiteral("noViewingKeyBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* proceed = box->addButton(tr("Continue"), QMessageBox::AcceptRole);
    proceed->setObjectName(QStringLiteral("continueButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, proceed, request] {
        if (box->clickedButton() == proceed)
            prepare(request);
        else
            m_page.showProblem(tr("Cancelled: nothing was sent."));
    });
    m_page.showActivity(tr("Waiting for your answer…"));
    box->open();
    Q_EMIT noViewingKeyWarningShown(box);
}

QCoro::Task<> SendController::prepare(SendRequest request)
{
    const QPointer<SendController> self(this);
    m_page.showActivity(tr("Estimating gas and fees…"));
    auto prepared = co_await m_service.prepare(request);
    if (!self)
        co_return;
    if (!prepared) {
        //: %1 says why, e.g. the decoded revert reason of the estimate.
        m_page.showProblem(tr("Not sent: %1").arg(errorText(prepared.error())));
        co_return;
    }
    confirm(std::move(request), std::move(prepared).value());
}

QCoro::Task<> SendController::read(SendRequest request)
{
    const QPointer<SendController> self(this);
    if (!m_contractReader)
        co_return;
    m_page.showActivity(tr("Reading…"));
    const auto outputs = co_await m_contractReader(request);
    if (!self)
        co_return;
    if (!outputs) {
        //: %1 says why, e.g. the decoded revert reason.
        m_page.showProblem(tr("Not read: %1").arg(errorText(outputs.error())));
        co_return;
    }
    //: %1 is a function's signature, %2 what it returned, one "name = value" per line.
    m_page.showProblem(
        tr("%1 returned:\n%2")
            .arg(QString::fromStdString(request.function), contractOutputsText(request, *outputs)));
}

QCoro::Task<> SendController::fillMaximum()
{
    const QPointer<SendController> self(this);
    const auto token = m_page.selectedToken();
    const auto account = m_wallet.account();
    if (!token || !token->balance || !account)
        co_return;
    if (token->kind != TokenKind::Native) {
        m_page.setAmount(*token->balance, token->decimals);
        co_return;
    }
    SendRequest request;
    request.kind = SendRequest::Kind::Transfer;
    request.tokenKind = TokenKind::Native;
    request.symbol = token->symbol;
    request.decimals = token->decimals;
    request.recipient = m_page.recipient().value_or(*account);
    // Nothing sent: the estimate is of the fees, and a full balance would not leave them.
    request.amount = 0;
    m_page.showActivity(tr("Estimating the fees…"));
    auto prepared = co_await m_service.prepare(request);
    if (!self)
        co_return;
    if (!prepared) {
        m_page.showProblem(tr("No maximum: %1").arg(errorText(prepared.error())));
        co_return;
    }
    // The prepared transaction is dropped unsent: its nonce is free again.
    const Uint256 fee = prepared->maxFee();
    const Uint256 balance = *token->balance;
    m_page.setAmount(balance > fee ? Uint256(balance - fee) : Uint256(0), token->decimals);
    //: %1 is the most the fees can cost, with the coin's symbol.
    m_page.showProblem(
        tr("The maximum leaves %1 for the fees.")
            .arg(AmountText::exact(fee, token->decimals) + QLatin1Char(' ') + token->symbol));
}

void SendController::confirm(SendRequest request, client::PreparedTransaction prepared)
{
    auto* dialog = new SendConfirmDialog(std::move(request), std::move(prepared),
                                         nativeSymbol(*m_wallet.tokens()), &m_page);
    dialog->setObjectName(QStringLiteral("sendConfirmDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_current = m_service.send(dialog->request(), dialog->takePrepared());
        if (const auto record = m_wallet.history()->find(m_current))
            m_page.showProgress(*record);
    });
    connect(dialog, &QDialog::rejected, this,
            [this] { m_page.showProblem(tr("Cancelled: nothing was sent.")); });
    m_page.showActivity(tr("Waiting for your confirmation…"));
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void SendController::recordChanged(const TxRecord& record)
{
    if (record.id == m_current)
        m_page.showProgress(record);
}

} // namespace seismic::app
