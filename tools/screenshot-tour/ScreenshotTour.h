// SPDX-License-Identifier: MIT
#pragma once

#include "DemoTraffic.h"
#include "DevnetMining.h"
#include "TourScene.h"
#include "app/model/SendRequest.h"
#include "core/Address.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

class QTableWidget;

namespace seismic::app {

class DesktopSession;
struct TxRecord;

// Saves a PNG of every page of a running desktop session (overview, send, transfers, history,
// viewing key, log, accounts, address book, charts), of the Receive dialog of the account and
// of the settings dialog (its first tab and its Notifications tab), once the pages show their
// data: the overview the balances of the account and of every token asked for, the viewing-key
// page the key's state, the transfers page live rows and one transfer more after going live,
// the accounts page the balance of every account.
//
// Before that it sets the `scene` up through the app's own services: its contacts into the
// address book and its watch-only account into the accounts, as soon as the start-up is done (so
// that every table shows their names). With a devnet in the scene and an unlocked account, once
// the pages show their data it holds the demo traffic still, pauses the devnet's mining, sends a
// transfer of one token (an SRC20 one if asked for, else the native coin) to the scene's recipient
// through the send service, as the Send page does (prepared again, up to three sends, when other
// transactions of the account took its nonce meanwhile), saves the History page while the transfer
// is pending there, selected (pending.png), resumes mining and saves the pages once the transfer
// has its outcome.
//
// Each condition is checked again when the model or service it reads says it changed: nothing
// is polled and nothing waits a fixed time. Past `deadline` it gives up and says what is not
// ready.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(DesktopSession& session, std::vector<Address> tokens, TourScene scene,
                   QString directory, std::chrono::milliseconds deadline,
                   QObject* parent = nullptr);
    ~ScreenshotTour() override;

    // Starts watching the pages; call once the session has started (DesktopSession::start()).
    void start();

    // What the pages do not show yet, one line each; empty once they all show their data.
    QStringList missing() const;

Q_SIGNALS:
    // The pictures are saved (`error` empty), or could not be (`error` says why).
    void finished(const QString& error);

private:
    void setSceneUp();
    void check();
    void waitForOneMoreTransfer();
    void capture();
    bool accountBalancesShown() const;
    void accountBalancesChanged();
    void sendPendingTransferOrSave();
    // The transfer of the pending picture: what the Send page would ask for.
    std::optional<SendRequest> pendingTransfer() const;
    QCoro::Task<> sendWhileMiningIsPaused(SendRequest request);
    void pendingTransferChanged(const TxRecord& record);
    // Saves the pages once the transfer of the transaction `hash` (0x-hex) is on the Transfers
    // page.
    void waitForTransferOf(const QString& hash);
    QCoro::Task<> resumeMining(QString error);
    void save();
    bool grab(QWidget& widget, const QString& name);
    void finish(const QString& error);

    DesktopSession& m_session;
    std::vector<Address> m_tokens;
    TourScene m_scene;
    QString m_directory;
    QTimer m_deadline;
    std::unique_ptr<DevnetMining> m_mining;
    std::unique_ptr<DemoTraffic> m_traffic;
    // The Accounts page's table, whose balances the pictures wait for.
    QPointer<QTableWidget> m_accountsTable;
    bool m_balancesShown = false;
    // The pending transfer, its history record (0: none sent), the sends tried, and the
    // connection that follows it.
    SendRequest m_pendingRequest;
    quint64 m_pendingId = 0;
    int m_sendAttempts = 0;
    QMetaObject::Connection m_pendingConnection;
    bool m_pendingSaved = false;
    // The confirmed pending transfer's transaction, until the Transfers page lists it.
    QString m_awaitedTransfer;
    bool m_started = false;
    bool m_saving = false;
    bool m_done = false;
};

} // namespace seismic::app
