// SPDX-License-Identifier: MIT
// The log: Qt messages from any thread reach the model in coalesced batches, the view filters by
// level, and "Copy diagnostics" says what matters without any secret.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/Diagnostics.h"
#include "app/log/LogMessageBridge.h"
#include "app/model/ChainModel.h"
#include "app/model/LogModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "core/EndpointName.h"
#include "support/AppTestSupport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

Q_LOGGING_CATEGORY(lcTest, "seismic.test")

LogEntry entry(LogLevel level, const QString& message)
{
    return LogEntry{QDateTime::currentDateTime(), level, QStringLiteral("seismic.test"), message};
}

} // namespace

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void bridgeBatchesMessagesFromAnyThread()
    {
        LogModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        {
            LogMessageBridge bridge(model);
            for (int i = 0; i < 100; ++i)
                qCWarning(lcTest) << "burst" << i;
            std::unique_ptr<QThread> worker(
                QThread::create([] { qCInfo(lcTest) << "from a worker thread"; }));
            worker->start();
            worker->wait();
            // Nothing reaches the model before the event loop runs.
            QCOMPARE(model.rowCount(), 0);
            QTRY_COMPARE(model.rowCount(), 101);
            QCOMPARE(inserted.count(), 1);
        }
        qCWarning(lcTest) << "after the bridge is gone";
        // A delivery would be a posted event: deliver every one there is, then look.
        QCoreApplication::sendPostedEvents();
        QCOMPARE(model.rowCount(), 101);

        const QModelIndex first = model.index(0, LogModel::MessageColumn);
        QCOMPARE(first.data().toString(), QStringLiteral("burst 0"));
        QCOMPARE(model.index(0, LogModel::LevelColumn).data().toString(),
                 QStringLiteral("Warning"));
        QCOMPARE(model.index(0, LogModel::CategoryColumn).data().toString(),
                 QStringLiteral("seismic.test"));
        QCOMPARE(model.index(100, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("from a worker thread"));
        QCOMPARE(model.index(100, 0).data(LogModel::LevelRole).toInt(), int(LogLevel::Info));
    }

    void keepsTheNewestMessages()
    {
        LogModel model(3);
        model.append({entry(LogLevel::Info, QStringLiteral("a")),
                      entry(LogLevel::Info, QStringLiteral("b"))});
        model.append({entry(LogLevel::Info, QStringLiteral("c")),
                      entry(LogLevel::Info, QStringLiteral("d")),
                      entry(LogLevel::Info, QStringLiteral("e")),
                      entry(LogLevel::Info, QStringLiteral("f"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("d"));
        const QList<LogEntry> last = model.lastEntries(2);
        QCOMPARE(last.size(), 2);
        QCOMPARE(last[1].message, QStringLiteral("f"));
        QCOMPARE(model.lastEntries(10).size(), 3);
    }

    void logPageFiltersByLevel()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        context.log().append({entry(LogLevel::Debug, QStringLiteral("details")),
                              entry(LogLevel::Info, QStringLiteral("connected")),
                              entry(LogLevel::Warning, QStringLiteral("slow endpoint")),
                              entry(LogLevel::Critical, QStringLiteral("all endpoints failed"))});
        MainWindow window(context);
        window.show();
        window.showPage(MainWindow::Page::Log);
        auto* view = child<QTableView>(window, "logView");
        auto* level = child<QComboBox>(window, "levelCombo");
        QCOMPARE(view->model()->rowCount(), 4);
        level->setCurrentIndex(2);
        QCOMPARE(view->model()->rowCount(), 2);
        level->setCurrentIndex(3);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("all endpoints failed"));
        QTest::mouseClick(child<QWidget>(window, "clearButton"), Qt::LeftButton);
        QCOMPARE(context.log().rowCount(), 0);
    }

    void diagnosticsHoldNoSecret()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        // The chain model is driven by hand here.
        context.session().setOnline(false);
        LogMessageBridge bridge(context.log());
        const PrivateKey key = *PrivateKey::fromHex(apptest::kAnvilKey);
        context.wallet().unlock(key);
        NetworkConfig network = context.chain().network();
        network.httpUrls = {QStringLiteral(
            "https://user:pass@rpc.example.org:8443/v3/SECRETAPIKEY?token=SECRETTOKEN")};
        context.chain().setNetwork(network);
        context.chain().setStatus(ConnectionStatus::Connected);
        context.chain().setChainId(5124);
        context.chain().setBlockNumber(1234);
        context.chain().setLastError(
            QStringLiteral("timeout: eth_blockNumber took longer than 15000 ms"));
        qCWarning(lcTest) << "endpoint rpc.example.org is slow";
        QTRY_VERIFY(context.log().rowCount() > 0);

        MainWindow window(context);
        child<QAction>(window, "actionCopyDiagnostics")->trigger();
        const QString report = QGuiApplication::clipboard()->text();
        QCOMPARE(report, diagnosticsReport(context.chain(), context.wallet(), context.log()));

        QVERIFY(report.startsWith(QStringLiteral("seismic-desktop 0.1.0\n")));
        QVERIFY(report.contains(QStringLiteral("Qt: ") + QString::fromLatin1(qVersion())));
        QVERIFY(report.contains(QStringLiteral("OS: ")));
        QVERIFY(report.contains(QStringLiteral("Network: Seismic Testnet 1 (chain 5124)")));
        QVERIFY(report.contains(QStringLiteral(
            "Endpoints: https://rpc.example.org:8443/…, wss://testnet-1.seismictest.net:443/…\n")));
        QVERIFY(
            report.contains(QStringLiteral("Connection: connected to chain 5124 at block 1234")));
        QVERIFY(
            report.contains(QStringLiteral("Last error: timeout: eth_blockNumber took longer")));
        QVERIFY(report.contains(QStringLiteral("Account: ") +
                                QString::fromLatin1(apptest::kAnvilAddress) +
                                QStringLiteral(" (unlocked)")));
        QVERIFY(report.contains(
            QStringLiteral("warning seismic.test: endpoint rpc.example.org is slow")));

        const QString keyHex = QString::fromLatin1(apptest::kAnvilKey).mid(2);
        for (const QString& secret : {keyHex, keyHex.toUpper(), keyHex.left(16), apptest::kPassword,
                                      QStringLiteral("SECRETAPIKEY"), QStringLiteral("SECRETTOKEN"),
                                      QStringLiteral("pass@")})
            QVERIFY2(!report.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        // The status bar names the endpoints the same way.
        const QString tip = child<StatusIndicator>(window, "networkIndicator")->toolTip();
        QVERIFY2(tip.contains(QStringLiteral("https://rpc.example.org:8443/…")), qPrintable(tip));
        for (const char* secret : {"SECRETAPIKEY", "SECRETTOKEN", "pass@"})
            QVERIFY2(!tip.contains(QLatin1String(secret)), qPrintable(tip));
    }

    // A refused connection and an endpoint the network may not use: the status bar, the last
    // error, the log and the diagnostics name the endpoint by scheme, host and port only.
    void connectionErrorsHoldNoSecret_data()
    {
        QTest::addColumn<QString>("url");
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            qFatal("cannot bind a probe port");
        QTest::newRow("refused") << QStringLiteral("http://alice:hunter2@127.0.0.1:%1/v2/KEY123"
                                                   "?apikey=KEY456")
                                        .arg(probe.serverPort());
        QTest::newRow("unencrypted")
            << QStringLiteral("http://alice:hunter2@rpc.example.org/v2/KEY123?apikey=KEY456");
    }

    void connectionErrorsHoldNoSecret()
    {
        QFETCH(QString, url);
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        LogMessageBridge bridge(context.log());
        MainWindow window(context);
        QVERIFY(context.settings().setCurrentNetwork(SettingsModel::builtInNetworks()[1].name));
        context.setEndpointOverrides({url}, {});
        QTRY_COMPARE_WITH_TIMEOUT(context.chain().status(), ConnectionStatus::Failed, 20'000);
        QTRY_VERIFY(context.log().rowCount() > 0);

        const QString name = endpointName(url);
        const QStringList shown = {
            context.chain().lastError(),
            child<StatusIndicator>(window, "connectionIndicator")->toolTip(),
            child<StatusIndicator>(window, "networkIndicator")->toolTip(),
            diagnosticsReport(context.chain(), context.wallet(), context.log())};
        QVERIFY2(shown.at(0).contains(name), qPrintable(shown.at(0)));
        for (const QString& text : shown) {
            for (const char* secret : {"alice", "hunter2", "KEY123", "KEY456", "apikey"})
                QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
        }
    }
};

QTEST_MAIN(TestLog)
#include "tst_log.moc"
