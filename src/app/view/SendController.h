// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "client/PreparedTransaction.h"

#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>

namespace seismic::app {

class AddressBook;
class SendConfirmDialog;
class SendPage;
class SendService;
class WalletModel;
struct TxRecord;

// Connects the Send page to the send activity: a reviewed request is prepared by the client
// (kind, nonce, gas, fees, expiry) while the page says so, then shown as prepared in a
// window-modal SendConfirmDialog (open(), never exec()); Send hands exactly that transaction to
// the service, Cancel sends nothing and frees its nonce. The page shows why sending is
// unavailable, why a request could not be prepared, and the progress of the last send. The
// recipient is shown with its address-book name; an SRC20 transfer to a recipient without a
// viewing key in the Directory asks first (the recipient could not read the amount).
class SendController : public QObject
{
    Q_OBJECT

public:
    SendController(SendService& service, WalletModel& wallet, SendPage& page,
                   QObject* parent = nullptr);
    ~SendController() override; // where SendConfirmDialog is complete

    // The confirmation waiting for the user, if any.
    SendConfirmDialog* confirmDialog() const;

    // Whether an address has a viewing key in the Directory.
    using ViewingKeyCheck = std::function<QCoro::Task<Result<bool>>(Address)>;
    // The names shown with recipients (it outlives the controller), and the Directory lookup
    // before SRC20 transfers; without them, addresses alone and no warning.
    void setAddressBook(const AddressBook* book) { m_addressBook = book; }
    void setViewingKeyCheck(ViewingKeyCheck check) { m_viewingKeyCheck = std::move(check); }
    // Reads a view or pure function (readContract() through the current wallet client).
    using ContractReader =
        std::function<QCoro::Task<Result<std::vector<AbiValue>>>(const SendRequest&)>;
    void setContractReader(ContractReader reader) { m_contractReader = std::move(reader); }

Q_SIGNALS:
    // A prepared request waits in `dialog` for the user.
    void confirmationShown(seismic::app::SendConfirmDialog* dialog);
    // The recipient of an SRC20 transfer has no viewing key: `box` asks whether to go on.
    void noViewingKeyWarningShown(QWidget* box);

private:
    // Checks the recipient (SRC20: its viewing key), then prepares.
    QCoro::Task<> check(SendRequest request);
    void warnNoViewingKey(SendRequest request);
    QCoro::Task<> prepare(SendRequest request);
    // "Max": a token's whole balance; the coin's balance less the most the fees of a transfer
    // to the recipient (or to oneself, before one is typed) can cost, as the client prepares it.
    QCoro::Task<> fillMaximum();
    // A read-only function: its outputs shown on the page as plain text.
    QCoro::Task<> read(SendRequest request);
    void confirm(SendRequest request, client::PreparedTransaction prepared);
    void recordChanged(const TxRecord& record);

    SendService& m_service;
    WalletModel& m_wallet;
    SendPage& m_page;
    QPointer<SendConfirmDialog> m_dialog;
    const AddressBook* m_addressBook = nullptr;
    ViewingKeyCheck m_viewingKeyCheck;
    ContractReader m_contractReader;
    quint64 m_current = 0;
};

} // namespace seismic::app
