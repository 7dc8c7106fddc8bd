// SPDX-License-Identifier: MIT
// TransferWatcher against a scripted chain (no node): backfill in chunks and in order, the
// switch to live without loss or duplicate, catching up after reconnects and silent losses,
// reorg removals, range splitting, retries, filter polling and block polling, batching,
// malformed logs, stop/start, failure of the client.
#include "TestSupport.h"
#include "client/TransferWatcher.h"
#include "client/support/WatcherChain.h"
#include "client/support/WatcherRecorder.h"
#include "core/Keccak.h"
#include "rpc/MockSubscription.h"
#include "rpc/MockTransport.h"
#include "rpc/RpcClient.h"
#include "rpc/support/AsyncTest.h"
#include "seismic/Src20Amount.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTest>

#include <algorithm>
#include <set>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using State = TransferWatcher::State;

namespace {

Address address(std::string_view text)
{
    return *Address::parse(text);
}

const Address kToken = address("0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9");
const Address kErc20 = address("0xdc64a140aa3e981100a9beca4e685f962f0cf6c9");
const Address kAlice = address("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const Address kBob = address("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

SymmetricKey key(std::uint8_t fill)
{
    return *SymmetricKey::fromBytes(Bytes(32, fill));
}

// An SRC20 transfer under `viewingKey` (ours by default) whose payload decrypts to `amount`.
QJsonObject src20(std::uint64_t amount, const Address& from = kAlice, const Address& to = kBob,
                  std::uint8_t viewingKey = 0xab)
{
    Bytes nonce(12, 0);
    for (int i = 0; i < 8; ++i)
        nonce[4 + i] = static_cast<std::uint8_t>(amount >> (56 - 8 * i));
    const auto payload =
        encryptSrc20Amount(Uint256(amount), key(viewingKey), *EncryptionNonce::fromView(nonce));
    return testing::src20TransferJson(kToken, from, to, viewingKeyHash(key(viewingKey)), payload);
}

QJsonObject erc20(std::uint64_t amount, const Address& from = kAlice, const Address& to = kBob)
{
    return testing::erc20TransferJson(kErc20, from, to, Uint256(amount));
}

TransferWatchOptions defaultOptions()
{
    TransferWatchOptions options;
    options.tokens = {TokenSpec::src20(kToken), TokenSpec::erc20(kErc20)};
    options.viewingKeys = {key(0xab)};
    options.fromBlock = 1;
    options.resyncInterval = 0ms;
    options.pollInterval = 20ms;
    options.retryBackoff = rpc::Backoff{10ms, 40ms, 2.0, 0.0};
    return options;
}

struct Fixture
{
    explicit Fixture(bool subscriptions = true)
        : mock(new rpc::MockTransport)
        , client(
              std::make_unique<rpc::RpcClient>(std::unique_ptr<rpc::Transport>(mock), settings()))
        , chain(mock)
    {
        mock->setSubscriptionsSupported(subscriptions);
    }

    static rpc::ClientSettings settings()
    {
        rpc::ClientSettings settings;
        settings.pollInterval = 20ms; // filter polling
        return settings;
    }

    rpc::MockTransport* mock;
    std::unique_ptr<rpc::RpcClient> client;
    testing::WatcherChain chain;
};

// The events the chain holds now for the watcher's filters, from `from` on.
std::set<testing::EventId> onChain(const testing::WatcherChain& chain,
                                   const TransferWatcher& watcher, std::uint64_t from = 0)
{
    std::set<testing::EventId> ids;
    for (const auto& filter : watcher.filters()) {
        for (const auto& value : chain.logs(filter.toJson(), from, chain.head())) {
            ids.insert(testing::eventId(*rpc::Log::fromJson(value)));
        }
    }
    return ids;
}

// Exactly the chain's events, each once.
#define VERIFY_EXACTLY_THE_CHAIN(recorder, chain, watcher, from)                                   \
    do {                                                                                           \
        int duplicates_ = 0;                                                                       \
        const auto delivered_ = (recorder).net(&duplicates_);                                      \
        const auto expected_ = onChain((chain), (watcher), (from));                                \
        QCOMPARE(duplicates_, 0);                                                                  \
        QCOMPARE(delivered_.size(), expected_.size());                                             \
        QVERIFY(delivered_ == expected_);                                                          \
    } while (false)

} // namespace

class WatcherSyncTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backfillsInChunksThenGoesLive()
    {
        Fixture f;
        for (std::uint64_t i = 1; i <= 10; ++i)
            f.chain.mine({src20(i * 100), erc20(i), src20(5, kAlice, kBob, 0xaa)}, false);
        auto options = defaultOptions();
        options.maxBlockRange = 4;
        options.blockHashWindow = 0; // every block in ranges
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QCOMPARE(watcher.state(), State::Backfilling);
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(recorder.caughtUp, std::vector<quint64>{10});
        QCOMPARE(*watcher.syncedBlock(), 10u);
        QCOMPARE(recorder.progress,
                 (std::vector<std::pair<quint64, quint64>>{{4, 10}, {8, 10}, {10, 10}}));
        // One query per filter and chunk, chunks of four blocks.
        QCOMPARE(f.chain.queriedRanges(), (std::vector<std::pair<std::uint64_t, std::uint64_t>>{
                                              {1, 4}, {1, 4}, {5, 8}, {5, 8}, {9, 10}, {9, 10}}));
        QCOMPARE(recorder.events.size(), 20u); // not the events under the other key
        QVERIFY(testing::inChainOrder(recorder.events));
        for (std::size_t i = 0; i < recorder.events.size(); i += 2) {
            const auto& shielded = recorder.events[i];
            const auto& plain = recorder.events[i + 1];
            const std::uint64_t block = i / 2 + 1;
            QCOMPARE(shielded.blockNumber, block);
            QCOMPARE(shielded.amountStatus, AmountStatus::Decrypted);
            QCOMPARE(*shielded.amount, Uint256(block * 100));
            QCOMPARE(plain.tokenKind, TokenKind::Erc20);
            QCOMPARE(*plain.amount, Uint256(block));
        }
        QCOMPARE(recorder.batches, 3); // one per chunk

