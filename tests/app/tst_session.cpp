// SPDX-License-Identifier: MIT
// The command line and the start-up of the application: unattended import and unlock, the
// unlock dialog for the last account, options refused with a precise message.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/Translations.h"
#include "app/dialog/FirstRunDialog.h"
#include "app/dialog/UnlockDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "support/AppTestSupport.h"

#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

Result<AppOptions> parse(const QStringList& arguments)
{
    return AppOptions::fromCommandLine(QStringList{QStringLiteral("seismic-desktop")} + arguments);
}

QString errorOf(const Result<AppOptions>& options)
{
    return options ? QString() : QString::fromStdString(options.error().message);
}

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

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void parsesTheCommandLine()
    {
        QTemporaryDir home;
        const QString passwordFile = apptest::writeFile(home, QStringLiteral("password"),
                                                        "correct horse battery\r\nignored\n");
        const auto parsed =
            parse({QStringLiteral("--data-dir"), home.path(), QStringLiteral("--network"),
                   QStringLiteral("31337"), QStringLiteral("--rpc-url"),
                   QStringLiteral("http://127.0.0.1:9545"), QStringLiteral("--ws-url"),
                   QStringLiteral("ws://127.0.0.1:9546"), QStringLiteral("--import-key"),
                   QStringLiteral("key.txt"), QStringLiteral("--password-file"), passwordFile,
                   QStringLiteral("--lang"), QStringLiteral("de")});
        QVERIFY2(parsed.ok(), qPrintable(errorOf(parsed)));
        QCOMPARE(parsed->dataDirectory, home.path());
        QCOMPARE(parsed->network, QStringLiteral("31337"));
        QCOMPARE(parsed->rpcUrl, QStringLiteral("http://127.0.0.1:9545"));
        QCOMPARE(parsed->wsUrl, QStringLiteral("ws://127.0.0.1:9546"));
        QCOMPARE(parsed->importKeyFile, QStringLiteral("key.txt"));
        QCOMPARE(parsed->password, std::optional<QString>(apptest::kPassword));
        QCOMPARE(parsed->language, QStringLiteral("de"));

        const auto defaults = parse({});
        QVERIFY(defaults.ok());
        QVERIFY(!defaults->dataDirectory.isEmpty());
        QVERIFY(!defaults->password);
    }

    void refusesBadOptionsPrecisely()
    {
        QCOMPARE(
            errorOf(parse({QStringLiteral("--rpc-url"), QStringLiteral("ws://127.0.0.1:8545")})),
            QStringLiteral(
                "--rpc-url: “ws://127.0.0.1:8545” is a WebSocket URL; use --ws-url for it."));
        QCOMPARE(
            errorOf(parse({QStringLiteral("--ws-url"), QStringLiteral("https://rpc.example.org")})),
            QStringLiteral("--ws-url: “https://rpc.example.org:443” is not a WebSocket URL (ws:// "
                           "or wss://)."));
        QCOMPARE(errorOf(parse({QStringLiteral("--rpc-url"), QStringLiteral("localhost:8545")})),
                 QStringLiteral(
                     "--rpc-url: An endpoint must start with http://, https://, ws:// or wss://."));
        // The URL may hold an API key: only scheme, host and port are repeated.
        const QString keyed =
            errorOf(parse({QStringLiteral("--ws-url"),
                           QStringLiteral("https://alice:hunter2@rpc.example.org/v2/KEY123")}));
        QCOMPARE(keyed,
                 QStringLiteral("--ws-url: “https://rpc.example.org:443/…” is not a WebSocket "
                                "URL (ws:// or wss://)."));
        QCOMPARE(errorOf(parse({QStringLiteral("--kdf-max-memory"), QStringLiteral("2048")})),
                 QStringLiteral("--kdf-max-memory: a number of MiB from 1 to 1024"));
        QCOMPARE(errorOf(parse({QStringLiteral("--kdf-max-memory"), QStringLiteral("lots")})),
                 QStringLiteral("--kdf-max-memory: a number of MiB from 1 to 1024"));
        const auto generous = parse({QStringLiteral("--kdf-max-memory"), QStringLiteral("1024")});
        QVERIFY(generous.ok());
        QCOMPARE(generous->kdfMaxMemory, std::uint64_t(1) << 30);
        QCOMPARE(parse({})->kdfMaxMemory, kScryptDefaultMaxMemory);
        QCOMPARE(errorOf(parse({QStringLiteral("--lang"), QStringLiteral("xx-nowhere")})),
                 QStringLiteral("--lang: unknown language “xx-nowhere”"));
        QVERIFY(errorOf(parse({QStringLiteral("--password-file"),
                               QStringLiteral("/nonexistent/password")}))
                    .startsWith(
                        QStringLiteral("cannot read the password file /nonexistent/password: ")));
    }

    void importsAndUnlocksUnattended()
    {
        QTemporaryDir home;
        AppOptions first = options(home);
        first.importKeyFile =
            apptest::writeFile(home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        first.password = apptest::kPassword;
        first.network = QStringLiteral("31337");
        first.rpcUrl = QStringLiteral("http://127.0.0.1:9545");
        {
            DesktopSession session(first, apptest::fastKdf(), started());
            QSignalSpy ready(&session, &DesktopSession::ready);
            QVERIFY(session.start().ok());
            QTRY_COMPARE(ready.count(), 1);
            const WalletModel& wallet = session.context().wallet();
            QVERIFY(wallet.isUnlocked());
            QCOMPARE(wallet.account()->checksummed(), std::string(apptest::kAnvilAddress));
            QCOMPARE(session.context().chain().network().chainId, quint64(31337));
            QCOMPARE(session.context().chain().network().httpUrls,
                     QStringList{QStringLiteral("http://127.0.0.1:9545")});
            QCOMPARE(session.context().chain().network().wsUrls, QStringList());
            QVERIFY(session.window().isVisible());
            QVERIFY(!session.window().findChild<QDialog*>());
        }
        // Importing the same file again unlocks the stored account instead.
        {
            DesktopSession session(first, apptest::fastKdf(), started());
            QSignalSpy ready(&session, &DesktopSession::ready);
            QVERIFY(session.start().ok());
            QTRY_COMPARE(ready.count(), 1);
            QVERIFY(session.context().wallet().isUnlocked());
            QCOMPARE(session.context().accounts().accounts().size(), std::size_t(1));
        }
        // The next start remembers the network and the account, and unlocks it with the password.
        AppOptions second = options(home);
        second.password = apptest::kPassword;
        {
            DesktopSession session(second, apptest::fastKdf(), started());
            QSignalSpy ready(&session, &DesktopSession::ready);
            QVERIFY(session.start().ok());
            QTRY_COMPARE(ready.count(), 1);
            QVERIFY(session.context().wallet().isUnlocked());
            QCOMPARE(session.context().chain().network().chainId, quint64(31337));
            QCOMPARE(session.context().chain().network().httpUrls,
                     QStringList{QStringLiteral("http://127.0.0.1:8545")});
        }
        // A wrong password leaves the account locked and asks through the unlock dialog.
        second.password = QStringLiteral("not the password");
        DesktopSession session(second, apptest::fastKdf(), started());
        QSignalSpy ready(&session, &DesktopSession::ready);
        QTest::ignoreMessage(QtWarningMsg, "cannot unlock the account: wrong password");
        QVERIFY(session.start().ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!session.context().wallet().isUnlocked());
        QCOMPARE(session.context().wallet().account()->checksummed(),
                 std::string(apptest::kAnvilAddress));
        auto* dialog = session.window().findChild<UnlockDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(*dialog, "messageLabel")->text(), QStringLiteral("Wrong password."));
    }

    void asksForTheLastAccountsPassword()
    {
        QTemporaryDir home;
        AccountStore store(home.filePath(QStringLiteral("data/keystores")), apptest::fastKdf());
        QVERIFY(store.add(*PrivateKey::fromHex(apptest::kAnvilKey), apptest::kPassword).ok());
        // A network chosen before (no first-run choice).
        AppOptions local = options(home);
        local.network = QStringLiteral("31337");
        DesktopSession session(local, apptest::fastKdf(), started());
        QSignalSpy ready(&session, &DesktopSession::ready);
        QVERIFY(session.start().ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(session.context().wallet().account());
        auto* dialog = session.window().findChild<UnlockDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }

    void commandLineEndpointsReplaceTheNetworks()
    {
        QTemporaryDir home;
        AppOptions local = options(home);
        local.network = QStringLiteral("31337");
        local.rpcUrl = QStringLiteral("http://127.0.0.1:9545");
        {
            // The preset's WebSocket endpoint (tried first) does not stay in the pool.
            DesktopSession session(local, apptest::fastKdf(), started());
            QVERIFY(session.start().ok());
            const NetworkConfig& network = session.context().chain().network();
            QCOMPARE(network.httpUrls, QStringList{local.rpcUrl});
            QCOMPARE(network.wsUrls, QStringList());
            auto options =
                ClientSession::optionsFor(session.context().chain(), session.context().settings());
            QVERIFY(options.ok());
            QCOMPARE(options->endpoints, QList<QUrl>{QUrl(local.rpcUrl)});
        }

        // Plain HTTP to another computer: refused at start, naming only scheme, host and port.
        AppOptions remote = local;
        remote.rpcUrl = QStringLiteral("http://alice:hunter2@rpc.example.org/v2/KEY123");
        {
            DesktopSession session(remote, apptest::fastKdf(), started());
            const Status started = session.start();
            QVERIFY(!started.ok());
            QCOMPARE(started.error().kind, ErrorKind::InvalidArgument);
            const QString message = QString::fromStdString(started.error().message);
            QVERIFY2(message.startsWith(QStringLiteral(
                         "the endpoints of --rpc-url and --ws-url cannot be used for Local devnet "
                         "(sanvil): “http://rpc.example.org:80/…” is unencrypted and not on this "
                         "computer")),
                     qPrintable(message));
            for (const char* secret : {"alice", "hunter2", "KEY123"})
                QVERIFY2(!message.contains(QLatin1String(secret)), qPrintable(message));
        }

        // A WebSocket endpoint alone leaves the network without an HTTP one.
        AppOptions wsOnly = local;
        wsOnly.rpcUrl.clear();
        wsOnly.wsUrl = QStringLiteral("ws://127.0.0.1:9546");
        DesktopSession session(wsOnly, apptest::fastKdf(), started());
        const Status started = session.start();
        QVERIFY(!started.ok());
        QVERIFY2(QString::fromStdString(started.error().message)
                     .endsWith(QStringLiteral("The network needs at least one HTTP or HTTPS "
                                              "endpoint.")),
                 started.error().message.c_str());
    }

    void appliesTheLanguageOfTheSettings()
    {
        const QLocale before;
        QTemporaryDir home;
        SettingsModel(home.filePath(QStringLiteral("data/settings.ini")))
            .setLanguage(QStringLiteral("de"));
        Translations translations;
        {
            // The command line's language wins: the session leaves the translations alone.
            AppOptions french = options(home);
            french.language = QStringLiteral("fr");
            DesktopSession session(french, apptest::fastKdf(), started());
            session.setTranslations(&translations);
            QVERIFY(session.start().ok());
            QCOMPARE(session.window().menuBar()->actions().first()->text(),
                     QStringLiteral("&File"));
            QCOMPARE(QLocale().language(), before.language());
        }
        DesktopSession session(options(home), apptest::fastKdf(), started());
        session.setTranslations(&translations);
        QVERIFY(session.start().ok());
        QCOMPARE(session.window().menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QLocale::setDefault(before);
    }

    void theFirstStartAsksOnceAndOffline()
    {
        QTemporaryDir home;
        {
            DesktopSession session(options(home), apptest::fastKdf(), started());
            QSignalSpy ready(&session, &DesktopSession::ready);
            QVERIFY(session.start().ok());
            QTRY_COMPARE(ready.count(), 1);
            auto* dialog = session.window().findChild<FirstRunDialog*>();
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            // Nothing is connected to before the choice.
            QCOMPARE(session.context().chain().status(), ConnectionStatus::NotConnected);
            child<QRadioButton>(*dialog, "localNodeRadio")->setChecked(true);
            child<QPushButton>(*dialog, "connectButton")->click();
            QCOMPARE(session.context().chain().network().name,
                     SettingsModel::builtInNetworks().at(1).name);
            QTRY_VERIFY(session.context().chain().status() != ConnectionStatus::NotConnected);
            QCOMPARE(ready.count(), 1);
        }
        // The choice is made: the next start goes straight on.
        DesktopSession session(options(home), apptest::fastKdf(), started());
        QSignalSpy ready(&session, &DesktopSession::ready);
        QVERIFY(session.start().ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!session.window().findChild<FirstRunDialog*>());
    }

    void commandLineEndpointsSkipTheFirstRun()
    {
        QTemporaryDir home;
        AppOptions endpoint = options(home);
        endpoint.rpcUrl = QStringLiteral("http://127.0.0.1:9545");
        DesktopSession session(endpoint, apptest::fastKdf(), started());
        QSignalSpy ready(&session, &DesktopSession::ready);
        QVERIFY(session.start().ok());
        QTRY_COMPARE(ready.count(), 1);
        QVERIFY(!session.window().findChild<FirstRunDialog*>());
    }

    void refusesAnUnknownNetwork()
    {
        QTemporaryDir home;
        AppOptions unknown = options(home);
        unknown.network = QStringLiteral("mainnet");
        DesktopSession session(unknown, apptest::fastKdf(), started());
        const Status started = session.start();
        QCOMPARE(started.error().kind, ErrorKind::NotFound);
        QCOMPARE(QString::fromStdString(started.error().message),
                 QStringLiteral("no network named mainnet; the networks are: Seismic Testnet 1, "
                                "Local devnet (sanvil)"));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
