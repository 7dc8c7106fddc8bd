// SPDX-License-Identifier: MIT
// WebSocket events: a client over WS_URL watches Transfer events of the SRC20 token at
// TOKEN_ADDRESS as they happen ("logs" subscription, pushed), and decrypts the amounts with the
// account's viewing key, while the example itself sends three transfers.
#include "ExampleChain.h"
#include "ExampleEnv.h"
#include "client/Directory.h"
#include "client/Src20Token.h"
#include "client/TransferWatcher.h"
#include "rpc/WhenAll.h"

#include <QCoro/QCoroSignal>
#include <QDeadlineTimer>

#include <iostream>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

constexpr int kTransfers = 3;

// The account's viewing key from the Directory; a new one registered if it has none.
QCoro::Task<Result<SymmetricKey>> viewingKey(WalletClient* client)
{
    const Directory directory(client);
    auto known = co_await directory.fetchViewingKey();
    if (known)
        std::cout << "Using the viewing key registered in the Directory" << std::endl;
    if (known || known.error().kind != ErrorKind::NotFound)
        co_return known;
    SymmetricKey fresh = Directory::generateViewingKey();
    auto sent = co_await directory.registerViewingKey(fresh);
    auto registered = co_await examples::confirmed(client, std::move(sent));
    if (!registered)
        co_return std::move(registered).error();
    std::cout << "Registered a viewing key in block " << registered->blockNumber() << std::endl;
    co_return fresh;
}

QCoro::Task<Status> sendTransfers(WalletClient* client, Src20Token token, Address to)
{
    std::vector<QCoro::Task<Result<TxOutcome>>> transfers;
    for (int i = 1; i <= kTransfers; ++i) {
        auto sent = co_await token.transfer(to, i * 100);
        transfers.push_back(examples::confirmed(client, std::move(sent)));
    }
    auto done = co_await rpc::whenAllOk(std::move(transfers));
    if (!done)
        co_return std::move(done).error();
    co_return Status();
}

QCoro::Task<int> run()
{
    const auto config = examples::loadConfig();
    if (!config.token)
        co_return examples::fail("configuration", config.token.error());
    auto connected = co_await examples::connectWallet(config.wsUrl, config.key);
    if (!connected)
        co_return examples::fail("connect", connected.error());
    WalletClient* client = connected->get();
    auto key = co_await viewingKey(client);
    if (!key)
        co_return examples::fail("viewing key", key.error());

    // Our token's Transfer events under our viewing key; new ones only (no fromBlock).
    TransferWatchOptions options;
    options.tokens = {TokenSpec::src20(*config.token)};
    options.viewingKeys = {*key};
    options.accounts = {client->address()};
    TransferWatcher watcher(client->rpcClient(), options);
    const Address recipient = PrivateKey::generate().address();
    int seen = 0;
    QObject::connect(&watcher, &TransferWatcher::transfersReceived,
                     [&seen, recipient](const QList<TransferEvent>& events) {
                         for (const auto& event : events) {
                             std::cout << "\nTransfer Event:\n"
                                       << "  Block: " << event.blockNumber << '\n'
                                       << "  From: " << event.from.checksummed() << '\n'
                                       << "  To: " << event.to.checksummed() << '\n'
                                       << "  Value: " << toDecimal(event.amount.value_or(0)) << " ("
                                       << amountStatusName(event.amountStatus) << ", "
                                       << transferDirectionName(event.direction) << ")"
                                       << std::endl;
                             seen += event.to == recipient ? 1 : 0;
                         }
                     });
    if (auto started = watcher.start(); !started)
        co_return examples::fail("watching", started.error());
    std::cout << "Watching Transfer events over " << config.wsUrl->toString().toStdString() << "..."
              << std::endl;
    if (!co_await qCoro(&watcher, &TransferWatcher::caughtUp, 10s))
        co_return examples::fail("watching", watcher.lastError().value_or(makeError(
                                                 ErrorKind::Timeout, "not live after 10 s")));

    auto sent = co_await sendTransfers(client, Src20Token(client, *config.token), recipient);
    if (!sent)
        co_return examples::fail("transfer", sent.error());
    // The events come over the subscription; wait for them (10 s at most).
    const QDeadlineTimer deadline(10s);
    while (seen < kTransfers && !deadline.hasExpired())
        co_await qCoro(&watcher, &TransferWatcher::transfersReceived,
                       std::chrono::milliseconds(deadline.remainingTime()));
    watcher.stop();
    std::cout << "\nStopped watching events (" << seen << " of " << kTransfers << " transfers seen)"
              << std::endl;
    co_await client->close();
    co_return seen == kTransfers
        ? 0
        : examples::fail("watching", makeError(ErrorKind::Timeout, "a transfer is missing"));
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
