// SPDX-License-Identifier: MIT
// `seismic-cli watch --store` is gap-free across kills: while `devnet traffic` sends SRC20 and
// ERC20 transfers, the watch is SIGKILLed at random points (seeded; the seed is printed, and
// SEISMIC_TEST_SEED replays one) and started again each time; a last run catches up to a
// block H. The store then holds exactly the chain's transfers up to H, one row per transfer (an
// SRC20 fan-out of logs grouped, as this test groups eth_getLogs over the whole range itself):
// none lost, none twice, none split. `export` writes them as JSON lines.
#include "TestSupport.h"
#include "core/Keccak.h"
#include "support/CliRunner.h"
#include "support/OwnDevnet.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace testing;

namespace {

// topic 0 of Transfer events: ERC20's Transfer(address,address,uint256) with three topics,
// SRC20's Transfer(address,address,bytes32,bytes) with four.
QString transferTopic(const char* signature)
{
    return QString::fromStdString(seismic::keccak256(seismic::asBytes(signature)).hex());
}

// One JSON-RPC call over HTTP, answered on the event loop.
QJsonValue rpcCall(const QString& url, const QString& method, const QJsonArray& params)
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), 1},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    QNetworkReply* reply = network.post(request, QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer.value(QStringLiteral("result"));
}

quint64 quantity(const QJsonValue& value)
{
    return value.toString().mid(2).toULongLong(nullptr, 16);
}

// "<transaction hash>/<log index>", lower case.
QString transferKey(const QString& txHash, quint64 logIndex)
{
    return txHash.toLower() + QLatin1Char('/') + QString::number(logIndex);
}

// A watch process; its stdout lines (one per delivered event) counted as they come.
class Watch
{
public:
    Watch(const QStringList& arguments, const QProcessEnvironment& environment)
    {
        m_process.setProcessEnvironment(environment);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                if (!m_process.readLine().trimmed().isEmpty())
                    ++m_lines;
        });
        m_process.start(cliProgram(), arguments);
    }
    ~Watch()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QProcess& process() { return m_process; }
    int lines() const { return m_lines; }

private:
    QProcess m_process;
    int m_lines = 0;
};

} // namespace

