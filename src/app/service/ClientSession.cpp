// SPDX-License-Identifier: MIT
#include "app/service/ClientSession.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "client/ChainHead.h"
#include "client/TeePublicKey.h"
#include "client/WalletClient.h"

#include <QTimer>

#include <algorithm>

namespace seismic::app {
namespace {

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
    for (auto* client : {m_client.get(), m_candidate.get()}) {
        if (client)
            disconnect(client->head(), nullptr, this, nullptr);
    }
    m_candidate.reset();
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

std::uint64_t ClientSession::blockNumber() const
{
    return m_client ? m_client->head()->number() : 0;
}

std::optional<QDateTime> ClientSession::blockTime(std::uint64_t number) const
{
    if (!m_client)
        return std::nullopt;
    const auto timestamp = m_client->head()->blockTimestamp(number);
    if (!timestamp)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(*timestamp));
}

Result<client::ClientOptions> ClientSession::optionsFor(const ChainModel& chain,
                                                        const SettingsModel& settings)
{
    return optionsFor(chain.network(), settings);
}

Result<client::ClientOptions> ClientSession::optionsFor(const NetworkConfig& network,
                                                        const SettingsModel& settings)
{
    if (const QString problem = network.problem(); !problem.isEmpty())
        return makeError(ErrorKind::InvalidArgument, problem.toStdString());
    QList<QUrl> endpoints;
    // WebSocket endpoints first: they push new heads and logs.
    for (const QString& url : network.wsUrls + network.httpUrls)
        endpoints.append(QUrl(url));
    client::ClientOptions options = client::ClientOptions::forUrls(endpoints);
    if (network.chainId != 0)
        options.expectedChainId = network.chainId;
    options.allowUnencrypted = network.allowUnencrypted;
    options.expectedTeePublicKey = settings.teePublicKey(network.name);

    const ConnectionSettings& connection = settings.connection();
    const std::chrono::milliseconds timeout{connection.requestTimeoutMs};
    options.transport.endpoint.http.maxConnections = connection.maxConcurrentRequests;
    options.transport.timeout.emplace().timeout = timeout;
    options.transport.retry.emplace().maxAttempts = connection.maxAttempts;
    options.transport.retry->backoff.initial = std::chrono::milliseconds(connection.backoffBaseMs);
    options.transport.rateLimit.emplace().requestsPerSecond = connection.requestsPerSecond;
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
}

void ClientSession::reconnect()
{
    m_retryTimer.stop();
    if (!m_online)
        return;
    const std::uint64_t generation = ++m_generation;
    dropClient();
    m_chain.setChainId(0);
    m_chain.setBlockNumber(0);
    report(ConnectionStatus::Connecting, m_chain.network().name);
    connectTask(generation);
}

void ClientSession::dropClient()
{
    m_walletClient = nullptr;
    m_candidateWallet = nullptr;
    // Calls still waiting on an old client end with Cancelled; it is deleted once its
    // connections are closed, in a later event-loop turn (we may be inside one of its signals).
    const auto close = [this](std::unique_ptr<client::PublicClient> client) {
        client::PublicClient* old = client.release();
        disconnect(old->head(), nullptr, this, nullptr);
        QCoro::connect(old->close(), old, [old] { old->deleteLater(); });
    };
    if (m_candidate)
        close(std::move(m_candidate));
    if (!m_client)
        return;
    close(std::move(m_client));
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
        client::ClientOptions readOnly = *options;
        auto walletClient =
            co_await client::WalletClient::connect(std::move(options).value(), *key);
        if (walletClient) {
            wallet = walletClient->get();
            connected = std::unique_ptr<client::PublicClient>(std::move(walletClient).value());
        } else if (walletClient.error().kind == ErrorKind::TeeKeyChanged && self &&
                   generation == m_generation) {
            // Nothing is encrypted to a key the user has not accepted; balances and transfers
            // go on over a read-only connection meanwhile.
            m_chain.setTeeKeyConflict(QString::fromStdString(walletClient.error().data));
            m_chain.setLastError(describe(walletClient.error()));
            qCWarning(lcConnection).noquote()
                << "connection: read-only:" << describe(walletClient.error());
            connected = co_await client::PublicClient::connect(std::move(readOnly));
        } else {
            connected = std::move(walletClient).error();
        }
    } else {
        qCInfo(lcClient).noquote() << "connecting to" << networkName << "(read-only)";
        connected = co_await client::PublicClient::connect(std::move(options).value());
    }
    if (!self || generation != m_generation) {
        // A client we do not keep goes later: we may be inside one of its replies.
        if (connected)
            connected->release()->deleteLater();
        co_return;
    }
    if (!connected) {
        fail(connected.error());
        co_return;
    }
    if (wallet)
        pinTeeKey(*wallet);
    m_candidate = std::move(connected).value();
    m_candidateWallet = wallet;
    watch(m_candidate.get());
}

