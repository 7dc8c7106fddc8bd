// SPDX-License-Identifier: MIT
// What the app says about the connection when its node goes away or comes back as another chain,
// against a devnet of this suite's own (tests/devnet/devnet on a fixed free port): after the
// node's loss the status bar and the Overview page agree on "Reconnecting", over WebSocket and
// over HTTP alone (how soon is printed; the watchdog's bound is tst_chainhead's, on a fake node,
// since a loaded machine stretches any wall-clock bound here); a restart on the same port is
// reported as a chain change with the new chain's head; every transition is one "connection:" line
// in seismic.connection.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/log/LogMessageBridge.h"
#include "app/model/ChainModel.h"
#include "app/model/LogModel.h"
#include "app/model/SettingsModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "support/AppTestSupport.h"
#include "support/OwnDevnet.h"

#include <QElapsedTimer>

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace seismic;
using namespace seismic::app;
using apptest::child;
using testing::OwnDevnet;

namespace {

constexpr int kNetworkMs = 30'000;

struct Fixture
{
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    LogMessageBridge bridge{context.log()};
    MainWindow window{context};

    // The devnet at `devnet`, over WebSocket (and HTTP) or over HTTP alone.
    void use(const OwnDevnet& devnet, bool websocket)
    {
        NetworkConfig network;
        network.name = QStringLiteral("Own devnet");
        network.chainId = 31337;
        network.httpUrls = {devnet.url(QStringLiteral("http")).toString()};
        if (websocket)
            network.wsUrls = {devnet.url(QStringLiteral("ws")).toString()};
        QVERIFY(context.settings().setCustomNetworks({network}));
        QVERIFY(context.settings().setCurrentNetwork(network.name));
        window.show();
    }

    QString statusBar() const
    {
        return child<StatusIndicator>(window, "connectionIndicator")->text();
    }
    QString overview() const { return child<QLabel>(window, "connectionLabel")->text(); }

    QStringList connectionLines() const
    {
        QStringList lines;
        for (const LogEntry& entry : context.log().lastEntries(context.log().rowCount())) {
            if (entry.category == QLatin1String("seismic.connection"))
                lines.append(entry.message);
        }
        return lines;
    }
};

} // namespace

class TestDevnetConnection : public QObject
{
    Q_OBJECT

    QString m_tool;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        auto tool = OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        m_tool = *tool;
    }

    void everyViewSaysTheNodeIsGone_data()
    {
        QTest::addColumn<bool>("websocket");
        QTest::newRow("websocket") << true;
        QTest::newRow("http only") << false;
    }

    void everyViewSaysTheNodeIsGone()
    {
        QFETCH(bool, websocket);
        OwnDevnet devnet(m_tool, m_dir.filePath(QStringLiteral("loss-%1.json").arg(websocket)));
        QVERIFY(devnet.start());
        Fixture f;
        f.use(devnet, websocket);
        QTRY_VERIFY_WITH_TIMEOUT(f.statusBar().startsWith("Connected to chain 31337 at block "),
                                 kNetworkMs);
        QCOMPARE(f.overview(), f.statusBar());

        QVERIFY(devnet.stop());
        QElapsedTimer sinceGone;
        sinceGone.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.context.chain().status(), ConnectionStatus::Reconnecting,
                                  kNetworkMs);
        qInfo("lost after %lld ms: %s", sinceGone.elapsed(), qPrintable(f.statusBar()));
        QVERIFY(f.statusBar().startsWith(QStringLiteral("Reconnecting")));
        QCOMPARE(f.overview(), f.statusBar());

        // The log page hears of it on a later event-loop turn.
        QTRY_VERIFY(
            !f.connectionLines().isEmpty() &&
            f.connectionLines().last().startsWith(QStringLiteral("connection: reconnecting: ")));
        const QStringList lines = f.connectionLines();
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join('\n')));
        QVERIFY(lines.at(0).startsWith(QStringLiteral("connection: connecting to Own devnet")));
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString& line) {
            return line.startsWith(
                QStringLiteral("connection: connected to chain 31337 at block "));
        }));
        QVERIFY(lines.last().startsWith(QStringLiteral("connection: reconnecting: ")));
        for (const QString& line : lines)
            QVERIFY2(line.startsWith(QStringLiteral("connection: ")), qPrintable(line));
    }

    void aRestartIsAChainChange()
    {
        OwnDevnet devnet(m_tool, m_dir.filePath(QStringLiteral("reset.json")));
        QVERIFY(devnet.start());
        Fixture f;
        f.use(devnet, true);
        QTRY_VERIFY_WITH_TIMEOUT(f.statusBar().startsWith("Connected to chain 31337 at block "),
                                 kNetworkMs);
        QVERIFY(devnet.stop());
        QTRY_COMPARE_WITH_TIMEOUT(f.context.chain().status(), ConnectionStatus::Reconnecting,
                                  kNetworkMs);
        QVERIFY(devnet.start()); // same port, a new genesis
        QTRY_VERIFY_WITH_TIMEOUT(f.context.chain().chainChanged(), kNetworkMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.statusBar().startsWith("Chain changed: now chain 31337 at block "), kNetworkMs);
        QCOMPARE(f.overview(), f.statusBar());
        // The block shown is the new chain's (a fresh devnet is young), and the session agrees.
        QCOMPARE(f.context.chain().blockNumber(), f.context.session().blockNumber());
        const auto reported = [&f] {
            const QStringList lines = f.connectionLines();
            return std::any_of(lines.begin(), lines.end(), [](const QString& line) {
                return line.startsWith(QStringLiteral("connection: chain changed: "));
            });
        };
        QTRY_VERIFY(reported());
    }
};

QTEST_MAIN(TestDevnetConnection)
#include "tst_devnet_connection.moc"
