// SPDX-License-Identifier: MIT
// A production-ready client: everything together. Two endpoints pooled with failover, retries
// with backoff, a deadline per call and per operation, a rate limit, retries logged, and a
// clean shutdown on every path (the client is owned; close() is awaited).
#include "ExampleChain.h"
#include "ExampleEnv.h"
#include "rpc/RetryLayer.h"
#include "rpc/WithTimeout.h"

#include <QDateTime>

#include <iostream>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

void log(const char* level, const std::string& message)
{
    std::cout << QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toStdString() << " "
              << level << " " << message << std::endl;
}

client::ClientOptions productionOptions(QUrl http, QUrl ws)
{
    auto options = client::ClientOptions::forUrls({std::move(http), std::move(ws)});
    options.expectedChainId = kSanvilChainId; // the devnet's chain: refuse any other
    options.rpc.pollInterval = 200ms;
    options.transport.pool.failuresBeforeCooldown = 3;
    rpc::RetrySettings retry;
    retry.maxAttempts = 3;
    retry.backoff = rpc::Backoff{250ms, 2s, 2.0, 0.5};
    options.transport.retry = retry;
    rpc::TimeoutSettings timeout;
    timeout.timeout = 10s; // every call
    options.transport.timeout = timeout;
    rpc::RateLimitSettings limit;
    limit.requestsPerSecond = 50;
    limit.burst = 100;
    options.transport.rateLimit = limit;
    return options;
}

// Logs each retry of the stack's RetryLayer (the outermost layer).
void logRetries(WalletClient* client)
{
    auto* retry = qobject_cast<rpc::RetryLayer*>(client->rpcClient()->transport());
    if (!retry)
        return;
    QObject::connect(
        retry, &rpc::RetryLayer::retrying,
        [](const QString& method, int attempt, std::chrono::milliseconds wait, const Error& error) {
            log("WARN", method.toStdString() + " attempt " + std::to_string(attempt) + " failed (" +
                            error.describe() + "), retrying in " + std::to_string(wait.count()) +
                            " ms");
        });
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    if (const auto* error =
            examples::firstError(config.rpcUrl, config.wsUrl, config.key, config.counter))
        co_return examples::fail("configuration", *error);
    const QUrl& httpUrl = *config.rpcUrl;
    const QUrl& wsUrl = *config.wsUrl;

    // Connecting (TEE key, chain id) within 15 s, whatever the retries.
    auto connected = co_await rpc::withTimeout(
        WalletClient::connect(productionOptions(httpUrl, wsUrl), *config.key), 15s, std::nullopt,
        "connecting");
    if (!connected) {
        log("ERROR", "connect: " + connected.error().describe());
        co_return 1;
    }
    const std::unique_ptr<WalletClient> client = std::move(connected).value();
    logRetries(client.get());
    log("INFO", "Connected to " + httpUrl.toString().toStdString() + " and " +
                    wsUrl.toString().toStdString() + " as " + client->address().checksummed());

    int code = 0;
    auto chainId = co_await rpc::withTimeout(client->fetchChainId(), 5s, std::nullopt, "chain id");
    const ShieldedContract counter = client->contract(*config.counter, examples::counterAbi());
    auto value =
        co_await rpc::withTimeout(counter.read("getNumber"), 10s, std::nullopt, "getNumber");
    if (const auto* error = examples::firstError(chainId, value)) {
        log("ERROR", error->describe());
        code = 1;
    } else {
        log("INFO", "Chain ID: " + std::to_string(*chainId));
        log("INFO", "Contract value: " + toDecimal(value->at(0).asUint()));
    }
    // On every path: close the connections (pending calls end with Cancelled).
    co_await client->close();
    log("INFO", "Disconnected");
    co_return code;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
