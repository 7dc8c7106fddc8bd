// SPDX-License-Identifier: MIT
#include "app/model/TxHistoryStore.h"

#include "app/AppLogging.h"
#include "app/model/ErrorText.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TxHistoryModel.h"

namespace seismic::app {

TxHistoryStore::TxHistoryStore(SendHistoryStore* store, TxHistoryModel& model, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
{
    // Not on modelReset: the wallet clears the model before it switches accounts.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { written(first, last); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                written(topLeft.row(), bottomRight.row());
            });
}

void TxHistoryStore::setStore(SendHistoryStore* store)
{
    m_store = store;
    open(m_network, m_account);
}

void TxHistoryStore::open(const NetworkConfig& network, const std::optional<Address>& account)
{
    m_network = network;
    m_account = account;
    m_writable = false;
    std::vector<TxRecord> records;
    if (m_store && account) {
        auto loaded = m_store->load(network, *account);
        if (loaded) {
            records = std::move(loaded).value();
            m_writable = true;
        } else {
            fail(tr("The transaction history cannot be read; it is left as it is and new "
                    "transactions are not kept."),
                 loaded.error());
        }
    }
    m_model.reset(std::move(records));
    Q_EMIT opened();
}

Status TxHistoryStore::amend(const NetworkConfig& network, const Address& account,
                             const TxRecord& record) const
{
    if (!m_store)
        return {};
    return m_store->put(network, account, {record});
}

Result<qint64> TxHistoryStore::forget()
{
    if (!m_store || !m_account)
        return makeError(ErrorKind::InvalidArgument, "no account's history is open");
    auto forgotten = m_store->forget(m_network, *m_account);
    if (!forgotten)
        return forgotten;
    // What could not be read before is gone too: the history starts afresh.
    m_writable = true;
    m_model.clear();
    return forgotten;
}

void TxHistoryStore::written(int first, int last)
{
    if (!m_store || !m_account || !m_writable || first < 0)
        return;
    std::vector<TxRecord> records;
    for (int row = first; row <= last && row < m_model.rowCount(); ++row)
        records.push_back(m_model.record(row));
    if (auto kept = m_store->put(m_network, *m_account, records); !kept)
        fail(tr("A change of the transaction history was not kept."), kept.error());
}

void TxHistoryStore::fail(const QString& what, const Error& error)
{
    qCWarning(lcWallet).noquote() << what << QString::fromStdString(error.describe());
    //: %1 says what failed, %2 why.
    Q_EMIT failed(tr("%1 %2").arg(what, errorLine(error)));
}

} // namespace seismic::app
