// SPDX-License-Identifier: MIT
#pragma once

#include "app/service/SendPlan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SendConfirmDialog;
}

namespace seismic::app {

// Shows a prepared send before anything leaves the computer: from, action, recipient, amount
// or arguments (shielded ones marked), whether it is encrypted, nonce, gas limit, gas price, the
// maximum fee and the expiry block. Accepted means "send"; rejected sends nothing.
class SendConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    // `nativeSymbol`: the symbol of the coin fees are paid in.
    SendConfirmDialog(const SendPlan& plan, const QString& nativeSymbol, QWidget* parent = nullptr);
    ~SendConfirmDialog() override;

    const SendPlan& plan() const { return m_plan; }

private:
    std::unique_ptr<Ui::SendConfirmDialog> m_ui;
    SendPlan m_plan;
};

} // namespace seismic::app
