// SPDX-License-Identifier: MIT
// A polling TransferWatcher on a devnet of its own (a reorg would disturb the suites sharing the
// devnet), whose chain anvil reorganises through the Seismic emulator (anvil_reorg): the events
// of the orphaned blocks are withdrawn once, the watcher goes back to the common ancestor, and
// what it holds in the end is what the chain has. Needs the devnet (SEISMIC_DEVNET_MANIFEST)
// for its tool and contract addresses.
#include "client/TransferWatcher.h"
#include "client/support/WatcherRecorder.h"
#include "rpc/EthApi.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetManifest.h"
#include "support/OwnDevnet.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using State = TransferWatcher::State;

class WatcherReorgDevnetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orphanedTransfersAreWithdrawnOnce()
    {
        LOAD_DEVNET_MANIFEST(shared); // the same deployment, so the same contract addresses
        auto tool = testing::OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto manifest = dir.filePath("reorg.json");
        testing::OwnDevnet devnet(*tool, manifest);
        QVERIFY(devnet.start());
        auto transport = rpc::makeTransport(devnet.url("http"), {});
        QVERIFY(transport.ok());
        rpc::RpcClient client(std::move(transport).value());
        rpc::EthApi eth(&client);
        AWAIT_OK(start, eth.blockNumber());

        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(shared.contract("MockSrc20Events"))};
        options.allSrc20Events = true;
        options.fromBlock = start + 1;
        options.liveMode = LiveMode::Poll;
        options.pollInterval = 100ms;
        TransferWatcher watcher(&client, options);
        testing::WatcherRecorder recorder(watcher);
        QVERIFY(watcher.start());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), State::Live, 10'000);

        // Six events in three transactions, a block each (automine).
        QProcess emitter;
        emitter.start(*tool, {"emit", "--manifest", manifest, "--events", "6", "--key-hex",
                              QString(64, '1'), "--batch", "2"});
        QVERIFY(emitter.waitForFinished(60'000));
        QCOMPARE(emitter.exitCode(), 0);
        AWAIT_OK(head, eth.blockNumber());
        QCOMPARE(head, start + 3);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.events.size(), 6u, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.cursor() && watcher.cursor()->number == head, 10'000);

        // anvil replaces those three blocks by empty ones.
        AWAIT_OK(reorged,
                 client.call("anvil_reorg", QJsonArray{qint64(head - start), QJsonArray()}));
        Q_UNUSED(reorged);
        QTRY_COMPARE_WITH_TIMEOUT(recorder.rewinds, std::vector<quint64>{start}, 10'000);
        QCOMPARE(recorder.events.size(), 12u);
        for (std::size_t i = 6; i < recorder.events.size(); ++i) {
            QVERIFY(recorder.events[i].removed);
            QVERIFY(recorder.events[i].blockNumber > start);
        }
        int duplicates = 0;
        QVERIFY(recorder.net(&duplicates).empty());
        QCOMPARE(duplicates, 0);

        // The watcher continues on the new chain.
        AWAIT_OK(newHead, eth.getBlock(rpc::BlockId::number(head)));
        QVERIFY(newHead && newHead->hash);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.cursor() && watcher.cursor()->hash == *newHead->hash,
                                 10'000);
        QCOMPARE(watcher.stats().rewinds, 1u);
        QVERIFY(recorder.errors.empty());
        QVERIFY(devnet.stop());
    }
};

QTEST_GUILESS_MAIN(WatcherReorgDevnetTest)
#include "tst_watcher_reorg_devnet.moc"
