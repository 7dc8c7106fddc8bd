// SPDX-License-Identifier: MIT
#include "app/service/ClientSession.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "client/WalletClient.h"
#include "rpc/HeadSubscription.h"

#include <QTimer>

#include <algorithm>

namespace seismic::app {
namespace {

// Without a head subscription, the block number is polled this often.
constexpr std::chrono::milliseconds kBlockPollInterval{2'000};
// After a failed connection attempt, the next one waits this long, doubled each time up to the
// maximum.
constexpr std::chrono::milliseconds kFirstRetryDelay{2'000};
constexpr std::chrono::milliseconds kMaxRetryDelay{30'000};

QString describe(const Error& error)
{
    return QString::fromStdString(error.describe());
}

} // namespace

ClientSession::ClientSession(SettingsModel& settings, ChainModel& chain, WalletModel& wallet,
                             QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_chain(chain)
    , m_wallet(wallet)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ClientSession::reconnect);
    m_pollTimer.setInterval(kBlockPollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, &ClientSession::pollBlockNumber);

    // Several of these often come together (a network switch clears the account's data, an
    // unlock changes the account): one reconnection for all, after this event-loop turn.
    connect(&m_chain, &ChainModel::networkChanged, this, &ClientSession::queueReconnect);
    connect(&m_settings, &SettingsModel::connectionChanged, this, &ClientSession::queueReconnect);
    connect(&m_wallet, &WalletModel::lockStateChanged, this, &ClientSession::queueReconnect);
    connect(&m_wallet, &WalletModel::accountChanged, this, [this] {
        // A different account means a different signer, whether it is unlocked or not.
        if (m_walletClient && m_wallet.account() != m_walletClient->address())
            queueReconnect();
    });
    queueReconnect();
}

ClientSession::~ClientSession()
{
    ++m_generation;
    m_heads.reset();
    if (m_client)
        disconnect(m_client.get(), nullptr, this, nullptr);
    m_client.reset();
}

client::WalletClient* ClientSession::walletClient() const
{
    return m_walletClient;
}

client::PublicClient* ClientSession::publicClient() const
{
    return m_client.get();
}

Result<client::ClientOptions> ClientSession::optionsFor(const ChainModel& chain,
                                                        const SettingsModel& settings)
{
    const NetworkConfig& network = chain.network();
    if (const QString problem = network.problem(); !problem.isEmpty())
        return makeError(ErrorKind::InvalidArgument, problem.toStdString());
    QList<QUrl> endpoints;
    // WebSocket endpoints first: they push new heads and logs.
    for (const QString& url : network.wsUrls + network.httpUrls)
        endpoints.append(QUrl(url));
    client::ClientOptions options = client::ClientOptions::forUrls(endpoints);
    if (network.chainId != 0)
        options.expectedChainId = network.chainId;

    const ConnectionSettings& connection = settings.connection();
    const std::chrono::milliseconds timeout{connection.requestTimeoutMs};
    options.transport.endpoint.http.maxConnections = connection.maxConcurrentRequests;
    options.transport.timeout = rpc::TimeoutSettings{};
    options.transport.timeout->timeout = timeout;
    options.transport.retry = rpc::RetrySettings{};
    options.transport.retry->maxAttempts = connection.maxAttempts;
    options.transport.retry->backoff.initial = std::chrono::milliseconds(connection.backoffBaseMs);
    options.transport.rateLimit = rpc::RateLimitSettings{};
    options.transport.rateLimit->requestsPerSecond = connection.requestsPerSecond;
    options.transport.rateLimit->burst = connection.burst;
    options.transport.pool.maxInFlight = connection.maxConcurrentRequests;
    if (const Status valid = options.validate(); !valid)
        return std::move(valid).error();
    return options;
}

void ClientSession::queueReconnect()
{
    if (m_reconnectQueued)
        return;
    m_reconnectQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reconnectQueued = false;
        m_retryDelay = kFirstRetryDelay;
        reconnect();
    });
}

void ClientSession::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        queueReconnect();
        return;
    }
    m_retryTimer.stop();
    ++m_generation;
    dropClient();
    m_blockNumber = 0;
    m_blockTimes.clear();
}

void ClientSession::reconnect()
{
    m_retryTimer.stop();
    if (!m_online)
        return;
    const std::uint64_t generation = ++m_generation;
    dropClient();
    m_blockNumber = 0;
    m_blockTimes.clear();
    m_chain.setChainId(0);
    m_chain.setBlockNumber(0);
    m_chain.setStatus(ConnectionStatus::Connecting);
    connectTask(generation);
}

void ClientSession::dropClient()
{
    m_pollTimer.stop();
    m_heads.reset();
    m_walletClient = nullptr;
    if (!m_client)
        return;
    // Calls still waiting on the old client end with Cancelled; it is deleted once its
    // connections are closed, in a later event-loop turn (we may be inside one of its signals).
    client::PublicClient* old = m_client.release();
    disconnect(old, nullptr, this, nullptr);
    QCoro::connect(old->close(), old, [old] { old->deleteLater(); });
    qCInfo(lcClient) << "closed the connection to" << m_chain.network().name;
    Q_EMIT clientChanged();
}