        // Live: a new block arrives through the subscription, once.
        QCOMPARE(f.mock->subscriptions().size(), 2u);
        f.chain.mine({src20(4242), erc20(7)});
        QTRY_COMPARE(recorder.events.size(), 22u);
        QCOMPARE(*recorder.events[20].amount, Uint256(4242));
        QCOMPARE(recorder.events[20].blockNumber, 11u);
        QCOMPARE(watcher.stats().liveLogs, 2u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(recorder.errors.empty());
    }

    void blocksMinedDuringTheBackfillAreDeliveredOnce()
    {
        // Answers take 30 ms; a block is mined every 5 ms meanwhile: some are in the backfill
        // and the subscription both, some in the subscription only.
        Fixture f;
        f.mock->setLatency(30ms);
        for (int i = 1; i <= 5; ++i)
            f.chain.mine({src20(i), erc20(i)}, false);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QTimer miner;
        std::uint64_t next = 100;
        QObject::connect(&miner, &QTimer::timeout, [&] {
            f.chain.mine({src20(next), erc20(next)});
            if (++next == 130)
                miner.stop();
        });
        miner.start(5);
        testing::LoopWatch loop;
        QVERIFY(watcher.start());
        QTRY_VERIFY(!miner.isActive());
        // Every log was pushed and the catch-up that buffered some is over: whatever else
        // could come is queued for the next turn.
        QTRY_VERIFY(!recorder.caughtUp.empty());
        QTRY_COMPARE(recorder.events.size(), 2 * (5u + 30u));
        QCoreApplication::processEvents();
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(testing::inChainOrder(recorder.events)); // the buffered live logs came after
        QVERIFY(watcher.stats().backfillLogs >= 10);
        QVERIFY(watcher.stats().liveLogs > 0);
        QVERIFY(loop.ticks() > 0 && loop.maxGap() < testing::kMaxLoopGap);
    }

    void reconnectCatchesUpFromTheLastBlockSeen()
    {
        Fixture f;
        f.chain.mine({src20(1)}, false);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        f.chain.mine({src20(2), erc20(2)});
        f.chain.mineEmpty(3);
        QTRY_COMPARE(recorder.events.size(), 3u);
        // The connection drops: blocks go by unseen, then it is back.
        f.chain.mine({src20(3), erc20(3)}, false);
        f.chain.mine({src20(4)}, false);
        const auto hashesBefore = f.chain.queriedHashes().size();
        for (auto* subscription : f.mock->subscriptions())
            subscription->simulateReconnect();
        QTRY_COMPARE(recorder.events.size(), 6u);
        QTRY_COMPARE(watcher.state(), State::Live);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(testing::inChainOrder(recorder.events));
        // Caught up from the block of the last live log (block 2), inclusive (the newest
        // blocks are read by hash).
        QCOMPARE(f.chain.queriedHashes().at(hashesBefore), f.chain.blockHash(2));
        QCOMPARE(watcher.stats().reconnects, 2u); // one per subscription
        QCOMPARE(recorder.caughtUp.size(), 2u);
        QVERIFY(recorder.sawState(State::Backfilling));
        QVERIFY(recorder.errors.empty());
    }