void ClientSession::pinTeeKey(const client::WalletClient& wallet)
{
    m_chain.setTeeKeyConflict({});
    const QString& network = m_chain.network().name;
    if (m_settings.teePublicKey(network))
        return; // the client checked it against the pin
    const PublicKey& key = wallet.encryption().teePublicKey();
    qCInfo(lcConnection).noquote()
        << "connection: pinned the TEE key" << QString::fromStdString(client::teePublicKeyHex(key))
        << "for" << network << "(first use)";
    m_settings.setTeePublicKey(network, key);
}

void ClientSession::acceptTeeKey()
{
    const auto key = client::parsePinnedTeePublicKey(m_chain.teeKeyConflict().toStdString());
    if (!key)
        return;
    qCWarning(lcConnection).noquote()
        << "connection: the user accepted the new TEE key" << m_chain.teeKeyConflict() << "for"
        << m_chain.network().name;
    m_settings.setTeePublicKey(m_chain.network().name, *key);
    m_chain.setTeeKeyConflict({});
    queueReconnect();
}

void ClientSession::watch(client::PublicClient* client)
{
    client::ChainHead* head = client->head();
    connect(head, &client::ChainHead::statusChanged, this,
            [this, client] { onHeadStatus(client); });
    connect(head, &client::ChainHead::newHead, this, &ClientSession::onHead);
    connect(head, &client::ChainHead::chainChanged, this, &ClientSession::onChainChanged);
    head->start();
    if (head->status() != ConnectionStatus::Connecting)
        onHeadStatus(client);
}

void ClientSession::onHeadStatus(client::PublicClient* client)
{
    client::ChainHead* head = client->head();
    const QString reason = head->lastError() ? describe(*head->lastError()) : QString();
    const bool adopted = client == m_client.get();
    switch (head->status()) {
    case ConnectionStatus::NotConnected:
    case ConnectionStatus::Connecting:
        return;
    case ConnectionStatus::Connected:
        if (!adopted) {
            adopt();
            return;
        }
        m_chain.setChainId(head->chainId().value_or(0));
        m_chain.setBlockNumber(head->number());
        report(ConnectionStatus::Connected);
        return;
    case ConnectionStatus::Reconnecting:
        if (!adopted) {
            // Never up: the attempt failed.
            fail(head->lastError().value_or(makeError(ErrorKind::Transport, "no answer")));
            return;
        }
        // The client keeps trying; the chain model says why meanwhile.
        report(ConnectionStatus::Reconnecting, reason);
        return;
    case ConnectionStatus::Failed:
        fail(head->lastError().value_or(makeError(ErrorKind::Transport, "no answer")));
        return;
    }
}

void ClientSession::adopt()
{
    m_client = std::move(m_candidate);
    m_walletClient = std::exchange(m_candidateWallet, nullptr);
    m_retryDelay = kFirstRetryDelay;
    client::ChainHead* head = m_client->head();
    m_chain.setChainId(head->chainId().value_or(0));
    m_chain.setBlockNumber(head->number());
    report(ConnectionStatus::Connected);
    Q_EMIT clientChanged();
}

void ClientSession::onHead(const client::HeadBlock& head)
{
    if (!m_client || sender() != m_client->head())
        return;
    m_chain.setBlockNumber(head.number);
    Q_EMIT newBlock(head.number);
}

void ClientSession::onChainChanged()
{
    if (!m_client || sender() != m_client->head())
        return;
    const client::ChainHead* head = m_client->head();
    m_chain.setChainId(head->chainId().value_or(0));
    m_chain.setBlockNumber(head->number());
    m_chain.noteChainChanged();
    qCInfo(lcConnection).noquote()
        << QStringLiteral("connection: chain changed: the node now follows chain %1 (genesis %2) "
                          "at block %3")
               .arg(m_chain.chainId())
               .arg(head->genesisHash() ? QString::fromStdString(head->genesisHash()->hex())
                                        : QString())
               .arg(m_chain.blockNumber());
    Q_EMIT chainChanged();
}

void ClientSession::report(ConnectionStatus status, const QString& detail)
{
    if (status == ConnectionStatus::Reconnecting || status == ConnectionStatus::Failed)
        m_chain.setLastError(detail);
    if (status == m_chain.status())
        return;
    m_chain.setStatus(status);
    switch (status) {
    case ConnectionStatus::NotConnected:
        return;
    case ConnectionStatus::Connecting:
        qCInfo(lcConnection).noquote() << "connection: connecting to" << detail;
        return;
    case ConnectionStatus::Connected:
        qCInfo(lcConnection).noquote()
            << QStringLiteral("connection: connected to chain %1 at block %2 through %3")
                   .arg(m_chain.chainId())
                   .arg(m_chain.blockNumber())
                   .arg(m_chain.network().name);
        return;
    case ConnectionStatus::Reconnecting:
        qCWarning(lcConnection).noquote() << "connection: reconnecting:" << detail;
        return;
    case ConnectionStatus::Failed:
        qCWarning(lcConnection).noquote() << "connection: failed:" << detail;
        return;
    }
}

void ClientSession::fail(const Error& error)
{
    dropClient();
    report(ConnectionStatus::Failed, describe(error));
    // A network that cannot be used as configured waits for a change; others are tried again.
    if (error.kind == ErrorKind::InvalidArgument)
        return;
    m_retryTimer.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, kMaxRetryDelay);
}

} // namespace seismic::app
