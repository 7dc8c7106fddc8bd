// SPDX-License-Identifier: MIT
// The chain head against a devnet of this suite's own (started and stopped with
// tests/devnet/devnet on a fixed free port): a stopped node is reported lost within 3 s over
// WebSocket and over HTTP alone, and a node restarted on the same port (a new chain: another
// genesis) is a chain change. Needs $SEISMIC_DEVNET_MANIFEST only to find the devnet tool.
#include "TestSupport.h"
#include "client/ChainHead.h"
#include "client/PublicClient.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetManifest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

// How soon every view must say that the node went away (the rule).
constexpr int kLossReportedWithinMs = 3'000;

// A devnet this suite starts and stops, always on the same port.
class OwnDevnet
{
public:
    OwnDevnet(QString tool, quint16 port, QString manifest)
        : m_tool(std::move(tool))
        , m_port(port)
        , m_manifest(std::move(manifest))
    {}
    ~OwnDevnet() { stop(); }

    bool start() { return run({"start", "--manifest", m_manifest, "--port", QString::number(m_port)}); }
    bool stop() { return run({"stop", "--manifest", m_manifest}); }
    QUrl url(const QString& scheme) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_port));
    }

private:
    bool run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(m_tool, arguments);
        if (!process.waitForFinished(120'000))
            return false;
        process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_tool;
    quint16 m_port;
    QString m_manifest;
};

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

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
        LOAD_DEVNET_MANIFEST(manifest);
        QDir devnet(manifest.artifactsDir); // tests/devnet/build/contracts
        QVERIFY(devnet.cd("../.."));
        m_tool = devnet.filePath("devnet");
        QVERIFY2(QFileInfo(m_tool).isExecutable(), qPrintable(m_tool));
        QVERIFY(m_dir.isValid());
    }

    void lossIsReportedWithinThreeSeconds_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("websocket") << QStringLiteral("ws");
        QTest::newRow("http") << QStringLiteral("http");
    }

    void lossIsReportedWithinThreeSeconds()
    {
        QFETCH(QString, scheme);
        OwnDevnet devnet(m_tool, freePort(), m_dir.filePath(scheme + "-loss.json"));
        QVERIFY(devnet.start());
        auto client = connect(devnet.url(scheme));
        QVERIFY(client);
        ChainHead* head = client->head();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Connected, 15'000);

        QVERIFY(devnet.stop());
        QElapsedTimer sinceGone;
        sinceGone.start();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Reconnecting,
                                  kLossReportedWithinMs);
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
        OwnDevnet devnet(m_tool, freePort(), m_dir.filePath(scheme + "-reset.json"));
        QVERIFY(devnet.start());
        auto client = connect(devnet.url(scheme));
        QVERIFY(client);
        ChainHead* head = client->head();
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Connected, 15'000);
        const Hash firstGenesis = *head->genesisHash();
        QSignalSpy changed(head, &ChainHead::chainChanged);

        QVERIFY(devnet.stop());
        QTRY_COMPARE_WITH_TIMEOUT(head->status(), ConnectionStatus::Reconnecting,
                                  kLossReportedWithinMs);
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
