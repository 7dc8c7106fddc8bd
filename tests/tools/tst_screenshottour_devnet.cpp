// SPDX-License-Identifier: MIT
// The screenshot tour on a devnet of the suite's own, with the demo's scene from its manifest:
// the contacts and the watch-only account are added through the app's services, a transfer to
// Alice is saved pending while mining is paused and confirmed once it is resumed, and every
// picture is saved, the Receive dialog's and the Notifications tab's included.
#include "ScreenshotTour.h"
#include "TestSupport.h"
#include "TourScene.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/model/AddressBook.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "app/service/SendService.h"
#include "app/support/AppTestSupport.h"
#include "store/WatchOnlyAccountStore.h"
#include "support/DevnetManifest.h"
#include "support/OwnDevnet.h"

#include <QDir>
#include <QSignalSpy>

using namespace std::chrono_literals;
using namespace seismic;
using namespace seismic::app;

namespace {

// The tour's own deadline; the test waits a little longer, for its answer.
constexpr std::chrono::milliseconds kTourDeadline = 120s;

QElapsedTimer started()
{
    QElapsedTimer timer;
    timer.start();
    return timer;
}

} // namespace

class TestScreenshotTourDevnet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<testing::OwnDevnet> m_devnet;
    QString m_manifestPath;

    // The demo account (dev account #0) imported and unlocked on the suite's devnet.
    AppOptions demoOptions(const QTemporaryDir& home, std::uint64_t chainId) const
    {
        AppOptions options;
        options.dataDirectory = home.filePath(QStringLiteral("data"));
        options.importKeyFile =
            apptest::writeFile(home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        options.password = apptest::kPassword;
        options.network = QString::number(chainId);
        options.rpcUrl = m_devnet->url(QStringLiteral("http")).toString();
        options.wsUrl = m_devnet->url(QStringLiteral("ws")).toString();
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        LOAD_DEVNET_MANIFEST(shared); // for the devnet tool
        Q_UNUSED(shared);
        auto tool = testing::OwnDevnet::findTool();
        QVERIFY2(tool.ok(), tool.ok() ? "" : tool.error().message.c_str());
        // Its own: the tour pauses its mining.
        m_manifestPath = m_dir.filePath(QStringLiteral("tour.json"));
        m_devnet = std::make_unique<testing::OwnDevnet>(*tool, m_manifestPath);
        QVERIFY(m_devnet->start());
    }

    void cleanupTestCase()
    {
        if (m_devnet)
            QVERIFY(m_devnet->stop());
    }

    void setsTheSceneUpAndShowsATransferPending()
    {
        auto manifest = testing::DevnetManifest::loadFrom(m_manifestPath);
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : manifest.error().message.c_str());
        auto scene = TourScene::fromDevnetManifest(m_manifestPath);
        QVERIFY2(scene.ok(), scene.ok() ? "" : scene.error().message.c_str());
        const Address demo = manifest->accounts[0].address;
        const Address alice = manifest->accounts[1].address;
        const Address bob = manifest->accounts[2].address;
        const Address carol = manifest->accounts[3].address;

        QTemporaryDir home;
        DesktopSession session(demoOptions(home, manifest->chainId), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        AppContext& context = session.context();
        const QString output = home.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(session, {}, std::move(scene).value(), output, kTourDeadline);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        bool seenPending = false;
        connect(&context.send(), &SendService::recordChanged, this,
                [&seenPending](const TxRecord& record) {
                    seenPending |= record.stage == SendStage::Sent && record.isPending();
                });
        tour.start();
        QVERIFY(finished.wait(static_cast<int>((kTourDeadline + 10s).count())));
        QCOMPARE(finished.first().first().toString(), QString());
        QVERIFY(tour.missing().isEmpty());

        // The scene, through the app's services; the demo's account is still the current one.
        QCOMPARE(context.wallet().account(), std::optional<Address>(demo));
        const AddressBook& book = context.addressBook();
        QCOMPARE(book.contacts().size(), std::size_t(2));
        QCOMPARE(book.labelFor(alice), QStringLiteral("Alice"));
        QCOMPARE(book.labelFor(carol), QStringLiteral("Carol"));
        QCOMPARE(book.labelFor(bob), QStringLiteral("Bob (watch-only)"));
        const auto watched = store::WatchOnlyAccountStore(context.store()).all();
        QVERIFY(watched.ok());
        QCOMPARE(watched->size(), std::size_t(1));
        QCOMPARE(watched->front().address, bob);

        // One transfer of the native coin to Alice: sent, pending while the picture was taken,
        // then confirmed, so mining went on.
        const TxHistoryModel& history = *context.wallet().history();
        QCOMPARE(history.rowCount(), 1);
        const TxRecord& sent = history.record(0);
        QCOMPARE(sent.recipient.value_or(sent.to), alice);
        QCOMPARE(sent.amount, QStringLiteral("1 ETH"));
        QCOMPARE(sent.status, client::TxStatus::Confirmed);
        QVERIFY(seenPending);

        const QDir shots(output);
        const QStringList names = {"overview",
                                   "send",
                                   "transfers",
                                   "history",
                                   "viewing-key",
                                   "log",
                                   "accounts",
                                   "address-book",
                                   "charts",
                                   "pending",
                                   "receive",
                                   "settings",
                                   "settings-notifications"};
        QCOMPARE(shots.entryList(QDir::Files).size(), names.size());
        for (const QString& name : names) {
            const QImage picture(shots.filePath(name + ".png"));
            QVERIFY2(!picture.isNull(), qPrintable(name));
            QVERIFY(picture.width() >= 320 && picture.height() >= 200);
        }
    }

    void saysWhenTheMiningCannotBePaused()
    {
        // The session's node is the devnet; the endpoint given for its mining refuses
        // connections: nothing is sent, and no picture saved.
        auto manifest = testing::DevnetManifest::loadFrom(m_manifestPath);
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : manifest.error().message.c_str());
        auto scene = TourScene::fromDevnetManifest(m_manifestPath);
        QVERIFY2(scene.ok(), scene.ok() ? "" : scene.error().message.c_str());
        scene->devnetRpc = QUrl(QStringLiteral("http://127.0.0.1:1"));
        QTemporaryDir home;
        DesktopSession session(demoOptions(home, manifest->chainId), apptest::fastKdf(), started());
        QVERIFY(session.start().ok());
        const QString output = home.filePath(QStringLiteral("shots"));
        ScreenshotTour tour(session, {}, std::move(scene).value(), output, kTourDeadline);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QVERIFY(finished.wait(static_cast<int>((kTourDeadline + 10s).count())));
        const QString error = finished.first().first().toString();
        QVERIFY2(error.startsWith("cannot pause the devnet's mining: "), qPrintable(error));
        QCOMPARE(session.context().wallet().history()->rowCount(), 0);
        QVERIFY(!QDir(output).exists());
    }
};

QTEST_MAIN(TestScreenshotTourDevnet)
#include "tst_screenshottour_devnet.moc"