    void reorgRemovalsAreDeliveredOnce()
    {
        Fixture f;
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        f.chain.mine({src20(1)});
        const auto original = f.chain.mine({src20(2), erc20(3)});
        QTRY_COMPARE(recorder.events.size(), 3u);
        // The newest block is replaced: its erc20 transfer is re-included (same transaction,
        // same position), the src20 one is gone.
        auto reincluded = erc20(3);
        reincluded.insert("transactionHash", f.chain.logAt(original, 1).value("transactionHash"));
        QJsonObject filler = erc20(99, kBob, kAlice);
        f.chain.reorgLast({filler, reincluded});
        QTRY_COMPARE(recorder.events.size(), 7u);
        QVERIFY(recorder.events[3].removed && recorder.events[4].removed);
        QVERIFY(!recorder.events[5].removed && !recorder.events[6].removed);
        QCOMPARE(recorder.events[6].transactionHash, recorder.events[2].transactionHash);
        QVERIFY(recorder.events[6].blockHash != recorder.events[2].blockHash);
        QCOMPARE(watcher.stats().removals, 2u);
        // A replay (reconnect) changes nothing.
        for (auto* subscription : f.mock->subscriptions())
            subscription->simulateReconnect();
        QTRY_COMPARE(recorder.caughtUp.size(), 2u); // after that catch-up's deliveries
        QCoreApplication::processEvents();
        QCOMPARE(recorder.events.size(), 7u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void aMovedLogIsReplaced()
    {
        // The same (transaction, log index) in another block with no removal seen: the old
        // version is withdrawn first.
        Fixture f;
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        const auto first = f.chain.mine({erc20(1)});
        QTRY_COMPARE(recorder.events.size(), 1u);
        auto same = erc20(1);
        same.insert("transactionHash", f.chain.logAt(first, 0).value("transactionHash"));
        f.chain.reorgLast({same}, false);
        for (auto* subscription : f.mock->subscriptions())
            subscription->simulateReconnect();
        QTRY_COMPARE(recorder.events.size(), 3u);
        QVERIFY(recorder.events[1].removed);
        QCOMPARE(recorder.events[1].blockHash, recorder.events[0].blockHash);
        QVERIFY(!recorder.events[2].removed);
        QVERIFY(recorder.events[2].blockHash != recorder.events[0].blockHash);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void wideRangesAreSplit_data()
    {
        using Refusal = testing::WatcherChain::Refusal;
        QTest::addColumn<int>("refusal");
        QTest::newRow("range error") << int(Refusal::RangeError);
        QTest::newRow("HTTP 413") << int(Refusal::HttpTooLarge);
        QTest::newRow("oversized answer") << int(Refusal::OversizedBody);
    }

    void wideRangesAreSplit()
    {
        QFETCH(int, refusal);
        Fixture f;
        for (int i = 1; i <= 12; ++i)
            f.chain.mine({src20(i)}, false);
        f.chain.setMaxRange(3, testing::WatcherChain::Refusal(refusal));
        auto options = defaultOptions();
        options.tokens = {TokenSpec::src20(kToken)};
        options.maxBlockRange = 16;
        options.blockHashWindow = 0;
        options.liveMode = LiveMode::Poll;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(recorder.events.size(), 12u);
        QVERIFY(testing::inChainOrder(recorder.events));
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(recorder.errors.empty());
        // 16 -> 8 -> 4 -> 2 blocks, then one more refusal after growing back to 4.
        QCOMPARE(watcher.stats().rangeHalvings, 4u);
        QCOMPARE(watcher.blockRange(), 2u);
        for (const auto& [from, to] : f.chain.queriedRanges())
            QVERIFY(to - from + 1 <= 16);

        // The node takes wide ranges again: the range grows back, step by step.
        f.chain.setMaxRange(0);
        f.chain.mineEmpty(100);
        f.chain.mine({src20(13)}, false);
        QTRY_COMPARE(recorder.events.size(), 13u);
        QCOMPARE(watcher.blockRange(), 16u);
        QCOMPARE(watcher.stats().rangeHalvings, 4u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void aLaggingLogsBackendLosesNothing()
    {
        // eth_getLogs is answered by a backend three blocks behind the one that reports the
        // head and the blocks (a load-balanced provider), while 31 transfers are mined.
        Fixture f;
        f.chain.setLogsLag(3);
        f.chain.mine({erc20(1)}, false);
        auto options = defaultOptions();
        options.liveMode = LiveMode::Poll;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QTimer miner;
        std::uint64_t next = 2;
        QObject::connect(&miner, &QTimer::timeout, [&] {
            f.chain.mine({next % 2 ? src20(next) : erc20(next)}, false);
            if (++next > 31)
                miner.stop();
        });
        QVERIFY(watcher.start());
        miner.start(5);
        QTRY_VERIFY(!miner.isActive());
        const auto head = f.chain.head();
        // It gets as far as the backend answering for the logs has blocks, and no further.
        QTRY_VERIFY(watcher.cursor() && watcher.cursor()->number == head - 3);
        const auto calls = f.chain.getLogsCalls();
        QTRY_VERIFY(f.chain.getLogsCalls() >= calls + 3); // more attempts went by
        QCOMPARE(watcher.cursor()->number, head - 3);
        QCOMPARE(recorder.events.size(), 28u);
        QVERIFY(!recorder.errors.empty());
        for (const auto& error : recorder.errors)
            QCOMPARE(error.kind, ErrorKind::NotFound); // behind, not broken
        QVERIFY(!recorder.sawState(State::Reconnecting));

        // The backend catches up: the rest arrives, each once.
        f.chain.setLogsLag(0);
        QTRY_COMPARE(recorder.events.size(), 31u);
        QTRY_COMPARE(watcher.cursor()->number, head);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(testing::inChainOrder(recorder.events));
        for (const auto& cursor : recorder.cursors)
            QCOMPARE(cursor.hash, f.chain.blockHash(cursor.number));
    }

    void aReorgWhilePollingWithdrawsAndRedeliversOnce_data()
    {
        QTest::addColumn<quint64>("window");
        QTest::addColumn<bool>("nodeForgetsOrphans");
        QTest::newRow("newest blocks by hash") << quint64(16) << false;
        QTest::newRow("by hash, orphans pruned") << quint64(16) << true;
        QTest::newRow("ranges") << quint64(0) << false;
        QTest::newRow("ranges, orphans pruned") << quint64(0) << true;
    }

    void aReorgWhilePollingWithdrawsAndRedeliversOnce()
    {
        QFETCH(quint64, window);
        QFETCH(bool, nodeForgetsOrphans);
        Fixture f;
        f.chain.mine({src20(1)}, false);
        auto options = defaultOptions();
        options.liveMode = LiveMode::Poll;
        options.blockHashWindow = window;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        const auto block = f.chain.mine({src20(2), erc20(7)}, false);
        f.chain.mineEmpty(2);
        QTRY_VERIFY(watcher.cursor() && watcher.cursor()->number == f.chain.head());
        QCOMPARE(recorder.events.size(), 3u);

        // Three blocks are replaced by four: the erc20 transfer moves one block up, the
        // src20 one is gone.
        auto moved = erc20(7);
        moved.insert("transactionHash", f.chain.logAt(block, 1).value("transactionHash"));
        f.chain.reorg(3, {{}, {moved}, {}, {}}, false);
        if (nodeForgetsOrphans)
            f.chain.forgetOrphans();
        QTRY_COMPARE(recorder.rewinds.size(), 1u);
        QCOMPARE(recorder.rewinds.front(), block - 1);
        QTRY_VERIFY(watcher.cursor()->number == f.chain.head());
        QCOMPARE(watcher.cursor()->hash, f.chain.blockHash(f.chain.head()));
        QCOMPARE(recorder.events.size(), 6u);
        QVERIFY(recorder.events[3].removed && recorder.events[4].removed);
        QCOMPARE(recorder.events[3].blockNumber, block);
        QCOMPARE(recorder.events[4].transactionHash, recorder.events[2].transactionHash);
        QVERIFY(!recorder.events[5].removed);
        QCOMPARE(recorder.events[5].transactionHash, recorder.events[2].transactionHash);
        QCOMPARE(recorder.events[5].blockNumber, block + 1);
        QCOMPARE(watcher.stats().rewinds, 1u);
        QCOMPARE(watcher.stats().removals, 2u);

        // Later polls repeat nothing: a new block brings its transfer alone.
        f.chain.mine({erc20(8)}, false);
        QTRY_COMPARE(recorder.events.size(), 7u);
        QCOMPARE(recorder.events.back().blockNumber, f.chain.head());
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(recorder.errors.empty());
    }

    void confirmationsHoldBackTheNewestBlocks()
    {
        Fixture f;
        for (int i = 1; i <= 5; ++i)
            f.chain.mine({erc20(i)}, false);
        auto options = defaultOptions();
        options.confirmations = 2;
        TransferWatcher watcher(f.client.get(), options); // Auto: follows by polling
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QVERIFY(watcher.isPolling());
        QVERIFY(f.mock->subscriptions().empty());
        QCOMPARE(recorder.caughtUp, std::vector<quint64>{3});
        QCOMPARE(recorder.events.size(), 3u);
        QCOMPARE(watcher.cursor()->number, 3u);

        f.chain.mine({erc20(6)}, false);
        QTRY_COMPARE(watcher.cursor()->number, 4u);
        QCOMPARE(recorder.events.size(), 4u);
        QCOMPARE(recorder.events.back().blockNumber, 4u);

        options.liveMode = LiveMode::Subscribe;
        QCOMPARE(options.validate().error().kind, ErrorKind::InvalidArgument);
    }

    void resumesAfterItsCursor()
    {
        Fixture f;
        for (int i = 1; i <= 6; ++i)
            f.chain.mine({src20(i), erc20(i)}, false);
        auto options = defaultOptions();
        options.liveMode = LiveMode::Poll;
        BlockCursor saved;
        {
            TransferWatcher first(f.client.get(), options);
            testing::WatcherRecorder recorder(first);
            QVERIFY(first.start());
            QTRY_COMPARE(first.state(), State::Live);
            QCOMPARE(recorder.cursors.back(), (BlockCursor{6, f.chain.blockHash(6)}));
            // A cursor comes after the events it covers.
            QCOMPARE(recorder.eventsAtCursor.back(), 12u);
            saved = recorder.cursors.back();
        }
        f.chain.mine({src20(7)}, false);
        f.chain.mine({erc20(8)}, false);
        options.resumeFrom = saved; // wins over fromBlock
        TransferWatcher second(f.client.get(), options);
        testing::WatcherRecorder recorder(second);
        QVERIFY(second.start());
        QTRY_COMPARE(second.state(), State::Live);
        QCOMPARE(recorder.events.size(), 2u);
        QCOMPARE(recorder.events[0].blockNumber, 7u);
        QCOMPARE(recorder.events[1].blockNumber, 8u);
        QVERIFY(recorder.rewinds.empty());
        QCOMPARE(recorder.cursors.back(), (BlockCursor{8, f.chain.blockHash(8)}));
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, second, 7);
    }

    void resumeRewindsToTheCommonAncestor_data()
    {
        QTest::addColumn<bool>("nodeKnowsOrphans");
        QTest::addColumn<bool>("callerKnowsBlocks");
        QTest::addColumn<quint64>("ancestor");
        QTest::newRow("walks the orphaned parents") << true << false << quint64(5);
        QTest::newRow("the caller's stored blocks") << false << true << quint64(5);
        QTest::newRow("neither: back by the horizon") << false << false << quint64(3);
    }

    void resumeRewindsToTheCommonAncestor()
    {
        QFETCH(bool, nodeKnowsOrphans);
        QFETCH(bool, callerKnowsBlocks);
        QFETCH(quint64, ancestor);
        Fixture f;
        for (int i = 1; i <= 8; ++i)
            f.chain.mine({erc20(i)}, false);
        auto options = defaultOptions();
        options.liveMode = LiveMode::Poll;
        options.reorgHorizon = 4;
        std::vector<TransferEvent> stored; // what a store kept
        BlockCursor saved;
        {
            TransferWatcher first(f.client.get(), options);
            testing::WatcherRecorder recorder(first);
            QVERIFY(first.start());
            QTRY_COMPARE(first.state(), State::Live);
            stored = recorder.events;
            saved = recorder.cursors.back();
        }
        // While nobody watched, blocks 6 to 8 were replaced by four: block 6's transfer moved
        // to block 7, two new ones came.
        auto moved = erc20(6);
        moved.insert("transactionHash", f.chain.logAt(6, 0).value("transactionHash"));
        f.chain.reorg(3, {{}, {moved}, {erc20(70)}, {erc20(80)}}, false);
        if (!nodeKnowsOrphans)
            f.chain.forgetOrphans();
        options.resumeFrom = saved;
        if (callerKnowsBlocks) {
            for (const auto& event : stored)
                options.resumeKnownBlocks.push_back({event.blockNumber, event.blockHash});
        }
        TransferWatcher second(f.client.get(), options);
        testing::WatcherRecorder recorder(second);
        QVERIFY(second.start());
        QTRY_COMPARE(second.state(), State::Live);
        QCOMPARE(recorder.rewinds, std::vector<quint64>{ancestor});
        QCOMPARE(recorder.errors.size(), nodeKnowsOrphans || callerKnowsBlocks ? 0u : 1u);
        QCOMPARE(second.cursor()->number, f.chain.head());

        // The store withdraws what it holds above the ancestor and adds the new deliveries:
        // exactly the chain.
        std::vector<TransferEvent> kept;
        for (const auto& event : stored) {
            if (event.blockNumber <= ancestor)
                kept.push_back(event);
        }
        for (const auto& event : recorder.events)
            QVERIFY(event.blockNumber > ancestor && !event.removed);
        recorder.events.insert(recorder.events.begin(), kept.begin(), kept.end());
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, second, 0);
    }

    void failedQueriesAreRetried()
    {
        Fixture f;
        for (int i = 1; i <= 4; ++i)
            f.chain.mine({src20(i), erc20(i)}, false);
        f.chain.failGetLogs(3);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QVERIFY(!recorder.errors.empty());
        QCOMPARE(recorder.errors.front().kind, ErrorKind::Transport);
        QVERIFY(watcher.lastError());
        QVERIFY(recorder.sawState(State::Reconnecting));
        QCOMPARE(recorder.events.size(), 8u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);

        // Live logs arriving while a catch-up waits for its retry follow it, in order.
        f.chain.failGetLogs(2);
        for (auto* subscription : f.mock->subscriptions())
            subscription->simulateReconnect();
        f.chain.mine({src20(50)}, false); // missed
        f.chain.mine({src20(60)});        // seen live, before the catch-up succeeded
        QTRY_COMPARE(recorder.events.size(), 10u);
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(*recorder.events[8].amount, Uint256(50));
        QCOMPARE(*recorder.events[9].amount, Uint256(60));
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void filtersArePolledWithoutPush()
    {
        // An HTTP-like transport: the rpc layer polls eth_getFilterChanges.
        Fixture f(false);
        f.chain.mine({src20(1)}, false);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QVERIFY(!watcher.isPolling());
        f.chain.mine({src20(2), erc20(2)}, false);
        f.chain.mine({src20(3)}, false);
        QTRY_COMPARE(recorder.events.size(), 4u);
        // Two more polls of both filters go by without a repeat.
        const auto polls = [&f] {
            const auto& requests = f.mock->requests();
            return std::count_if(requests.begin(), requests.end(), [](const auto& request) {
                return request.method == QLatin1String("eth_getFilterChanges");
            });
        };
        const auto pollsBefore = polls();
        QTRY_VERIFY(polls() >= pollsBefore + 4);
        QCoreApplication::processEvents();
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(watcher.stats().liveLogs >= 3);
    }

    void fallsBackToBlockPolling()
    {
        Fixture f(false);
        f.chain.setFiltersSupported(false);
        f.chain.mine({src20(1)}, false);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QVERIFY(watcher.isPolling());
        QVERIFY(recorder.errors.empty()); // a fallback, not a failure
        f.chain.mine({src20(2), erc20(2)}, false);
        QTRY_COMPARE(recorder.events.size(), 3u);
        f.chain.mine({erc20(3)}, false);
        QTRY_COMPARE(recorder.events.size(), 4u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);

        // Subscribe mode insists (and keeps reporting); Poll mode never subscribes.
        auto options = defaultOptions();
        options.liveMode = LiveMode::Subscribe;
        TransferWatcher insisting(f.client.get(), options);
        testing::WatcherRecorder refused(insisting);
        QVERIFY(insisting.start());
        QTRY_VERIFY(refused.errors.size() >= 2);
        QCOMPARE(insisting.state(), State::Reconnecting);
        QCOMPARE(refused.errors.front().code, -32601);
        QVERIFY(refused.events.empty());

        options.liveMode = LiveMode::Poll;
        Fixture g;
        g.chain.mine({src20(1)}, false);
        TransferWatcher polling(g.client.get(), options);
        testing::WatcherRecorder polled(polling);
        QVERIFY(polling.start());
        QTRY_COMPARE(polling.state(), State::Live);
        QVERIFY(polling.isPolling());
        QVERIFY(g.mock->subscriptions().empty());
        g.chain.mine({src20(2)});
        QTRY_COMPARE(polled.events.size(), 2u);
    }

    void aLiveBurstIsOneBatch()
    {
        Fixture f;
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        std::vector<QJsonObject> logs;
        for (std::uint64_t i = 1; i <= 50; ++i)
            logs.push_back(i % 2 ? src20(i) : erc20(i));
        const int batchesBefore = recorder.batches;
        f.chain.mine(logs);
        QTRY_COMPARE(recorder.events.size(), 50u);
        QCOMPARE(recorder.batches, batchesBefore + 1);
    }

    void malformedLogsAreReportedNotFatal()
    {
        Fixture f;
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        auto bad = src20(1);
        bad.insert("data", "0x1234");
        auto alsoBad = erc20(1);
        alsoBad.insert("data", "0x");
        f.chain.mine({bad, src20(2), alsoBad});
        QTRY_COMPARE(recorder.events.size(), 1u);
        QTRY_COMPARE(recorder.errors.size(), 1u); // one report per burst
        QCOMPARE(recorder.errors.front().kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(recorder.errors.front().message)
                    .contains("and 1 more malformed"));
        QCOMPARE(watcher.stats().malformed, 2u);
        // A notification that is no log at all (on both subscriptions).
        f.chain.pushRaw(QJsonValue(42));
        QTRY_COMPARE(recorder.errors.size(), 3u);
        QCOMPARE(watcher.state(), State::Live);
        f.chain.mine({src20(3)});
        QTRY_COMPARE(recorder.events.size(), 2u);
    }

    void stopThenStartResumes()
    {
        Fixture f;
        f.chain.mine({src20(1), erc20(1)}, false);
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QVERIFY(watcher.start()); // already running: nothing happens
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(recorder.events.size(), 2u);
        watcher.stop();
        QCOMPARE(watcher.state(), State::Stopped);
        QTRY_VERIFY(f.mock->subscriptions().empty()); // unsubscribed
        const auto requestsWhenStopped = f.mock->requests().size();
        f.chain.mine({src20(2)});
        f.chain.mine({erc20(3)});
        QCoreApplication::processEvents();
        QCOMPARE(recorder.events.size(), 2u);
        QCOMPARE(f.mock->requests().size(), requestsWhenStopped); // nothing pending asks
        QVERIFY(watcher.start());
        QTRY_COMPARE(recorder.events.size(), 4u);
        QTRY_COMPARE(watcher.state(), State::Live);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);

        // Stopped in the middle of a backfill: nothing more arrives, and a restart completes.
        f.mock->setLatency(40ms);
        for (int i = 0; i < 5; ++i)
            f.chain.mine({src20(10 + i)}, false);
        for (auto* subscription : f.mock->subscriptions())
            subscription->simulateReconnect();
        QTRY_COMPARE(watcher.state(), State::Backfilling);
        watcher.stop();
        const auto frozen = recorder.events.size();
        // A call sent now is answered after those the catch-up had in flight.
        rpc::EthApi probe(f.client.get());
        AWAIT_OK(head, probe.blockNumber());
        QCOMPARE(head, f.chain.head());
        QCoreApplication::processEvents();
        QCOMPARE(recorder.events.size(), frozen);
        QVERIFY(watcher.start());
        QTRY_COMPARE(recorder.events.size(), 9u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void anEndedSubscriptionIsRenewed()
    {
        Fixture f;
        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        auto* first = f.mock->subscriptions().front();
        QPointer<rpc::MockSubscription> second = f.mock->subscriptions().back();
        first->fail(makeError(ErrorKind::Transport, "gave up reconnecting"));
        QCOMPARE(watcher.state(), State::Reconnecting);
        f.chain.mine({src20(1), erc20(1)}, false); // while nobody listens
        QTRY_COMPARE(watcher.state(), State::Live);
        QTRY_COMPARE(recorder.events.size(), 2u);
        QTRY_COMPARE(f.mock->subscriptions().size(), 2u);                   // the ended one renewed
        QVERIFY(second && f.mock->subscriptions().back() != second.data()); // the other kept
        QVERIFY(!recorder.errors.empty());
        f.chain.mine({src20(2)});
        QTRY_COMPARE(recorder.events.size(), 3u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void resyncRecoversWhatTheStreamSilentlyLost()
    {
        Fixture f;
        auto options = defaultOptions();
        options.resyncInterval = 50ms;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        f.chain.mine({src20(1), erc20(1)}, false); // the subscription never says a word
        QTRY_COMPARE(recorder.events.size(), 2u);
        QCOMPARE(watcher.state(), State::Live); // a resync does not flicker the state
        QCOMPARE(std::count(recorder.states.begin(), recorder.states.end(), State::Backfilling), 1);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
    }

    void onlyNewEventsWithoutAStartBlock()
    {
        Fixture f;
        f.chain.mine({src20(1), erc20(1)}, false);
        auto options = defaultOptions();
        options.fromBlock.reset();
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(f.chain.getLogsCalls(), 0);
        f.chain.mine({src20(2)});
        QTRY_COMPARE(recorder.events.size(), 1u);
        QCOMPARE(*recorder.events.front().amount, Uint256(2));
    }

    void theStartBlockIsFixedAtTheFirstAttempt()
    {
        // "From now", but subscribing fails for a while: what happens meanwhile is not lost.
        Fixture f(false);
        f.chain.setFiltersSupported(false);
        f.chain.mine({src20(1)}, false);
        auto options = defaultOptions();
        options.fromBlock.reset();
        options.liveMode = LiveMode::Subscribe;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_VERIFY(recorder.errors.size() >= 2);
        QCOMPARE(watcher.state(), State::Reconnecting);
        f.chain.mine({src20(2), erc20(2)}, false);
        f.chain.setFiltersSupported(true);
        QTRY_COMPARE(watcher.state(), State::Live);
        QTRY_COMPARE(recorder.events.size(), 2u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 2);
    }

    void overlappingFiltersDeliverOnce()
    {
        // Parties make two filters (from a party, to a party): a transfer between two parties
        // matches both.
        Fixture f;
        const auto carol = address("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
        f.chain.mine({erc20(1, kAlice, kBob), erc20(2, carol, kAlice), erc20(3, carol, carol)},
                     false);
        auto options = defaultOptions();
        options.tokens = {TokenSpec::anyErc20()};
        options.parties = {kAlice, kBob};
        options.accounts = {kAlice};
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(recorder.events.size(), 2u);
        QCOMPARE(recorder.events[0].direction, TransferDirection::Outgoing);
        QCOMPARE(recorder.events[1].direction, TransferDirection::Incoming);
        QCOMPARE(watcher.stats().duplicates, 1u);
        f.chain.mine({erc20(4, kBob, kAlice), erc20(5, carol, kBob)});
        QTRY_COMPARE(recorder.events.size(), 4u);
        // Both subscriptions pushed the transfer between two parties in the same turn.
        QCOMPARE(watcher.stats().liveLogs, 3u);
        QCOMPARE(watcher.stats().duplicates, 2u);
        VERIFY_EXACTLY_THE_CHAIN(recorder, f.chain, watcher, 0);
        QVERIFY(testing::inChainOrder(recorder.events));
    }

    void monitorsEveryEventOfAToken()
    {
        Fixture f;
        f.chain.mine({src20(1), src20(2, kAlice, kBob, 0xaa),
                      testing::src20TransferJson(kToken, Address(), kBob, Hash(), {})},
                     false);
        auto options = defaultOptions();
        options.tokens = {TokenSpec::src20(kToken)};
        options.allSrc20Events = true;
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(recorder.events.size(), 3u);
        QCOMPARE(recorder.events[0].amountStatus, AmountStatus::Decrypted);
        QCOMPARE(recorder.events[1].amountStatus, AmountStatus::ForeignKey);
        QCOMPARE(recorder.events[2].amountStatus, AmountStatus::NoKey);
    }

    void dedupeMemoryIsBounded()
    {
        Fixture f;
        auto options = defaultOptions();
        options.tokens = {TokenSpec::erc20(kErc20)};
        options.reorgHorizon = 4;
        options.maxBlockRange = 10;
        for (int i = 0; i < 100; ++i)
            f.chain.mine({erc20(i)}, false);
        TransferWatcher watcher(f.client.get(), options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        QCOMPARE(recorder.events.size(), 100u);
        // A removal deep below the horizon cannot be judged: it is passed on.
        auto old = f.chain.logAt(3, 0);
        old.insert("removed", true);
        f.chain.pushRaw(old);
        QTRY_COMPARE(recorder.events.size(), 101u);
        QVERIFY(recorder.events.back().removed);
    }

    void refusesToStartWhenItCannot()
    {
        Fixture f;
        TransferWatchOptions none;
        TransferWatcher unusable(f.client.get(), none);
        const auto refused = unusable.start();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(unusable.state(), State::Idle);

        TransferWatcher watcher(f.client.get(), defaultOptions());
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), State::Live);
        // The client goes away (with its transport): the next catch-up fails for good.
        const auto subscriptions = f.mock->subscriptions();
        f.client.reset();
        for (auto* subscription : subscriptions)
            subscription->simulateReconnect();
        QTRY_COMPARE(watcher.state(), State::Failed);
        QCOMPARE(recorder.errors.back().kind, ErrorKind::Cancelled);
        QCOMPARE(watcher.start().error().kind, ErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(WatcherSyncTest)
#include "tst_watcher_sync.moc"
