// SPDX-License-Identifier: MIT
// Concurrent writes with progress tracking: five shielded writes from one account at once (the
// client's nonce manager gives each its own nonce), each followed to its block, then the
// counter read back: it holds the value of the write that landed last.
#include "ExampleChain.h"
#include "ExampleEnv.h"
#include "rpc/WhenAll.h"

#include <QPointer>

#include <algorithm>
#include <iostream>
#include <utility>

using namespace seismic;
using namespace seismic::client;

namespace {

QCoro::Task<Result<TxOutcome>> sendWithTracking(WalletClient* client, ShieldedContract counter,
                                                int value, int index)
{
    const QPointer<WalletClient> guard(client);
    std::cout << "[" << index << "] Sending transaction with value " << value << "..." << std::endl;
    std::vector<AbiValue> arguments{AbiValue::fromUint(value)};
    // The gas is given: each estimate would see the counter as it was before the others land,
    // and storing a value equal to the current one costs less than changing it.
    TxOptions options;
    options.gas = 100'000;
    auto sent = co_await counter.write("setNumber", arguments, options);
    if (sent)
        std::cout << "[" << index << "] Transaction sent: " << sent->hex() << std::endl;
    auto outcome = co_await examples::confirmed(guard, std::move(sent));
    if (outcome)
        std::cout << "[" << index << "] Confirmed in block " << outcome->blockNumber() << std::endl;
    co_return outcome;
}

QCoro::Task<int> run()
{
    auto session = co_await examples::openCounter(examples::loadConfig());
    if (!session)
        co_return examples::fail("connect", session.error());

    std::vector<QCoro::Task<Result<TxOutcome>>> writes;
    for (int i = 0; i < 5; ++i)
        writes.push_back(
            sendWithTracking(session->client.get(), session->counter, (i + 1) * 10, i));
    // Every value in order, or the first error (after all of them have ended).
    auto outcomes = co_await rpc::whenAllOk(std::move(writes));
    if (!outcomes)
        co_return examples::fail("setNumber", outcomes.error());
    std::cout << "\nAll " << outcomes->size() << " transactions confirmed!" << std::endl;

    // The write that landed last: the highest (block, index in block).
    const auto landed = [](const TxOutcome& outcome) {
        return std::pair(outcome.blockNumber(), outcome.receipt->transactionIndex);
    };
    const auto last =
        std::max_element(outcomes->begin(), outcomes->end(),
                         [&landed](const auto& a, const auto& b) { return landed(a) < landed(b); });
    const auto index = last - outcomes->begin();
    auto value = co_await session->counter.read("getNumber");
    if (!value)
        co_return examples::fail("getNumber", value.error());
    std::cout << "Read back: " << toDecimal(value->at(0).asUint()) << ", written by [" << index
              << "], the last to land (block " << last->blockNumber() << ", index "
              << last->receipt->transactionIndex << ")" << std::endl;
    co_await session->client->close();
    if (value->at(0).asUint() != Uint256((index + 1) * 10))
        co_return examples::fail(
            "read back", makeError(ErrorKind::Decode, "the counter does not hold the last write"));
    co_return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return examples::runExample(argc, argv, run);
}
