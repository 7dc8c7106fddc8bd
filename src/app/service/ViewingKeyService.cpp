// SPDX-License-Identifier: MIT
#include "app/service/ViewingKeyService.h"

#include "app/AppLogging.h"
#include "app/service/ClientSession.h"
#include "client/Directory.h"
#include "client/TxOutcome.h"
#include "client/WalletClient.h"

#include <QPointer>

namespace seismic::app {

ViewingKeyService::ViewingKeyService(ClientSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(&m_session, &ClientSession::clientChanged, this, &ViewingKeyService::recheck);
    // A new chain has its own directory: the registration must be checked there.
    connect(&m_session, &ClientSession::chainChanged, this, &ViewingKeyService::recheck);
    recheck();
}

ViewingKeyService::~ViewingKeyService() = default;

std::optional<Hash> ViewingKeyService::keyHash() const
{
    if (!m_key)
        return std::nullopt;
    return client::Directory::computeKeyHash(*m_key);
}

void ViewingKeyService::recheck()
{
    const std::uint64_t generation = ++m_generation;
    if (!m_session.walletClient()) {
        setKey(std::nullopt);
        setState(State::Unavailable);
        return;
    }
    check(generation);
}

QCoro::Task<> ViewingKeyService::check(std::uint64_t generation)
{
    QPointer<ViewingKeyService> self(this);
    setState(State::Checking);
    const client::Directory directory(m_session.walletClient());
    auto key = co_await directory.fetchViewingKey();
    if (!self || generation != m_generation)
        co_return;
    if (key) {
        setKey(std::move(key).value());
        qCInfo(lcClient).noquote()
            << "viewing key registered, key hash" << QString::fromStdString(keyHash()->hex());
        setState(State::Registered);
    } else if (key.error().kind == ErrorKind::NotFound) {
        setKey(std::nullopt);
        qCInfo(lcClient) << "no viewing key registered for this account";
        setState(State::NotRegistered);
    } else {
        setKey(std::nullopt);
        qCWarning(lcClient).noquote()
            << "cannot read the viewing key:" << QString::fromStdString(key.error().describe());
        setState(State::Failed, QString::fromStdString(key.error().describe()));
    }
}

QCoro::Task<Status> ViewingKeyService::generateAndRegister()
{
    QPointer<ViewingKeyService> self(this);
    const QPointer<client::WalletClient> wallet = m_session.walletClient();
    if (!wallet || m_state == State::Checking || m_state == State::Registering)
        co_return makeError(
            ErrorKind::InvalidArgument,
            tr("Unlock the account and wait for the connection to register a viewing key.")
                .toStdString());
    const std::uint64_t generation = ++m_generation;
    setState(State::Registering);
    SymmetricKey key = client::Directory::generateViewingKey();
    const client::Directory directory(wallet.data());
    auto sent = co_await directory.registerViewingKey(key);
    if (!self || generation != m_generation || !wallet)
        co_return client::clientGone();
    if (!sent) {
        setState(State::Failed, QString::fromStdString(sent.error().describe()));
        co_return std::move(sent).error();
    }
    m_registrationTx = *sent;
    qCInfo(lcClient).noquote() << "viewing key registration sent in"
                               << QString::fromStdString(sent->hex());
    auto outcome = co_await wallet->waitForTransaction(*sent);
    if (!self || generation != m_generation)
        co_return client::clientGone();
    if (!outcome || outcome->status != client::TxStatus::Confirmed) {
        Error error = outcome
                          ? makeError(ErrorKind::Revert,
                                      "viewing key registration " +
                                          std::string(client::txStatusName(outcome->status)) +
                                          (outcome->reason.empty() ? "" : ": " + outcome->reason))
                          : std::move(outcome).error();
        setState(State::Failed, QString::fromStdString(error.describe()));
        co_return error;
    }
    setKey(std::move(key));
    qCInfo(lcClient).noquote() << "viewing key registered in block" << outcome->blockNumber()
                               << ", key hash" << QString::fromStdString(keyHash()->hex());
    setState(State::Registered);
    co_return Status{};
}

void ViewingKeyService::setState(State state, const QString& error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    m_lastError = error;
    Q_EMIT stateChanged();
}

void ViewingKeyService::setKey(std::optional<SymmetricKey> key)
{
    if (key.has_value() == m_key.has_value() && (!key || *key == *m_key))
        return;
    m_key = std::move(key);
    Q_EMIT keyChanged();
}

} // namespace seismic::app
