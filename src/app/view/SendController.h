// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "client/PreparedTransaction.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

namespace seismic::app {

class SendConfirmDialog;
class SendPage;
class SendService;
class WalletModel;
struct TxRecord;

// Connects the Send page to the send activity: a reviewed request is prepared by the client
// (kind, nonce, gas, fees, expiry) while the page says so, then shown as prepared in a
// window-modal SendConfirmDialog (open(), never exec()); Send hands exactly that transaction to
// the service, Cancel sends nothing and frees its nonce. The page shows why sending is
// unavailable, why a request could not be prepared, and the progress of the last send.
class SendController : public QObject
{
    Q_OBJECT

public:
    SendController(SendService& service, WalletModel& wallet, SendPage& page,
                   QObject* parent = nullptr);
    ~SendController() override; // where SendConfirmDialog is complete

    // The confirmation waiting for the user, if any.
    SendConfirmDialog* confirmDialog() const;

Q_SIGNALS:
    // A prepared request waits in `dialog` for the user.
    void confirmationShown(seismic::app::SendConfirmDialog* dialog);

private:
    QCoro::Task<> prepare(SendRequest request);
    void confirm(SendRequest request, client::PreparedTransaction prepared);
    void recordChanged(const TxRecord& record);
    QString nativeSymbol() const;

    SendService& m_service;
    WalletModel& m_wallet;
    SendPage& m_page;
    QPointer<SendConfirmDialog> m_dialog;
    quint64 m_current = 0;
};

} // namespace seismic::app
