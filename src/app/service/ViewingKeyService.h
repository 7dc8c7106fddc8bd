// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "app/model/TxRecord.h"
#include "client/PreparedTransaction.h"
#include "core/FixedBytes.h"
#include "core/Result.h"
#include "core/SymmetricKey.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace seismic::app {

class ClientSession;
class SendService;

// The account's viewing key: SRC20 events encrypt amounts under it, so the transfer monitor needs
// it to show them. The key lives in the Directory contract; it is fetched there by signed read
// whenever an unlocked account connects, and kept only in memory (wiped when dropped), never
// stored and never logged. Registering a new one is a send like any other: prepared for the
// confirmation (fee shown), sent by the send service into the history, and followed there to
// its confirmation, after which the key is read back from the Directory.
class ViewingKeyService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Unavailable,   // no unlocked account connected
        Checking,      // reading the Directory
        NotRegistered, // the account has no viewing key yet
        Registered,    // key() and keyHash() are known
        Registering,   // a new key is being registered
        Failed,        // the last check or registration failed: lastError()
    };
    Q_ENUM(State)

    ViewingKeyService(ClientSession& session, SendService& send, QObject* parent = nullptr);
    ~ViewingKeyService() override;

    State state() const { return m_state; }
    // The registered key: a secret. Null unless Registered.
    const SymmetricKey* key() const { return m_key ? &*m_key : nullptr; }
    // keccak256 of the key (the topic its SRC20 events carry); none unless Registered.
    std::optional<Hash> keyHash() const;
    const QString& lastError() const { return m_lastError; }
    // The transaction of the last registration, once sent.
    std::optional<Hash> registrationTx() const { return m_registrationTx; }

    // A registration of a fresh random key (replacing any earlier one), prepared for the
    // confirmation: the request holds the key. Refused while Unavailable, Checking or
    // Registering; the state is Registering until it is sent or dropped.
    struct Registration
    {
        SendRequest request;
        client::PreparedTransaction transaction;
    };
    QCoro::Task<Result<Registration>> prepareRegistration();
    // Sends a confirmed registration; the history record's id. The state follows it: Failed if
    // it is not sent or fails, Registered once confirmed and read back.
    quint64 sendRegistration(const SendRequest& request, client::PreparedTransaction transaction);
    // The confirmation was cancelled: nothing is sent, the state is read again.
    void dropRegistration();
    // Reads the Directory again.
    void recheck();

Q_SIGNALS:
    void stateChanged();
    // The key changed (registered, fetched, or gone).
    void keyChanged();

private:
    QCoro::Task<> check(std::uint64_t generation);
    void setState(State state, const QString& error = {});
    void setKey(std::optional<SymmetricKey> key);
    void registrationChanged(const TxRecord& record);

    ClientSession& m_session;
    SendService& m_send;
    // The history record of the registration being followed; 0 for none.
    quint64 m_registrationId = 0;
    State m_state = State::Unavailable;
    std::optional<SymmetricKey> m_key;
    QString m_lastError;
    std::optional<Hash> m_registrationTx;
    std::uint64_t m_generation = 0;
};

} // namespace seismic::app
