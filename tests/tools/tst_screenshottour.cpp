// SPDX-License-Identifier: MIT
// The screenshot tour: every page saved once the pages show their data, a precise account of
// what is missing when they do not in time, an output it cannot write reported as such.
#include "ScreenshotTour.h"
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/model/WalletModel.h"
#include "app/support/AppTestSupport.h"

#include <QDir>
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
        ScreenshotTour tour(session, {}, output, 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QCOMPARE(tour.missing(), QStringList{"the start-up (import, unlock) is not done"});
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errorOf(finished), QString());
        QVERIFY(tour.missing().isEmpty());
        const QDir shots(output);
        QCOMPARE(shots.entryList(QDir::Files).size(), 10);
        for (const char* name : {"overview", "send", "transfers", "history", "viewing-key", "log",
                                 "accounts", "address-book", "charts", "settings"}) {
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
        ScreenshotTour tour(session, {}, output, 500ms);
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
        ScreenshotTour tour(session, {}, blocker + QStringLiteral("/shots"), 60s);
        QSignalSpy finished(&tour, &ScreenshotTour::finished);
        tour.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(errorOf(finished), QStringLiteral("cannot create %1/shots").arg(blocker));
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshottour.moc"
