// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"
#include "app/model/TxRecord.h"
#include "core/Result.h"

#include <QObject>
#include <QString>

#include <optional>

namespace seismic::app {

class SendHistoryStore;
class TxHistoryModel;

// Keeps a TxHistoryModel in the store: open() loads the history of a network and account
// through SendHistoryStore, and every record added or changed is written at once (one row per
// record: a change never rewrites the others). A history that cannot be read completely (a
// damaged row) is shown empty and left as it is: nothing is written over it, and failed() says
// why. Plaintext calldata stays in a record only while a transaction is pending (see TxRecord).
class TxHistoryStore : public QObject
{
    Q_OBJECT

public:
    // `store` may be null: histories are then neither read nor kept.
    TxHistoryStore(SendHistoryStore* store, TxHistoryModel& model, QObject* parent = nullptr);

    // Another store (after a rebuild); the open history is read again from it.
    void setStore(SendHistoryStore* store);
    SendHistoryStore* store() const { return m_store; }

    // Loads the history of `account` on `network` into the model, replacing what it held, and
    // writes later changes there. No account: an empty history that is not kept.
    void open(const NetworkConfig& network, const std::optional<Address>& account);
    // The open history's network and account; no account while none is open.
    const NetworkConfig& network() const { return m_network; }
    const std::optional<Address>& account() const { return m_account; }
    // Writes `record` (replacing the one with its id) into the history of `account` on
    // `network`, which is not the one open: a send that ends after the user switched away is
    // kept where it was sent from.
    Status amend(const NetworkConfig& network, const Address& account,
                 const TxRecord& record) const;
    // "Forget history" (after the user confirmed): deletes the open history from the store and
    // the disk (vacuumed) and empties the model; how many records.
    Result<qint64> forget();

Q_SIGNALS:
    // The model holds the history of another network or account.
    void opened();
    // The history could not be read, or a change could not be written (translated).
    void failed(const QString& message);

private:
    void written(int first, int last);
    void fail(const QString& what, const Error& error);

    SendHistoryStore* m_store;
    TxHistoryModel& m_model;
    NetworkConfig m_network;
    std::optional<Address> m_account;
    // False while the open history could not be read: writing then could replace what is there.
    bool m_writable = false;
};

} // namespace seismic::app
