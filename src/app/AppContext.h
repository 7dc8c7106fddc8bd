// SPDX-License-Identifier: MIT
#pragma once

#include "app/wallet/AccountService.h"
#include "core/Keystore.h"
#include "store/StoreError.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace seismic::store {
class Store;
class TransferStore;
} // namespace seismic::store

namespace seismic::app {

class AddressBook;
class BalanceService;
class SendHistoryStore;
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
    // The names of addresses (contacts and the user's account labels), for every view.
    AddressBook& addressBook() const { return *m_addressBook; }
    // The local database; a memory-only one when the file cannot be used (storeError() says
    // why, and the file is left as it is).
    store::Store& store() const { return *m_store; }
    const QString& storeError() const { return m_storeError; }
    // <data directory>/store/seismic.sqlite
    const QString& storePath() const { return m_storePath; }
    // Why the file could not be used (locked, corrupt, from a newer version, disk full...);
    // none while it is in use.
    std::optional<store::StoreFailure> storeFailure() const { return m_storeFailure; }
    // The rebuild the user asked for after a failure: the unusable file is set aside (kept
    // beside it as "<file>.broken-<UTC time>", never deleted), a fresh one is opened and the
    // transfer monitor backfills it from the chain. Refused while another instance holds the
    // file (a Locked failure) or while the file is in use. Returns the backup's path.
    Result<QString> rebuildStore();
    // "Forget history" (after the user confirmed): the shown network's transfers from or to the
    // current account and the cursors of its watches are deleted and vacuumed off the disk.
    // Returns how many transfers.
    Result<qint64> forgetTransfers();

    // Endpoints to use instead of all of the selected network's for this session (not saved);
    // two empty lists keep the network's own.
    void setEndpointOverrides(const QStringList& httpUrls, const QStringList& wsUrls);

private:
    void updateChainNetwork();
    void showStoredTransfers();
    // Opens the data directory's store, or a memory-only one (storeError() says why).
    void openStore();
    // Moves the send history files of earlier versions (<data>/history) into the store; the
    // originals go to <data>/backup/history-json-<UTC time>/.
    void importSendHistory(const QString& dataDirectory);

    QString m_storePath;
    SettingsModel* m_settings;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::TransferStore> m_transferStore;
    std::unique_ptr<SendHistoryStore> m_sendHistory;
    QString m_storeError;
    std::optional<store::StoreFailure> m_storeFailure;
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
    AddressBook* m_addressBook;
    QStringList m_httpOverrides;
    QStringList m_wsOverrides;
};

} // namespace seismic::app
