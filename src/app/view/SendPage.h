// SPDX-License-Identifier: MIT
#pragma once

#include "app/view/SendRequest.h"

#include <QWidget>

#include <memory>

namespace Ui {
class SendPage;
}

namespace seismic::app {

class ChainModel;
class WalletModel;

// The send form: token (from the balances), recipient and amount, validated as typed (EIP-55
// checksum, exact decimal amount within the token's decimals and the known balance). Says why
// sending is not possible yet (no account, locked, not connected, invalid input) and, when it
// is, emits sendRequested() for the send activity.
class SendPage : public QWidget
{
    Q_OBJECT

public:
    SendPage(WalletModel& wallet, ChainModel& chain, QWidget* parent = nullptr);
    ~SendPage() override;

Q_SIGNALS:
    void sendRequested(const seismic::app::SendRequest& request);

private:
    // The request as entered, or what keeps it from being sent (translated).
    struct Validation
    {
        std::optional<SendRequest> request;
        QString problem;
    };
    Validation validate() const;
    void update();
    void review();

    std::unique_ptr<Ui::SendPage> m_ui;
    WalletModel& m_wallet;
    ChainModel& m_chain;
};

} // namespace seismic::app
