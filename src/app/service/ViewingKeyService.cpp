// SPDX-License-Identifier: MIT
#include "app/service/ViewingKeyService.h"

#include "app/AppLogging.h"
#include "app/model/TxHistoryModel.h"
#include "app/service/ClientSession.h"
#include "app/service/SendService.h"
#include "client/Directory.h"
#include "client/TxOutcome.h"
#include "client/WalletClient.h"
#include "core/abi/AbiValue.h"

#include <QPointer>

namespace seismic::app {

ViewingKeyService::ViewingKeyService(ClientSession& session, SendService& send, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_send(send)
{
    connect(&m_send, &SendService::recordChanged, this, &ViewingKeyService::registrationChanged);
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
    // A registration in flight is followed in the history; this state is the Directory's.
    m_registrationId = 0;
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

QCoro::Task<Result<ViewingKeyService::Registration>> ViewingKeyService::prepareRegistration()
{
    QPointer<ViewingKeyService> self(this);
    if (!m_session.walletClient() || m_state == State::Checking || m_state == State::Registering)
        co_return makeError(
            ErrorKind::InvalidArgument,
            tr("Unlock the account and wait for the connection to register a viewing key.")
                .toStdString());
    const std::uint64_t generation = ++m_generation;
    setState(State::Registering);
    const SymmetricKey key = client::Directory::generateViewingKey();
    SendRequest request;
    request.kind = SendRequest::Kind::ViewingKeyRegistration;
    request.contract = client::Directory::defaultAddress();
    request.abi = client::Directory::abi();
    request.function = "setKey(suint256)";
    request.arguments = {AbiValue::fromUint(*uint256FromBytes(key.bytes()))};
    auto prepared = co_await m_send.prepare(request);
    if (!self)
        co_return client::clientGone();
    if (generation != m_generation) {
        // The account or connection changed meanwhile: this registration is not for it.
        co_return client::clientGone();
    }
    if (!prepared) {
        setState(State::Failed, QString::fromStdString(prepared.error().describe()));
        co_return std::move(prepared).error();
    }
    co_return Registration{std::move(request), std::move(prepared).value()};
}

quint64 ViewingKeyService::sendRegistration(const SendRequest& request,
                                            client::PreparedTransaction transaction)
{
    m_registrationId = m_send.send(request, std::move(transaction));
    setState(State::Registering);
    return m_registrationId;
}

void ViewingKeyService::dropRegistration()
{
    m_registrationId = 0;
    recheck();
}

void ViewingKeyService::registrationChanged(const TxRecord& record)
{
    if (m_registrationId == 0 || record.id != m_registrationId)
        return;
    if (record.hash && m_registrationTx != record.hash) {
        m_registrationTx = record.hash;
        qCInfo(lcClient).noquote()
            << "viewing key registration sent in" << QString::fromStdString(record.hash->hex());
        Q_EMIT stateChanged();
    }
    if (record.isPending())
        return;
    m_registrationId = 0;
    if (record.stage == SendStage::Sent && record.status == client::TxStatus::Confirmed) {
        qCInfo(lcClient) << "viewing key registered in block" << record.block.value_or(0);
        // The key as the Directory now has it.
        recheck();
        return;
    }
    //: %1 is the transaction's status, e.g. "Failed: execution reverted".
    setState(State::Failed,
             tr("The registration did not succeed: %1").arg(TxHistoryModel::statusText(record)));
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
