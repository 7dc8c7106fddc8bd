// SPDX-License-Identifier: MIT
// The chain head against a devnet of this suite's own (started and stopped with
// tests/devnet/devnet on a fixed free port): a stopped node is reported lost over WebSocket and
// over HTTP alone (how soon is printed: the watchdog's bound is tst_chainhead's, on a fake node,
// since a loaded machine stretches any wall-clock bound here), and a node restarted on the same
// port (a new chain: another genesis) is a chain change. Needs $SEISMIC_DEVNET_MANIFEST only to
// find the devnet tool.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/PublicClient.h"
#include "rpc/support/AsyncTest.h"
#include "support/OwnDevnet.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;
using testing::OwnDevnet;

namespace {

// Generous: the loss must be reported, and a loaded machine is slow.
constexpr int kLossReportedMs = 15'000;

} // namespace

class DevnetConnectionTest : public QObject
{
    Q_OBJECT

    QString m_tool;
    QTemporaryDir m_dir;

    std::unique_ptr<PublicClient> connect(const QUrl& url)
    {
        auto connected = awaitTask(PublicClient::connect(ClientOptions::forUrl(url)), 30s);
        if (!connected || !connected->ok())
            return nullptr;
        return std::move(*connected).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto tool = OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        m_tool = *tool;
        QVERIFY(m_dir.isValid());
    }

    void lossIsReported_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("websocket") << QStringLiteral("ws");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void lossIsReported()
    {
        QFETCH(QString, scheme);
        OwnDevnet devnet(m_tool, m_dir.filePath(scheme + "-loss.json"));
        QVERIFY(devnet.start());
        auto client = connect(devnet.url(scheme));
        QVERIFY(client);
        ChainHead* head = client->head();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Connected, 15'000);

        QVERIFY(devnet.stop());
        QElapsedTimer sinceGone;
        sinceGone.start();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Reconnecting, kLossReportedMs);
        qInfo("%s: lost after %lld ms: %s", qPrintable(scheme), sinceGone.elapsed(),
              head->lastError()->describe().c_str());
        QVERIFY(head->lastError());
    }

    void aRestartedNodeIsAChainChange_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("websocket") << QStringLiteral("ws");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void aRestartedNodeIsAChainChange()
    {
        QFETCH(QString, scheme);
        OwnDevnet devnet(m_tool, m_dir.filePath(scheme + "-reset.json"));
        QVERIFY(devnet.start());
        auto client = connect(devnet.url(scheme));
        QVERIFY(client);
        ChainHead* head = client->head();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Connected, 15'000);
        const Hash firstGenesis = *head->genesisHash();
        QSignalSpy changed(head, &ChainHead::chainChanged);

        QVERIFY(devnet.stop());
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Reconnecting, kLossReportedMs);
        QVERIFY(devnet.start()); // same port, a new chain
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Connected, 15'000);
        QVERIFY(*head->genesisHash() != firstGenesis);
        // The head is the new chain's: what the node says now.
        auto latest = awaitTask(client->eth().blockNumber(), 10s);
        QVERIFY(latest && latest->ok());
        QVERIFY(head->number() <= **latest);
        auto block = awaitTask(client->eth().getBlock(rpc::BlockId::number(head->number())), 10s);
        QVERIFY(block && block->ok() && **block);
        QCOMPARE(*(**block)->hash, head->latest()->hash);
    }
};

QTEST_GUILESS_MAIN(DevnetConnectionTest)
#include "tst_devnet_connection.moc"
