// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/NetworkConfig.h"
#include "app/model/SendRequest.h"
#include "app/model/TxHistoryStore.h"
#include "app/model/TxRecord.h"
#include "client/PreparedTransaction.h"
#include "client/WalletClient.h"
#include "core/Result.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <cstdint>

namespace seismic::app {

class ChainModel;
class SendHistoryStore;
class WalletModel;

// The send activity: has the client prepare a request for confirmation (kind, nonce, signed gas
// estimate, fees, expiry block: client::PreparedTransaction), sends what the user confirmed
// exactly as shown (shielded if the function has shielded inputs or the token is an SRC20, else
// transparent), and keeps the account's history: every send with its progress (sending -> sent
// -> confirmed in block N / failed with the decoded revert reason / expired, or not sent), on
// the store per network and account (TxHistoryStore through `history`), followed to its
// outcome by the client's receipt tracker, again after a restart for transactions that were
// still pending. The client does every ABI encoding.
class SendService : public QObject
{
    Q_OBJECT

public:
    // `history` may be null (nothing is kept); TxHistoryStore::setStore() replaces it.
    SendService(WalletModel& wallet, ChainModel& chain, SendHistoryStore* history,
                QObject* parent = nullptr);
    ~SendService() override;

    // The client that signs and sends; null for none (sending is then unavailable). Pending
    // transactions of the history are followed through its receipt tracker.
    void setClient(client::WalletClient* client);
    client::WalletClient* client() const { return m_client; }
    // Why nothing can be sent now (translated), or an empty string.
    QString unavailableReason() const;
    TxHistoryStore& store() { return m_store; }

    // The transaction `request` becomes, prepared by the client for the confirmation (its nonce
    // reserved until it is sent or dropped). A call that would fail comes back as the
    // estimate's error (a Revert error with the decoded reason).
    QCoro::Task<Result<client::PreparedTransaction>> prepare(SendRequest request);
    // Sends a confirmed transaction exactly as prepared and follows it in the history; the
    // record's id.
    quint64 send(const SendRequest& request, client::PreparedTransaction prepared);

    // How a pending transaction is replaced: the same call at a higher fee, or a zero-value
    // transfer to oneself at a higher fee; either with the pending one's nonce.
    enum class Replacement
    {
        SpeedUp,
        Cancel,
    };
    // Why the record with this id cannot be replaced `how` (translated), or an empty string: it
    // must be sent and pending, and a speed-up needs its calldata (a viewing key registration
    // keeps none: cancel it instead).
    QString replacementRefusal(quint64 id, Replacement how) const;
    // The replacement of the pending record `id`, prepared by the client for the confirmation
    // (fees at least 10% above the pending one's; shielded: re-encrypted at send with fresh
    // metadata). For the dialog, `request` describes it.
    struct PreparedReplacement
    {
        SendRequest request;
        client::PreparedTransaction transaction;
    };
    QCoro::Task<Result<PreparedReplacement>> prepareReplacement(quint64 id, Replacement how);
    // Sends a confirmed replacement of `id` and follows it in the history (a record that
    // replaces `id`); the new record's id. Whichever of the two is mined, the history marks the
    // other replaced.
    quint64 sendReplacement(quint64 id, Replacement how, client::PreparedTransaction prepared);

Q_SIGNALS:
    void availabilityChanged();
    // A record changed through a send or an outcome (also shown in the history model).
    void recordChanged(const seismic::app::TxRecord& record);

private:
    // Completes `record` from `prepared` (nonce, fees, expiry, calldata), adds it to the
    // history and sends it; its id.
    quint64 start(TxRecord record, client::PreparedTransaction prepared);
    // The pending records with `winner`'s nonce other than it are replaced by it.
    void markReplaced(const TxRecord& winner);
    // Sends and records the result on `record`, in the history it was sent from: the open one,
    // or (the account or network switched meanwhile) that account's on that network.
    QCoro::Task<> run(TxRecord record, NetworkConfig network, Address account,
                      std::uint64_t generation, client::PreparedTransaction prepared);
    void historyOpened();
    void followPending();
    void outcomeArrived(const client::TxOutcome& outcome);
    void update(const TxRecord& record);

    WalletModel& m_wallet;
    ChainModel& m_chain;
    TxHistoryStore m_store;
    QPointer<client::WalletClient> m_client;
    QMetaObject::Connection m_trackerConnection;
    QMetaObject::Connection m_destroyedConnection;
    // Bumped whenever the history is reloaded: a send that started before records its outcome in
    // the history it was sent from instead.
    std::uint64_t m_generation = 0;
};

} // namespace seismic::app
