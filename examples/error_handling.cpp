// SPDX-License-Identifier: MIT
// Error handling with retries: the rpc layer's RetryLayer retries what may succeed later
// (transport errors, timeouts, rate limits; only idempotent calls) with exponential backoff, and
// every failure is a typed Error: its kind says what happened.
#include "ExampleChain.h"
#include "ExampleEnv.h"
#include "client/Src20Token.h"
#include "rpc/RetryLayer.h"
#include "rpc/TransportFactory.h"

#include <QTcpServer>

#include <iostream>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

// A loopback URL nothing listens on: connections are refused.
QUrl deadEndpoint()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
}

// Connecting to a node that is down: each call is tried three times, 100 ms then 200 ms apart.
QCoro::Task<> connectToDeadNode(PrivateKey key)
{
    const QUrl url = deadEndpoint();
    auto endpoint = rpc::makeTransport(url);
    rpc::RetrySettings settings;
    settings.maxAttempts = 3;
    settings.backoff = rpc::Backoff{100ms, 1s, 2.0, 0.0}; // no jitter: predictable waits
    auto retry = std::make_unique<rpc::RetryLayer>(std::move(endpoint).value(), settings);
    QObject::connect(
        retry.get(), &rpc::RetryLayer::retrying,
        [](const QString& method, int attempt, std::chrono::milliseconds wait, const Error& error) {
            std::cout << method.toStdString() << ": attempt " << attempt << " failed ("
                      << errorKindName(error.kind) << "); retrying in " << wait.count() << " ms"
                      << std::endl;
        });
    std::cout << "Connecting to " << url.toString().toStdString() << " (nothing listens)..."
              << std::endl;
    auto client =
        co_await WalletClient::connect(std::move(retry), examples::exampleOptions(url), key);
    if (!client)
        std::cout << "Failed after " << settings.maxAttempts
                  << " attempts: " << client.error().describe() << std::endl;
}

// Prints the error an operation was expected to fail with; false if it succeeded.
template<typename T>
bool expectError(const char* operation, const Result<T>& result)
{
    if (result) {
        std::cerr << "error: " << operation << " unexpectedly succeeded" << std::endl;
        return false;
    }
    const Error& error = result.error();
    std::cout << "  " << operation << ": [" << errorKindName(error.kind);
    if (error.kind == ErrorKind::JsonRpc)
        std::cout << ", code " << error.code;
    std::cout << "] " << error.message << std::endl;
    return true;
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    if (const auto* error =
            examples::firstError(config.rpcUrl, config.key, config.counter, config.token))
        co_return examples::fail("configuration", *error);

    co_await connectToDeadNode(*config.key);

    // The standard stack retries too (4 attempts, 200 ms doubling, jittered): reads and receipt
    // lookups are retried, eth_sendRawTransaction never (it must not be sent twice).
    auto connected = co_await examples::connectWallet(config.rpcUrl, config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    WalletClient* client = connected->get();
    std::cout << "Connected to chain " << *client->chainId() << std::endl;
    const ShieldedContract counter = client->contract(*config.counter, examples::counterAbi());
    std::vector<AbiValue> answer{AbiValue::fromUint(42)};
    auto sent = co_await counter.write("setNumber", answer);
    if (sent)
        std::cout << "Transaction sent: " << sent->hex() << std::endl;
    auto outcome = co_await examples::confirmed(client, std::move(sent));
    if (!outcome)
        co_return examples::fail("setNumber(42)", outcome.error());
    std::cout << "Confirmed in block " << outcome->blockNumber() << std::endl;

    std::cout << "Typed errors:" << std::endl;
    bool allFailed = expectError("setValue(42)", co_await counter.write("setValue", answer));
    std::vector<std::string> text{"forty-two"};
    allFailed &= expectError("setNumber(\"forty-two\")", co_await counter.write("setNumber", text));
    // More than the balance: the gas estimate reverts, so nothing is sent.
    const Src20Token token(client, *config.token);
    const Uint256 tooMuch = Uint256(1) << 255;
    allFailed &= expectError("transfer(2^255)",
                             co_await token.transfer(PrivateKey::generate().address(), tooMuch));
    const Bytes garbage{0x4a, 0x01, 0x02};
    allFailed &= expectError("eth_sendRawTransaction(0x4a0102)",
                             co_await client->eth().sendRawTransaction(garbage));
    co_await client->close();
    co_return allFailed ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
