// SPDX-License-Identifier: MIT
#include "app/service/SendController.h"

#include "app/dialog/SendConfirmDialog.h"
#include "app/model/ErrorText.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/SendService.h"
#include "app/view/SendPage.h"

namespace seismic::app {

SendController::SendController(SendService& service, WalletModel& wallet, SendPage& page,
                               QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_wallet(wallet)
    , m_page(page)
{
    connect(&m_page, &SendPage::sendRequested, this,
            [this](const SendRequest& request) { prepare(request); });
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

QCoro::Task<> SendController::prepare(SendRequest request)
{
    const QPointer<SendController> self(this);
    m_page.showActivity(tr("Estimating gas and fees…"));
    auto plan = co_await m_service.prepare(std::move(request));
    if (!self)
        co_return;
    if (!plan) {
        //: %1 says why, e.g. the decoded revert reason of the estimate.
        m_page.showProblem(tr("Not sent: %1").arg(errorText(plan.error())));
        co_return;
    }
    confirm(*plan);
}

void SendController::confirm(const SendPlan& plan)
{
    auto* dialog = new SendConfirmDialog(plan, nativeSymbol(), &m_page);
    dialog->setObjectName(QStringLiteral("sendConfirmDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_dialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_current = m_service.send(dialog->plan());
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

QString SendController::nativeSymbol() const
{
    const TokenTableModel* tokens = m_wallet.tokens();
    for (int row = 0; row < tokens->rowCount(); ++row) {
        if (tokens->token(row).kind == TokenKind::Native && !tokens->token(row).symbol.isEmpty())
            return tokens->token(row).symbol;
    }
    // The coin of every Seismic network.
    return QStringLiteral("ETH");
}

} // namespace seismic::app
