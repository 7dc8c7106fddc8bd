// SPDX-License-Identifier: MIT
#include "app/service/NetworkProbe.h"

#include "app/service/ClientSession.h"
#include "client/PublicClient.h"

#include <algorithm>

namespace seismic::app {
namespace {

QCoro::Task<Result<NetworkProbeResult>> read(client::PublicClient* client)
{
    auto chainId = co_await client->fetchChainId();
    if (!chainId)
        co_return std::move(chainId).error();
    auto key = co_await client->teePublicKey();
    if (!key)
        co_return std::move(key).error();
    co_return NetworkProbeResult{*chainId, *key};
}

QCoro::Task<Result<NetworkProbeResult>> probe(Result<client::ClientOptions> options)
{
    if (!options)
        co_return std::move(options).error();
    auto created = client::PublicClient::create(std::move(options).value());
    if (!created)
        co_return std::move(created).error();
    const std::unique_ptr<client::PublicClient> client = std::move(created).value();
    Result<NetworkProbeResult> result = co_await read(client.get());
    co_await client->close();
    co_return result;
}

// The network with what the probe does not need filled in: the chain id (what the probe reads;
// any positive one lets the rest be checked) and the name (a network being entered may have none
// yet, and then no pinned key).
NetworkConfig testable(NetworkConfig network)
{
    network.chainId = std::max<quint64>(network.chainId, 1);
    if (network.name.trimmed().isEmpty())
        network.name = QStringLiteral("(unnamed)");
    return network;
}

} // namespace

QString probeProblem(const NetworkConfig& network)
{
    return testable(network).problem();
}

QCoro::Task<Result<NetworkProbeResult>> probeNetwork(NetworkConfig network,
                                                     const SettingsModel& settings)
{
    const bool chainIdKnown = network.chainId != 0;
    auto options = ClientSession::optionsFor(testable(std::move(network)), settings);
    if (options && !chainIdKnown)
        options->expectedChainId.reset();
    return probe(std::move(options));
}

} // namespace seismic::app
