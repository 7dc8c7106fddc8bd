// SPDX-License-Identifier: MIT
#pragma once

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

// The account's viewing key: SRC20 events encrypt amounts under it, so the transfer monitor needs
// it to show them. The key lives in the Directory contract; it is fetched there by signed read
// whenever an unlocked account connects, and kept only in memory (wiped when dropped), never
// stored and never logged. Generating one registers it in the Directory (a shielded write) and
// waits for the transaction's confirmation.
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

    explicit ViewingKeyService(ClientSession& session, QObject* parent = nullptr);
    ~ViewingKeyService() override;

    State state() const { return m_state; }
    // The registered key: a secret. Null unless Registered.
    const SymmetricKey* key() const { return m_key ? &*m_key : nullptr; }
    // keccak256 of the key (the topic its SRC20 events carry); none unless Registered.
    std::optional<Hash> keyHash() const;
    const QString& lastError() const { return m_lastError; }
    // The transaction of the last registration, once sent.
    std::optional<Hash> registrationTx() const { return m_registrationTx; }

    // A fresh random key, registered in the Directory (replacing any earlier one). Refused while
    // Unavailable, Checking or Registering.
    QCoro::Task<Status> generateAndRegister();
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

    ClientSession& m_session;
    State m_state = State::Unavailable;
    std::optional<SymmetricKey> m_key;
    QString m_lastError;
    std::optional<Hash> m_registrationTx;
    std::uint64_t m_generation = 0;
};

} // namespace seismic::app