QCoro::Task<> ClientSession::connectTask(std::uint64_t generation)
{
    QPointer<ClientSession> self(this);
    auto options = optionsFor(m_chain, m_settings);
    if (!options) {
        fail(options.error());
        co_return;
    }
    const QString networkName = m_chain.network().name;
    Result<std::unique_ptr<client::PublicClient>> connected = client::clientGone();
    client::WalletClient* wallet = nullptr;
    if (const PrivateKey* key = m_wallet.privateKey()) {
        qCInfo(lcClient).noquote() << "connecting to" << networkName << "as"
                                   << QString::fromStdString(key->address().checksummed());
        auto walletClient =
            co_await client::WalletClient::connect(std::move(options).value(), *key);
        if (walletClient) {
            wallet = walletClient->get();
            connected = std::unique_ptr<client::PublicClient>(std::move(walletClient).value());
        } else {
            connected = std::move(walletClient).error();
        }
    } else {
        qCInfo(lcClient).noquote() << "connecting to" << networkName << "(read-only)";
        connected = co_await client::PublicClient::connect(std::move(options).value());
    }
    // A client we do not keep goes later: we may be inside one of its replies.
    const auto discard = [](std::unique_ptr<client::PublicClient> client) {
        client.release()->deleteLater();
    };
    if (!self || generation != m_generation) {
        if (connected)
            discard(std::move(connected).value());
        co_return;
    }
    if (!connected) {
        fail(connected.error());
        co_return;
    }
    // The head before anyone hears of the client, so that they can count back from it.
    auto latest = co_await (*connected)->eth().blockNumber();
    if (!self || generation != m_generation || !latest) {
        const bool current = self && generation == m_generation;
        discard(std::move(connected).value());
        if (current)
            fail(latest.error());
        co_return;
    }
    m_blockNumber = *latest;
    m_chain.setBlockNumber(*latest);
    adopt(std::move(connected).value(), wallet);
    followHeads(generation);
}

void ClientSession::adopt(std::unique_ptr<client::PublicClient> client,
                          client::WalletClient* wallet)
{
    m_client = std::move(client);
    m_walletClient = wallet;
    m_retryDelay = kFirstRetryDelay;
    connect(m_client.get(), &client::PublicClient::connectionStateChanged, this,
            &ClientSession::onStateChanged);
    m_chain.setChainId(m_client->chainId().value_or(0));
    m_chain.setStatus(ConnectionStatus::Connected);
    qCInfo(lcClient).noquote() << "connected to chain" << m_chain.chainId() << "through"
                               << m_chain.network().name;
    Q_EMIT clientChanged();
}

QCoro::Task<> ClientSession::followHeads(std::uint64_t generation)
{
    QPointer<ClientSession> self(this);
    auto heads = co_await m_client->eth().subscribeNewHeads();
    if (!self || generation != m_generation)
        co_return;
    if (!heads) {
        qCWarning(lcClient).noquote()
            << "no new-heads subscription, polling the block number instead:"
            << describe(heads.error());
        m_pollTimer.start();
        co_return;
    }
    m_heads = std::move(heads).value();
    connect(m_heads.get(), &rpc::HeadSubscription::head, this, &ClientSession::onHead);
    connect(m_heads.get(), &rpc::HeadSubscription::error, this, [](const Error& error) {
        qCWarning(lcClient).noquote() << "new-heads subscription:" << describe(error);
    });
}

QCoro::Task<> ClientSession::pollBlockNumber()
{
    if (!m_client || m_polling)
        co_return;
    QPointer<ClientSession> self(this);
    const std::uint64_t generation = m_generation;
    m_polling = true;
    auto latest = co_await m_client->eth().blockNumber();
    if (!self)
        co_return;
    m_polling = false;
    if (generation != m_generation)
        co_return;
    // A failure shows through the transport's state (onStateChanged).
    if (latest)
        setBlockNumber(*latest);
}

void ClientSession::onHead(const rpc::Block& head)
{
    if (!head.number)
        return;
    if (m_blockTimes.size() >= kBlockTimes)
        m_blockTimes.clear();
    m_blockTimes.insert(*head.number,
                        QDateTime::fromSecsSinceEpoch(static_cast<qint64>(head.timestamp)));
    setBlockNumber(*head.number);
}

std::optional<QDateTime> ClientSession::blockTime(std::uint64_t number) const
{
    const auto found = m_blockTimes.constFind(number);
    if (found == m_blockTimes.constEnd())
        return std::nullopt;
    return *found;
}

void ClientSession::setBlockNumber(std::uint64_t number)
{
    if (number <= m_blockNumber)
        return;
    m_blockNumber = number;
    m_chain.setBlockNumber(number);
    Q_EMIT newBlock(number);
}

void ClientSession::onStateChanged()
{
    if (!m_client)
        return;
    switch (m_client->connectionState()) {
    case rpc::ConnectionState::Idle:
    case rpc::ConnectionState::Connecting:
    case rpc::ConnectionState::Closed:
        return;
    case rpc::ConnectionState::Connected:
        m_chain.setStatus(ConnectionStatus::Connected);
        return;
    case rpc::ConnectionState::Reconnecting:
        m_chain.setStatus(ConnectionStatus::Reconnecting);
        if (const auto error = m_client->lastError())
            m_chain.setLastError(describe(*error));
        return;
    case rpc::ConnectionState::Failed:
        // The transport keeps trying; the status bar says what went wrong meanwhile.
        if (const auto error = m_client->lastError()) {
            qCWarning(lcClient).noquote() << "connection problem:" << describe(*error);
            m_chain.setLastError(describe(*error));
        }
        m_chain.setStatus(ConnectionStatus::Failed);
        return;
    }
}

void ClientSession::fail(const Error& error)
{
    qCWarning(lcClient).noquote() << "cannot connect to" << m_chain.network().name << ":"
                                  << describe(error);
    dropClient();
    m_chain.setLastError(describe(error));
    m_chain.setStatus(ConnectionStatus::Failed);
    // A network that cannot be used as configured waits for a change; others are tried again.
    if (error.kind == ErrorKind::InvalidArgument)
        return;
    m_retryTimer.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, kMaxRetryDelay);
}

} // namespace seismic::app
