// SPDX-License-Identifier: MIT
#pragma once

#include "app/service/ViewingKeyService.h"

#include <QCoro/QCoroTask>
#include <QWidget>

#include <memory>

namespace Ui {
class ViewingKeyPage;
}

namespace seismic::app {

class ViewingKeyService;
class WalletModel;

// Whether the account has a viewing key in the Directory (and its hash, never the key), and a
// button that generates a new one and registers it. Registering asks first when a key is
// already registered: events encrypted under the old key stay readable only with the old key.
class ViewingKeyPage : public QWidget
{
    Q_OBJECT

public:
    // `wallet`: its tokens name the coin fees are paid in.
    ViewingKeyPage(ViewingKeyService& viewingKey, const WalletModel& wallet,
                   QWidget* parent = nullptr);
    ~ViewingKeyPage() override;

    // Generates a key and shows its registration for confirmation (the send confirmation, with
    // the fee; object name "viewingKeyConfirmDialog"), without asking first (the button asks
    // when a key exists). Sent when confirmed; it then appears in the history.
    QCoro::Task<> registerKey();

Q_SIGNALS:
    // A transient message for the status bar.
    void message(const QString& text);

private:
    void confirmRegister();
    void showState();
    // The registered key's state, for an account with a signing key.
    void showRegistrationState(ViewingKeyService::State state);

    std::unique_ptr<Ui::ViewingKeyPage> m_ui;
    ViewingKeyService& m_viewingKey;
    const WalletModel& m_wallet;
};

} // namespace seismic::app
