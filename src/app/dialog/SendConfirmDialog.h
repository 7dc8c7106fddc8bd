// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "client/PreparedTransaction.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SendConfirmDialog;
}

namespace seismic::app {

// Shows a prepared send before anything leaves the computer, with the values the client
// prepared and will sign: from, action, recipient, amount or arguments (shielded ones marked; a
// viewing key registration's key is never shown),
// the kind (shielded, or transparent EIP-1559 or legacy), nonce, gas limit, gas price or EIP-1559
// fees, the maximum fee and the expiry block. Accepted means "send"; rejected sends nothing (and
// the dialog's destruction frees the nonce).
class SendConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // `nativeSymbol`: the symbol of the coin fees are paid in.
    SendConfirmDialog(SendRequest request, client::PreparedTransaction prepared,
                      const QString& nativeSymbol, QWidget* parent = nullptr);
    ~SendConfirmDialog() override;

    const SendRequest& request() const { return m_request; }
    // What is shown; until takePrepared().
    const client::PreparedTransaction& prepared() const { return *m_prepared; }
    // The shown transaction, to send it.
    client::PreparedTransaction takePrepared();

private:
    std::unique_ptr<Ui::SendConfirmDialog> m_ui;
    SendRequest m_request;
    std::optional<client::PreparedTransaction> m_prepared;
};

} // namespace seismic::app
