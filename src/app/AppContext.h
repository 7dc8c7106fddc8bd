// SPDX-License-Identifier: MIT
#pragma once

#include "app/wallet/AccountService.h"
#include "core/Keystore.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace seismic::store {
class Store;
class TransferStore;
} // namespace seismic::store

namespace seismic::app {

class BalanceService;
class ChainModel;
class ClientSession;
class SendService;
class LogModel;
class SettingsModel;
class TransferMonitor;
class TransferTableModel;
class ViewingKeyService;
class WalletModel;

// The application's services and models, shared by the windows, and the client session that
// connects them to the selected network. Lives in a data directory (settings.ini and keystores/);
// the keystore cost is a parameter so that tests can use a cheap one, and so is the memory a key
// derivation may take (--kdf-max-memory).
//
// Keeps the chain model's network in step with the selected network (with the command line's
// endpoint overrides applied), clears per-network and per-account data when either changes,
// and remembers the current account as the last used one.
class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(const QString& dataDirectory, const KeystoreKdf& kdf,
               std::uint64_t maxKdfMemory = kScryptDefaultMaxMemory, QObject* parent = nullptr);
    ~AppContext() override;

    SettingsModel& settings() const { return *m_settings; }
    ChainModel& chain() const { return *m_chain; }
    WalletModel& wallet() const { return *m_wallet; }
    TransferTableModel& transfers() const { return *m_transfers; }
    LogModel& log() const { return *m_log; }
    AccountService& accounts() { return m_accounts; }
    // The connection to the selected network, and the services that work through it.
    ClientSession& session() const { return *m_session; }
    BalanceService& balances() const { return *m_balances; }
    ViewingKeyService& viewingKey() const { return *m_viewingKey; }
    TransferMonitor& transferMonitor() const { return *m_transferMonitor; }
    SendService& send() const { return *m_send; }
    // The local database; a memory-only one when the file cannot be used (storeError() says
    // why, and the file is left as it is).
    store::Store& store() const { return *m_store; }
    const QString& storeError() const { return m_storeError; }

    // Endpoints to use instead of all of the selected network's for this session (not saved);
    // two empty lists keep the network's own.
    void setEndpointOverrides(const QStringList& httpUrls, const QStringList& wsUrls);

private:
    void updateChainNetwork();
    void showStoredTransfers();

    SettingsModel* m_settings;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::TransferStore> m_transferStore;
    QString m_storeError;
    ChainModel* m_chain;
    WalletModel* m_wallet;
    TransferTableModel* m_transfers;
    LogModel* m_log;
    AccountService m_accounts;
    ClientSession* m_session;
    BalanceService* m_balances;
    ViewingKeyService* m_viewingKey;
    TransferMonitor* m_transferMonitor;
    SendService* m_send;
    QStringList m_httpOverrides;
    QStringList m_wsOverrides;
};

} // namespace seismic::app
