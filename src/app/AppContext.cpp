// SPDX-License-Identifier: MIT
#include "app/AppContext.h"

#include "app/AppLogging.h"
#include "app/model/AddressBook.h"
#include "app/model/ChainModel.h"
#include "app/model/LogModel.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/service/SendService.h"
#include "app/service/TransferMonitor.h"
#include "app/service/ViewingKeyService.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/TransferStore.h"

#include <QDateTime>
#include <QDir>

namespace seismic::app {

using store::latestNetworkKey;
using store::Store;
using store::TransferStore;

AppContext::AppContext(const QString& dataDirectory, const KeystoreKdf& kdf,
                       std::uint64_t maxKdfMemory, QObject* parent)
    : QObject(parent)
    , m_storePath(Store::pathIn(dataDirectory))
    , m_settings(
          new SettingsModel(QDir(dataDirectory).filePath(QStringLiteral("settings.ini")), this))
    , m_chain(new ChainModel(this))
    , m_wallet(new WalletModel(this))
    , m_transfers(new TransferTableModel(this))
    , m_log(new LogModel(LogModel::kDefaultCapacity, this))
    , m_accounts(QDir(dataDirectory).filePath(QStringLiteral("keystores")), kdf, maxKdfMemory)
{
    openStore();
    m_transfers->setStore(m_transferStore.get());
    m_addressBook = new AddressBook(this);
    m_addressBook->setStore(m_store.get());
    m_transfers->setAddressBook(m_addressBook);
    m_wallet->history()->setAddressBook(m_addressBook);
    updateChainNetwork();
    m_session = new ClientSession(*m_settings, *m_chain, *m_wallet, this);
    m_balances = new BalanceService(*m_session, *m_settings, *m_chain, *m_wallet, this);
    importSendHistory(dataDirectory);
    m_send = new SendService(*m_wallet, *m_chain, m_sendHistory.get(), this);
    m_viewingKey = new ViewingKeyService(*m_session, *m_send, this);
    m_transferMonitor = new TransferMonitor(*m_session, *m_wallet, *m_balances, *m_viewingKey,
                                            *m_transfers, m_store.get(), this);
    connect(m_transferMonitor, &TransferMonitor::accountTransfer, m_balances,
            &BalanceService::refresh);
    connect(m_session, &ClientSession::clientChanged, m_send,
            [this] { m_send->setClient(m_session->walletClient()); });
    m_send->setClient(m_session->walletClient());
    connect(m_settings, &SettingsModel::currentNetworkChanged, this,
            &AppContext::updateChainNetwork);
    connect(m_chain, &ChainModel::networkChanged, this, [this] {
        showStoredTransfers();
        m_wallet->tokens()->clear();
    });
    showStoredTransfers();
    connect(m_wallet, &WalletModel::accountChanged, this, [this] {
        if (const auto account = m_wallet->account())
            m_settings->setLastAccount(*account);
    });
}

AppContext::~AppContext()
{
    // The services before the models they feed, the session last: each lets go of the client.
    delete m_transferMonitor;
    delete m_viewingKey;
    delete m_send;
    delete m_balances;
    delete m_session;
    // The models let go of the store before it closes.
    m_transfers->setStore(nullptr);
    m_addressBook->setStore(nullptr);
}

void AppContext::openStore()
{
    auto store = Store::open(m_storePath);
    m_storeFailure.reset();
    m_storeError.clear();
    if (!store) {
        m_storeError = QString::fromStdString(store.error().describe());
        m_storeFailure = store::storeFailureOf(store.error());
        qCWarning(lcWallet).noquote()
            << "the store cannot be used, nothing is kept this time:" << m_storeError;
        store = Store::openInMemory();
        if (!store)
            qFatal("no SQLite driver: %s", store.error().describe().c_str());
    }
    m_store = std::move(store).value();
    m_transferStore = std::make_unique<TransferStore>(*m_store);
    m_sendHistory = std::make_unique<SendHistoryStore>(*m_store);
}

void AppContext::importSendHistory(const QString& dataDirectory)
{
    const QDir data(dataDirectory);
    // A memory-only store would lose what it imported: the files stay for a later start.
    if (m_storeFailure || !data.exists(QStringLiteral("history")))
        return;
    const QString backup = data.filePath(
        QStringLiteral("backup/history-json-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    const auto report =
        m_sendHistory->importJsonFiles(data.filePath(QStringLiteral("history")), backup);
    if (report.files > 0)
        qCInfo(lcWallet).noquote()
            << "imported" << report.records << "transactions of" << report.files
            << "history files; the originals are in" << backup;
    for (const auto& [path, error] : report.failures)
        qCWarning(lcWallet).noquote()
            << "history file" << path
            << "not imported, left as it is:" << QString::fromStdString(error.describe());
}

Result<QString> AppContext::rebuildStore()
{
    if (!m_storeFailure)
        return makeError(ErrorKind::InvalidArgument, "the store is in use: nothing to rebuild");
    if (*m_storeFailure == store::StoreFailure::Locked)
        return makeError(ErrorKind::InvalidArgument,
                         "another instance of the app uses the store: close it instead");
    auto backup = Store::setAside(m_storePath);
    if (!backup)
        return backup;
    // The models and the monitor let go of the memory-only store before it closes.
    m_transferMonitor->setStore(nullptr);
    m_send->store().setStore(nullptr);
    m_transfers->setStore(nullptr);
    m_addressBook->setStore(nullptr);
    openStore();
    m_transfers->setStore(m_transferStore.get());
    m_addressBook->setStore(m_store.get());
    m_transfers->setNetwork(std::nullopt);
    showStoredTransfers();
    m_transferMonitor->setStore(m_store.get());
    m_send->store().setStore(m_sendHistory.get());
    if (m_storeFailure)
        return makeError(ErrorKind::Io, m_storeError.toStdString());
    qCInfo(lcWallet).noquote() << "the store was rebuilt; the old file is kept as" << *backup;
    return backup;
}

Result<qint64> AppContext::forgetTransfers()
{
    const auto account = m_wallet->account();
    const qint64 network = m_transfers->query().network;
    if (!account || network == 0)
        return makeError(ErrorKind::InvalidArgument, "no account or network to forget");
    auto forgotten = m_transferStore->forget(network, *account);
    if (!forgotten)
        return forgotten;
    if (auto vacuumed = m_store->vacuum(); !vacuumed)
        return std::move(vacuumed).error();
    // The table re-reads what is left.
    m_transfers->setStore(m_transferStore.get());
    return forgotten;
}

void AppContext::setEndpointOverrides(const QStringList& httpUrls, const QStringList& wsUrls)
{
    m_httpOverrides = httpUrls;
    m_wsOverrides = wsUrls;
    updateChainNetwork();
}

void AppContext::showStoredTransfers()
{
    // Before any network answer: the newest stored chain with the network's chain id. The
    // transfer monitor switches to the connected chain's own once it knows the genesis hash.
    auto network = latestNetworkKey(*m_store, m_chain->network().chainId);
    if (!network)
        qCWarning(lcWallet).noquote()
            << "transfer store:" << QString::fromStdString(network.error().describe());
    m_transfers->setNetwork(network ? *network : std::nullopt);
}

void AppContext::updateChainNetwork()
{
    NetworkConfig network = m_settings->currentNetwork();
    // An override replaces every endpoint: a preset's public one left in the pool would be used
    // (WebSocket endpoints are tried first) instead of the one the user chose.
    if (!m_httpOverrides.isEmpty() || !m_wsOverrides.isEmpty()) {
        network.httpUrls = m_httpOverrides;
        network.wsUrls = m_wsOverrides;
    }
    m_chain->setNetwork(network);
}

} // namespace seismic::app
