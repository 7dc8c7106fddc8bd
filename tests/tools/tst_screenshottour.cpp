// SPDX-License-Identifier: MIT
// The screenshot tour: every page saved once the pages show their data, a precise account of
// what is missing when they do not in time, an output it cannot write and a scene it cannot set
// up reported as such; the demo's scene read from a devnet manifest, a bad manifest refused with
// the reason. (tst_screenshottour_devnet: the scene's pending transfer on a devnet.)
#include "DemoTraffic.h"
#include "ScreenshotTour.h"
#include "TestSupport.h"
#include "TourScene.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/model/AddressBook.h"
#include "app/model/WalletModel.h"
#include "app/support/AppTestSupport.h"
#include "store/WatchOnlyAccountStore.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>

using namespace std::chrono_literals;
using namespace seismic;
using namespace seismic::app;

namespace {

QElapsedTimer started()
{
    QElapsedTimer timer;
    timer.start();
    return timer;
}

AppOptions options(const QTemporaryDir& home)
{
    AppOptions options;
    options.dataDirectory = home.filePath(QStringLiteral("data"));
    return options;
}

QString errorOf(const QSignalSpy& finished)
{
    return finished.isEmpty() ? QStringLiteral("(not finished)")
                              : finished.first().first().toString();
}

Address devAddress(const char* text)
{
    return *Address::parse(text);
}

// anvil's dev accounts #0 to #3, as the devnet's manifest lists them.
const char* const kDevAccounts[] = {
    "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "0x90F79bf6EB2c4f870365E785982E1f101E93b906"};

// The state letter of /proc/<pid>/stat: 'T' stopped, 'S' sleeping...; '?' when unreadable.
char processState(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return '?';
    // "pid (command) S ...": the command may hold spaces, not a ')'.
    const QByteArray text = stat.readAll();
    const qsizetype end = text.lastIndexOf(')');
    return end < 0 || end + 2 >= text.size() ? '?' : text.at(end + 2);
}

QByteArray commandLine(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray manifestWith(int accounts, const QString& rpcUrl)
{
    QByteArray list;
    for (int index = 0; index < accounts; ++index)
        list += (index ? ", " : "") + QByteArray(R"({"address": ")") + kDevAccounts[index] + "\"}";
    return R"({"rpcUrl": ")" + rpcUrl.toUtf8() + R"(", "accounts": [)" + list + "]}";
}

} // namespace

class TestScreenshotTour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void savesEveryPageOnceTheyShowTheirData()
    {
        // Without an account there is nothing to wait for beyond the start-up.
        QTemporaryDir home;
        DesktopSession session(options(home), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        const QString output = home.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(session, {}, {}, output, 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QCOMPARE(tour.missing(), QStringList{"the start-up (import, unlock) is not done"});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errorOf(finished), QString());
        QVERIFY(tour.missing().isEmpty());
        // No account: no Receive dialog, and nothing to send.
        const QDir shots(output);
        QCOMPARE(shots.entryList(QDir::Files).size(), 11);
        for (const char* name :
             {"overview", "send", "transfers", "history", "viewing-key", "log", "accounts",
              "address-book", "charts", "settings", "settings-notifications"}) {
            const QImage picture(shots.filePath(QString::fromLatin1(name) + ".png"));
            QVERIFY2(!picture.isNull(), name);
            QVERIFY(picture.width() >= 320 && picture.height() >= 200);
        }
    }

    void saysWhatThePagesDoNotShowAtTheDeadline()
    {
        // An unlocked account on a node that refuses connections: no balance ever arrives.
        QTemporaryDir home;
        AppOptions offline = options(home);
        offline.importKeyFile =
            apptest::writeFile(home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        offline.password = apptest::kPassword;
        offline.network = QStringLiteral("31337");
        offline.rpcUrl = QStringLiteral("http://127.0.0.1:1");
        DesktopSession session(offline, apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        const QString output = home.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(session, {}, {}, output, 500ms);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QTRY_COMPARE(finished.count(), 1);
        const QString error = errorOf(finished);
        QVERIFY2(error.startsWith("the pages did not show their data in time: "),
                 qPrintable(error));
        QVERIFY2(error.contains("overview: not connected"), qPrintable(error));
        QVERIFY(session.context().wallet().isUnlocked());
        QVERIFY(!QDir(output).exists());
    }

    void reportsAnOutputItCannotCreate()
    {
        QTemporaryDir home;
        DesktopSession session(options(home), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        const QString blocker = apptest::writeFile(home, QStringLiteral("file"), "not a folder");
        ScreenshotTour tour(session, {}, {}, blocker + QStringLiteral("/shots"), 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errorOf(finished), QStringLiteral("cannot create %1/shots").arg(blocker));
    }

    void setsTheSceneUpThroughTheAppsServices()
    {
        QTemporaryDir home;
        DesktopSession session(options(home), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        TourScene scene;
        scene.contacts = {{devAddress(kDevAccounts[1]), QStringLiteral("Alice")}};
        scene.watchOnly = TourScene::NamedAddress{devAddress(kDevAccounts[2]),
                                                  QStringLiteral("Bob (watch-only)")};
        ScreenshotTour tour(session, {}, scene, home.filePath(QStringLiteral("shots")), 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errorOf(finished), QString());
        const AddressBook& book = session.context().addressBook();
        QCOMPARE(book.contacts().size(), std::size_t(1));
        QCOMPARE(book.labelFor(devAddress(kDevAccounts[1])), QStringLiteral("Alice"));
        QCOMPARE(book.labelFor(devAddress(kDevAccounts[2])), QStringLiteral("Bob (watch-only)"));
        const auto watched = store::WatchOnlyAccountStore(session.context().store()).all();
        QVERIFY(watched.ok());
        QCOMPARE(watched->size(), std::size_t(1));
        QCOMPARE(watched->front().address, devAddress(kDevAccounts[2]));
    }

    void reportsASceneItCannotSetUp()
    {
        // The address book refuses an empty name.
        QTemporaryDir home;
        DesktopSession session(options(home), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        TourScene scene;
        scene.contacts = {{devAddress(kDevAccounts[1]), QString()}};
        const QString output = home.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(session, {}, scene, output, 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(errorOf(finished).startsWith("cannot add the contact : "),
                 qPrintable(errorOf(finished)));
        QVERIFY(!QDir(output).exists());
    }

    void readsTheDemoSceneFromADevnetManifest()
    {
        QTemporaryDir home;
        const QString path = apptest::writeFile(home, QStringLiteral("devnet.json"),
                                                manifestWith(4, "http://127.0.0.1:45667"));
        const auto scene = TourScene::fromDevnetManifest(path);
        QVERIFY2(scene.ok(), scene.ok() ? "" : scene.error().message.c_str());
        QCOMPARE(scene->contacts.size(), std::size_t(2));
        QCOMPARE(scene->contacts[0].address, devAddress(kDevAccounts[1]));
        QCOMPARE(scene->contacts[0].label, QStringLiteral("Alice"));
        QCOMPARE(scene->contacts[1].address, devAddress(kDevAccounts[3]));
        QCOMPARE(scene->contacts[1].label, QStringLiteral("Carol"));
        QVERIFY(scene->watchOnly);
        QCOMPARE(scene->watchOnly->address, devAddress(kDevAccounts[2]));
        QCOMPARE(scene->watchOnly->label, QStringLiteral("Bob (watch-only)"));
        QCOMPARE(scene->devnetRpc, QUrl(QStringLiteral("http://127.0.0.1:45667")));
        QCOMPARE(scene->pendingRecipient, devAddress(kDevAccounts[1]));
    }

    void refusesABadDevnetManifest_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("not json") << QString("illegal value");
        QTest::newRow("an array") << QByteArray("[]") << QString("not a JSON object");
        QTest::newRow("three accounts")
            << manifestWith(3, "http://127.0.0.1:1") << QString("no address for dev account #3");
        QTest::newRow("no http endpoint")
            << manifestWith(4, "ws://127.0.0.1:1") << QString("no http rpcUrl");
        QTest::newRow("larger than 1 MiB")
            << QByteArray((1 << 20) + 1, ' ') << QString("larger than 1 MiB");
    }

    void refusesABadDevnetManifest()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QTemporaryDir home;
        const QString path = apptest::writeFile(home, QStringLiteral("devnet.json"), contents);
        const auto scene = TourScene::fromDevnetManifest(path);
        QVERIFY(!scene.ok());
        const QString message = QString::fromStdString(scene.error().message);
        QVERIFY2(message.startsWith("devnet manifest " + path + ": "), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
    }

    void holdsTheDemoTrafficStillAndContinuesIt()
    {
        // A process group led by a loop named as scripts/run names the traffic's.
        QProcess traffic;
        traffic.start(QStringLiteral("setsid"), {QStringLiteral("bash"), QStringLiteral("-c"),
                                                 QStringLiteral("while true; do sleep 1; done"),
                                                 QStringLiteral("seismic-demo-traffic")});
        QVERIFY(traffic.waitForStarted());
        const qint64 pid = traffic.processId();
        // setsid runs the loop in its place once it has made the group.
        QTRY_VERIFY2(commandLine(pid).startsWith("bash"), commandLine(pid).constData());
        QTemporaryDir home;
        const QString pidFile =
            apptest::writeFile(home, QStringLiteral("traffic.pid"), QByteArray::number(pid) + "\n");
        {
            DemoTraffic held(pidFile);
            const Status paused = held.pause();
            QVERIFY2(paused.ok(), paused.ok() ? "" : paused.error().message.c_str());
            QTRY_COMPARE(processState(pid), 'T');
            held.resume();
            QTRY_VERIFY(processState(pid) != 'T');
            // Held again, and continued when it goes.
            QVERIFY(held.pause().ok());
            QTRY_COMPARE(processState(pid), 'T');
        }
        QTRY_VERIFY(processState(pid) != 'T');
        traffic.kill();
        QVERIFY(traffic.waitForFinished());
    }

    void refusesToHoldAnotherProcess_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        const QByteArray self = QByteArray::number(QCoreApplication::applicationPid());
        QTest::newRow("this test")
            << self << QString("process " + self + " is not the demo traffic");
        QTest::newRow("not a number") << QByteArray("twelve") << QString("holds no process id");
        QTest::newRow("init") << QByteArray("1") << QString("holds no process id");
        QTest::newRow("every process") << QByteArray("-1") << QString("holds no process id");
    }

    void refusesToHoldAnotherProcess()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QTemporaryDir home;
        const QString pidFile = apptest::writeFile(home, QStringLiteral("traffic.pid"), contents);
        DemoTraffic traffic(pidFile);
        const Status paused = traffic.pause();
        QVERIFY(!paused.ok());
        const QString message = QString::fromStdString(paused.error().message);
        QVERIFY2(message.startsWith("the demo traffic: "), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QCOMPARE(processState(QCoreApplication::applicationPid()), 'R');
    }

    void refusesAMissingDevnetManifest()
    {
        QTemporaryDir home;
        const auto scene = TourScene::fromDevnetManifest(home.filePath(QStringLiteral("none")));
        QVERIFY(!scene.ok());
        QCOMPARE(scene.error().kind, ErrorKind::Io);
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshottour.moc"