class TestWatchStoreDevnet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomItLosesNothingAndStoresNothingTwice()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const auto tool = OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        const quint32 seed = qEnvironmentVariableIsSet("SEISMIC_TEST_SEED")
                                 ? qEnvironmentVariable("SEISMIC_TEST_SEED").toUInt()
                                 : QRandomGenerator::global()->generate();
        qInfo("seed %u (SEISMIC_TEST_SEED=%u replays it)", seed, seed);
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("watch.sqlite"));
        const QString src20 = QString::fromStdString(manifest.contract("Src20Token").checksummed());
        const QString erc20 = QString::fromStdString(manifest.contract("Erc20Token").checksummed());
        const QStringList watch{QStringLiteral("watch"),
                                QStringLiteral("--store"),
                                store,
                                QStringLiteral("--from-block"),
                                QStringLiteral("0"),
                                QStringLiteral("--token"),
                                QStringLiteral("src20:") + src20,
                                QStringLiteral("--token"),
                                QStringLiteral("erc20:") + erc20,
                                QStringLiteral("--all"),
                                QStringLiteral("--poll-interval"),
                                QStringLiteral("200")};
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("RPC_URL"), manifest.rpcUrl);

        QProcess traffic;
        traffic.start(*tool,
                      {QStringLiteral("traffic"), QStringLiteral("--manifest"),
                       manifest.manifestPath, QStringLiteral("--transfers"), QStringLiteral("60"),
                       QStringLiteral("--erc20-transfers"), QStringLiteral("30"),
                       QStringLiteral("--rate"), QStringLiteral("12")});
        QVERIFY(traffic.waitForStarted());

        // Kills while the traffic flows, each after a random number of delivered events (0:
        // as soon as the process runs, before it has stored anything).
        int kills = 0;
        while (kills < 3 || (traffic.state() != QProcess::NotRunning && kills < 10)) {
            Watch run(watch, environment);
            QVERIFY(run.process().waitForStarted());
            const int events = random.bounded(0, 8);
            QTRY_VERIFY_WITH_TIMEOUT(run.lines() >= events ||
                                         traffic.state() == QProcess::NotRunning ||
                                         run.process().state() == QProcess::NotRunning,
                                     60'000);
            QVERIFY2(run.process().state() == QProcess::Running,
                     run.process().readAllStandardError().constData());
            run.process().kill();
            QVERIFY(run.process().waitForFinished());
            ++kills;
            qInfo("kill %d after %d event line(s)", kills, run.lines());
        }
        if (traffic.state() != QProcess::NotRunning)
            QVERIFY(traffic.waitForFinished(120'000));
        QVERIFY2(traffic.exitStatus() == QProcess::NormalExit,
                 traffic.readAllStandardError().constData());

        // The last run catches up to H and stops there.
        const quint64 head =
            quantity(rpcCall(manifest.rpcUrl, QStringLiteral("eth_blockNumber"), {}));
        QVERIFY(head > 0);
        const CliRun last =
            runCli(QStringList(watch) << QStringLiteral("--until-block") << QString::number(head),
                   environment, 120'000);
        QCOMPARE_EXIT(last, 0);

        // The chain's set, read independently.
        const QJsonValue logs = rpcCall(
            manifest.rpcUrl, QStringLiteral("eth_getLogs"),
            {QJsonObject{{QStringLiteral("fromBlock"), QStringLiteral("0x0")},
                         {QStringLiteral("toBlock"), QStringLiteral("0x%1").arg(head, 0, 16)},
                         {QStringLiteral("address"), QJsonArray{src20, erc20}}}});
        QVERIFY(logs.isArray());
        const QString erc20Topic = transferTopic("Transfer(address,address,uint256)");
        const QString src20Topic = transferTopic("Transfer(address,address,bytes32,bytes)");
        // The chain's transfers, grouped here without the SDK: an SRC20 transfer is the run of
        // consecutive logs of one transaction and token with the same topics 1 and 2 (its
        // fan-out: keyed providers, sender, recipient); an ERC20 transfer is one log. Key: the
        // first log; value: the number of logs.
        QHash<QString, int> chain;
        QString runKey;
        QString runShape;
        quint64 runNext = 0;
        for (const QJsonValue& log : logs.toArray()) {
            const QJsonObject object = log.toObject();
            const QJsonArray topics = object.value(QStringLiteral("topics")).toArray();
            const QString topic = topics.isEmpty() ? QString() : topics[0].toString().toLower();
            const QString txHash = object.value(QStringLiteral("transactionHash")).toString();
            const quint64 index = quantity(object.value(QStringLiteral("logIndex")));
            if (topic == erc20Topic && topics.size() == 3) {
                chain.insert(transferKey(txHash, index), 1);
                runKey.clear();
            } else if (topic == src20Topic && topics.size() == 4) {
                const QString shape = txHash.toLower() +
                                      object.value(QStringLiteral("address")).toString().toLower() +
                                      topics[1].toString() + topics[2].toString();
                if (runKey.isEmpty() || shape != runShape || index != runNext) {
                    runKey = transferKey(txHash, index);
                    runShape = shape;
                }
                ++chain[runKey];
                runNext = index + 1;
            }
        }
        QVERIFY(chain.size() > 90);

        // The store's set, through export.
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--store"), store,
                                        QStringLiteral("--format"), QStringLiteral("json")},
                                       environment);
        QCOMPARE_EXIT(exported, 0);
        QHash<QString, int> stored;
        for (const QJsonObject& row : exported.jsonLines()) {
            QVERIFY(!row.value(QStringLiteral("removed")).toBool());
            if (static_cast<quint64>(row.value(QStringLiteral("blockNumber")).toInteger()) > head)
                continue;
            const QString key = transferKey(
                row.value(QStringLiteral("transactionHash")).toString(),
                static_cast<quint64>(row.value(QStringLiteral("logIndex")).toInteger()));
            QVERIFY2(!stored.contains(key), qPrintable(QStringLiteral("twice: ") + key));
            stored.insert(key, row.value(QStringLiteral("logCount")).toInt());
            // The devnet's SRC20 fan-out: two keyed providers, then sender and recipient.
            if (row.value(QStringLiteral("amountStatus")).toString() != QLatin1String("plain"))
                QCOMPARE(row.value(QStringLiteral("providers")).toInt(), chain.value(key) - 2);
        }
        QStringList lost;
        QStringList extra;
        for (auto it = chain.cbegin(); it != chain.cend(); ++it)
            if (!stored.contains(it.key()))
                lost << it.key();
            else if (stored.value(it.key()) != it.value())
                extra << it.key() + QStringLiteral(": %1 logs, not %2")
                                        .arg(stored.value(it.key()))
                                        .arg(it.value());
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (!chain.contains(it.key()))
                extra << it.key();
        QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("lost %1, e.g. %2")
                                                .arg(lost.size())
                                                .arg(lost.isEmpty() ? QString() : lost.front())));
        qInfo("%lld transfers on the chain up to block %llu, %lld stored", qint64(chain.size()),
              head, qint64(stored.size()));
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("not on the chain (or grouped otherwise): %1")
                                .arg(extra.isEmpty() ? QString() : extra.front())));
    }
};

QTEST_GUILESS_MAIN(TestWatchStoreDevnet)
#include "tst_watch_store_devnet.moc"
