// SPDX-License-Identifier: MIT
#include "rpc/FilterPollingSubscription.h"

#include "rpc/Delay.h"
#include "rpc/JsonDecode.h"
#include "rpc/RpcClient.h"

#include <QJsonObject>

namespace seismic::rpc {

namespace {

QJsonObject filterOf(const QJsonArray& params)
{
    return params.at(1).toObject();
}

bool isFilterGone(const Error& error)
{
    return error.kind == ErrorKind::JsonRpc &&
           QString::fromStdString(error.message)
               .contains(QLatin1String("filter"), Qt::CaseInsensitive) &&
           QString::fromStdString(error.message)
               .contains(QLatin1String("not found"), Qt::CaseInsensitive);
}

} // namespace

QCoro::Task<Result<std::unique_ptr<Subscription>>>
FilterPollingSubscription::start(RpcClient* client, QJsonArray params, CancelToken cancel)
{
    QPointer<RpcClient> guard(client);
    const QJsonArray filter{filterOf(params)};
    auto id = co_await client->callAs<QString>(QStringLiteral("eth_newFilter"), filter,
                                               decodeString, {std::move(cancel)});
    if (!id)
        co_return std::move(id).error();
    if (!guard)
        co_return makeError(ErrorKind::Cancelled, "the RPC client is gone");
    std::unique_ptr<FilterPollingSubscription> subscription(
        new FilterPollingSubscription(client, std::move(params), *id));
    subscription->setState(ConnectionState::Connected);
    subscription->run();
    co_return std::unique_ptr<Subscription>(std::move(subscription));
}

FilterPollingSubscription::FilterPollingSubscription(RpcClient* client, QJsonArray params,
                                                     QString filterId)
    : Subscription(std::move(params))
    , m_client(client)
    , m_filterId(std::move(filterId))
{
    connect(client, &QObject::destroyed, this, &FilterPollingSubscription::end);
    connect(client, &RpcClient::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Closed)
            end();
    });
}

FilterPollingSubscription::~FilterPollingSubscription()
{
    m_stopped = true;
    m_stop.cancel();
    if (m_client && !m_client->isClosed())
        m_client->call(QStringLiteral("eth_uninstallFilter"),
                       {m_filterId}); // best effort, not awaited
}

void FilterPollingSubscription::end()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stop.cancel();
    setState(ConnectionState::Closed);
}

QCoro::Task<Status> FilterPollingSubscription::unsubscribe()
{
    if (m_stopped)
        co_return Status{};
    end();
    auto client = m_client;
    if (!client)
        co_return Status{};
    const QJsonArray params{m_filterId};
    auto removed = co_await client->call(QStringLiteral("eth_uninstallFilter"), params);
    if (!removed)
        co_return std::move(removed).error();
    co_return Status{};
}

QCoro::Task<> FilterPollingSubscription::run()
{
    QPointer<FilterPollingSubscription> self(this);
    const auto stop = m_stop.token();
    bool interrupted = false;
    const auto interval = m_client->settings().pollInterval;
    while (self && !self->m_stopped) {
        if (!co_await delay(interval, stop) || !self || self->m_stopped)
            co_return;
        auto client = self->m_client; // end() has run if it is gone
        const QJsonArray pollParams{self->m_filterId};
        auto changes =
            co_await client->call(QStringLiteral("eth_getFilterChanges"), pollParams, {stop});
        if (!self || self->m_stopped)
            co_return;
        if (!changes && isFilterGone(changes.error())) {
            const QJsonArray filter{filterOf(self->params())};
            auto id = co_await client->callAs<QString>(QStringLiteral("eth_newFilter"), filter,
                                                       decodeString, {stop});
            if (!self || self->m_stopped)
                co_return;
            if (!id) {
                interrupted = true;
                self->setState(ConnectionState::Reconnecting);
                Q_EMIT self->error(id.error());
                continue;
            }
            self->m_filterId = *id;
            interrupted = true; // the old filter's pending changes are lost
            continue;
        }
        if (!changes || !changes->isArray()) {
            interrupted = true;
            self->setState(ConnectionState::Reconnecting);
            Q_EMIT self->error(
                changes ? makeError(ErrorKind::Decode, "eth_getFilterChanges returned no array")
                        : changes.error());
            continue;
        }
        if (interrupted) {
            interrupted = false;
            self->setState(ConnectionState::Connected);
            Q_EMIT self->reconnected();
        }
        for (const auto& log : changes->toArray()) {
            if (!self || self->m_stopped)
                co_return;
            Q_EMIT self->notification(log);
        }
    }
}

} // namespace seismic::rpc
