// SPDX-License-Identifier: MIT
// Settings: defaults, a round trip through the INI file, refusal of invalid values (from code
// and from a hand-edited file), and the settings and network dialogs driven by their widgets.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/NetworkDialog.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "support/AppTestSupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

NetworkConfig customNetwork(const QString& name = QStringLiteral("Staging"))
{
    NetworkConfig network;
    network.name = name;
    network.chainId = 777;
    network.httpUrls = {QStringLiteral("https://rpc-a.example.org/v1"),
                        QStringLiteral("https://rpc-b.example.org/v1")};
    network.wsUrls = {QStringLiteral("wss://rpc-a.example.org/ws")};
    return network;
}

QPushButton* okButton(const QDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void defaults()
    {
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        const QList<NetworkConfig> networks = settings.networks();
        QCOMPARE(networks.size(), 2);
        QCOMPARE(networks[0].chainId, quint64(5124));
        QCOMPARE(networks[0].httpUrls,
                 QStringList{QStringLiteral("https://testnet-1.seismictest.net/rpc")});
        QCOMPARE(networks[1].chainId, quint64(31337));
        QCOMPARE(settings.currentNetwork(), networks[0]);
        QCOMPARE(settings.connection(), ConnectionSettings{});
        QCOMPARE(settings.theme(), Theme::System);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(!settings.lastAccount());
        QCOMPARE(settings.findNetwork(QStringLiteral("31337"))->name, networks[1].name);
        QCOMPARE(settings.findNetwork(networks[1].name.toUpper())->chainId, quint64(31337));
        QVERIFY(!settings.findNetwork(QStringLiteral("mainnet")));
    }

    void roundTrip()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("settings.ini"));
        ConnectionSettings connection;
        connection.requestTimeoutMs = 2500;
        connection.maxAttempts = 7;
        connection.backoffBaseMs = 125;
        connection.requestsPerSecond = 3;
        connection.burst = 9;
        connection.maxConcurrentRequests = 2;
        const Address account = *Address::parse(apptest::kAnvilAddress);
        {
            SettingsModel settings(path);
            QSignalSpy networks(&settings, &SettingsModel::networksChanged);
            QSignalSpy current(&settings, &SettingsModel::currentNetworkChanged);
            QSignalSpy connectionChanges(&settings, &SettingsModel::connectionChanged);
            QVERIFY(settings.setCustomNetworks({customNetwork()}));
            QVERIFY(settings.setCustomNetworks({customNetwork()}));
            QCOMPARE(networks.count(), 1);
            QVERIFY(settings.setCurrentNetwork(QStringLiteral("Staging")));
            QVERIFY(settings.setCurrentNetwork(QStringLiteral("Staging")));
            QCOMPARE(current.count(), 1);
            QVERIFY(settings.setConnection(connection));
            QVERIFY(settings.setConnection(connection));
            QCOMPARE(connectionChanges.count(), 1);
            settings.setTheme(Theme::Dark);
            QVERIFY(settings.setLanguage(QStringLiteral("fr")));
            settings.setLastAccount(account);
        }
        SettingsModel reread(path);
        QCOMPARE(reread.customNetworks(), QList<NetworkConfig>{customNetwork()});
        QCOMPARE(reread.currentNetwork(), customNetwork());
        QCOMPARE(reread.connection(), connection);
        QCOMPARE(reread.theme(), Theme::Dark);
        QCOMPARE(reread.language(), QStringLiteral("fr"));
        QCOMPARE(reread.lastAccount(), account);

        // Removing the selected network falls back to the first preset, and says so.
        QSignalSpy current(&reread, &SettingsModel::currentNetworkChanged);
        QVERIFY(reread.setCustomNetworks({}));
        QCOMPARE(current.count(), 1);
        QCOMPARE(reread.currentNetwork().chainId, quint64(5124));
    }

    void refusesInvalidValues()
    {
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        NetworkConfig ftp = customNetwork();
        ftp.httpUrls = {QStringLiteral("ftp://files.example.org")};
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("must start with http")));
        QVERIFY(!settings.setCustomNetworks({ftp}));
        NetworkConfig taken = customNetwork(QStringLiteral("local devnet (SANVIL)"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already taken")));
        QVERIFY(!settings.setCustomNetworks({taken}));
        NetworkConfig swapped = customNetwork();
        std::swap(swapped.httpUrls, swapped.wsUrls);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("not an HTTP endpoint")));
        QVERIFY(!settings.setCustomNetworks({swapped}));
        QVERIFY(settings.customNetworks().isEmpty());

        ConnectionSettings tooFast;
        tooFast.requestTimeoutMs = 5;
        QVERIFY(!settings.setConnection(tooFast));
        QCOMPARE(settings.connection(), ConnectionSettings{});
        QVERIFY(!settings.setCurrentNetwork(QStringLiteral("Nowhere")));
        QVERIFY(!settings.setLanguage(QStringLiteral("tlh")));
        QVERIFY(settings.language().isEmpty());
    }

    void ignoresAHandEditedFileWithBadValues()
    {
        QTemporaryDir home;
        const QString path = apptest::writeFile(home, QStringLiteral("settings.ini"),
                                                "[connection]\n"
                                                "requestTimeoutMs=-5\n"
                                                "maxAttempts=lots\n"
                                                "burst=12\n"
                                                "[appearance]\n"
                                                "theme=purple\n"
                                                "language=xx\n"
                                                "[wallet]\n"
                                                "lastAccount=0x1234\n"
                                                "[customNetworks]\n"
                                                "1\\name=Good\n"
                                                "1\\chainId=9\n"
                                                "1\\httpUrls=http://127.0.0.1:9545\n"
                                                "2\\name=Bad\n"
                                                "2\\chainId=10\n"
                                                "2\\httpUrls=gopher://old.example.org\n"
                                                "size=2\n");
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("ignoring custom network 2")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("requestTimeoutMs")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("maxAttempts")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown theme")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown language")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("last account")));
        SettingsModel settings(path);
        QCOMPARE(settings.connection().requestTimeoutMs, ConnectionSettings{}.requestTimeoutMs);
        QCOMPARE(settings.connection().maxAttempts, ConnectionSettings{}.maxAttempts);
        QCOMPARE(settings.connection().burst, 12);
        QCOMPARE(settings.theme(), Theme::System);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(!settings.lastAccount());
        QCOMPARE(settings.customNetworks().size(), 1);
        QCOMPARE(settings.customNetworks()[0].name, QStringLiteral("Good"));
    }

    void networkDialogSaysWhatIsWrong()
    {
        QTemporaryDir home;
        const SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        NetworkDialog dialog({QStringLiteral("Seismic Testnet 1")}, settings);
        dialog.show();
        QLabel* message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(message->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("seismic testnet 1"));
        QCOMPARE(message->text(), QStringLiteral("The chain ID must be a positive whole number."));
        QTest::keyClicks(child<QLineEdit>(dialog, "chainIdEdit"), QStringLiteral("12a"));
        QCOMPARE(message->text(), QStringLiteral("The chain ID must be a positive whole number."));
        child<QLineEdit>(dialog, "chainIdEdit")->setText(QStringLiteral("777"));
        QCOMPARE(message->text(),
                 QStringLiteral("The network needs at least one HTTP or HTTPS endpoint."));

        auto* endpoints = child<QPlainTextEdit>(dialog, "endpointsEdit");
        endpoints->setPlainText(QStringLiteral("https://rpc.example.org\n\nftp://rpc.example.org"));
        QCOMPARE(message->text(),
                 QStringLiteral("Line 3: An endpoint must start with http://, https://, ws:// or "
                                "wss://."));
        endpoints->setPlainText(QStringLiteral("https://rpc.example.org\nwss://"));
        QCOMPARE(message->text(), QStringLiteral("Line 2: The URL has no host name."));
        endpoints->setPlainText(
            QStringLiteral(" https://rpc.example.org \nwss://rpc.example.org/ws"));
        QCOMPARE(message->text(),
                 QStringLiteral("There is already a network named “seismic testnet 1”."));
        QVERIFY(!okButton(dialog)->isEnabled());

        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Staging"));
        QVERIFY(message->isHidden());
        QVERIFY(okButton(dialog)->isEnabled());
        const NetworkConfig network = dialog.network();
        QCOMPARE(network.name, QStringLiteral("Staging"));
        QCOMPARE(network.chainId, quint64(777));
        QCOMPARE(network.httpUrls, QStringList{QStringLiteral("https://rpc.example.org")});
        QCOMPARE(network.wsUrls, QStringList{QStringLiteral("wss://rpc.example.org/ws")});
    }

    void unencryptedEndpointsNeedTheNetworksConsent()
    {
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        NetworkConfig plain = customNetwork(QStringLiteral("Plain"));
        plain.httpUrls = {QStringLiteral("http://rpc.example.org:8545/v2/KEY123")};
        plain.wsUrls = {QStringLiteral("ws://127.0.0.1:8546")}; // this computer: always fine
        const QString problem = plain.problem();
        QCOMPARE(problem,
                 QStringLiteral("“http://rpc.example.org:8545/…” is unencrypted and not on "
                                "this computer: anyone on the way could read and change "
                                "the traffic, including the node's TEE key. Use https://, "
                                "or allow unencrypted endpoints for this network."));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unencrypted")));
        QVERIFY(!settings.setCustomNetworks({plain}));

        plain.allowUnencrypted = true;
        QVERIFY(plain.problem().isEmpty());
        QVERIFY(plain.usesUnencryptedRemote());
        QVERIFY(!customNetwork().usesUnencryptedRemote());
        QVERIFY(settings.setCustomNetworks({plain}));
        SettingsModel reread(home.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(reread.customNetworks(), QList<NetworkConfig>{plain});
        QCOMPARE(plain.endpointsText(),
                 QStringLiteral("http://rpc.example.org:8545/…\nws://127.0.0.1:8546"));

        // The dialog: refused until allowed, then a warning stays in view.
        NetworkDialog dialog({}, reread);
        dialog.show();
        dialog.setNetwork(customNetwork(QStringLiteral("Plain")));
        auto* allow = child<QCheckBox>(dialog, "allowUnencryptedCheck");
        auto* warning = child<QLabel>(dialog, "unencryptedWarningLabel");
        QVERIFY(!allow->isChecked());
        QVERIFY(warning->isHidden());
        child<QPlainTextEdit>(dialog, "endpointsEdit")
            ->setPlainText(QStringLiteral("http://rpc.example.org:8545/v2/KEY123"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(child<QLabel>(dialog, "messageLabel")
                    ->text()
                    .startsWith(
                        QStringLiteral("Line 1: “http://rpc.example.org:8545/…” is unencrypted")));
        allow->setChecked(true);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!warning->isHidden());
        QVERIFY(dialog.network().allowUnencrypted);

        // The settings show the warning too, and the endpoints without their secrets.
        ChainModel chain;
        SettingsDialog settingsDialog(reread, chain);
        auto* networks = child<QComboBox>(settingsDialog, "networkCombo");
        networks->setCurrentText(QStringLiteral("Plain"));
        const QString shown = child<QLabel>(settingsDialog, "endpointsLabel")->text();
        QVERIFY2(shown.contains(NetworkConfig::unencryptedWarning()), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("KEY123")), qPrintable(shown));
    }

    void settingsDialogShowsTheEndpointsInUse()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        QVERIFY(context.settings().setCurrentNetwork(SettingsModel::builtInNetworks()[1].name));
        context.setEndpointOverrides({QStringLiteral("http://127.0.0.1:9545/secret/KEY123")}, {});
        SettingsDialog dialog(context.settings(), context.chain());
        const QString shown = child<QLabel>(dialog, "endpointsLabel")->text();
        QCOMPARE(shown,
                 QStringLiteral("Chain 31337\nFor this session, the endpoints from the command "
                                "line:\nhttp://127.0.0.1:9545/…"));
        QCOMPARE(child<QLabel>(dialog, "teeKeyLabel")->text(),
                 QStringLiteral("none yet: the first key a node presents is trusted"));
        QVERIFY(child<QPushButton>(dialog, "acceptTeeKeyButton")->isHidden());
    }

    void settingsDialogEditsTheModel()
    {
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        ChainModel chain;
        SettingsDialog dialog(settings, chain);
        dialog.show();

        auto* timeout = child<QSpinBox>(dialog, "timeoutSpin");
        QCOMPARE(timeout->value(), ConnectionSettings{}.requestTimeoutMs);
        QCOMPARE(timeout->minimum(), ConnectionSettings::kRequestTimeoutMs.minimum);
        timeout->setValue(3000);
        child<QSpinBox>(dialog, "attemptsSpin")->setValue(2);
        child<QSpinBox>(dialog, "rateSpin")->setValue(99999); // clamped to the range
        auto* theme = child<QComboBox>(dialog, "themeCombo");
        theme->setCurrentIndex(theme->findData(static_cast<int>(Theme::Dark)));
        auto* language = child<QComboBox>(dialog, "languageCombo");
        QCOMPARE(language->currentData().toString(), QString());
        language->setCurrentText(QStringLiteral("Deutsch"));

        // Add a custom network through the network dialog: it is selected.
        QTest::mouseClick(child<QPushButton>(dialog, "addNetworkButton"), Qt::LeftButton);
        auto* networkDialog = dialog.findChild<NetworkDialog*>();
        QVERIFY(networkDialog);
        QTRY_VERIFY(networkDialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(*networkDialog, "nameEdit"), QStringLiteral("Staging"));
        QTest::keyClicks(child<QLineEdit>(*networkDialog, "chainIdEdit"), QStringLiteral("777"));
        child<QPlainTextEdit>(*networkDialog, "endpointsEdit")
            ->setPlainText(QStringLiteral("https://rpc-a.example.org/v1\n"
                                          "wss://rpc-a.example.org/ws\n"
                                          "https://rpc-b.example.org/v1"));
        QTest::mouseClick(okButton(*networkDialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.findChild<NetworkDialog*>());
        QCOMPARE(child<QListWidget>(dialog, "customNetworkList")->count(), 1);
        auto* networks = child<QComboBox>(dialog, "networkCombo");
        QCOMPARE(networks->count(), 3);
        QCOMPARE(networks->currentText(), QStringLiteral("Staging"));
        QVERIFY(child<QLabel>(dialog, "endpointsLabel")->text().contains(QStringLiteral("rpc-b")));

        QSignalSpy current(&settings, &SettingsModel::currentNetworkChanged);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(current.count(), 1);
        QCOMPARE(settings.currentNetwork(), customNetwork());
        QCOMPARE(settings.connection().requestTimeoutMs, 3000);
        QCOMPARE(settings.connection().maxAttempts, 2);
        QCOMPARE(settings.connection().requestsPerSecond,
                 ConnectionSettings::kRequestsPerSecond.maximum);
        QCOMPARE(settings.theme(), Theme::Dark);
        QCOMPARE(settings.language(), QStringLiteral("de"));

        // Cancel changes nothing; Restore Defaults resets connection and theme.
        SettingsDialog second(settings, chain);
        second.show();
        QTest::mouseClick(
            child<QDialogButtonBox>(second, "buttons")->button(QDialogButtonBox::RestoreDefaults),
            Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(second, "timeoutSpin")->value(),
                 ConnectionSettings{}.requestTimeoutMs);
        QCOMPARE(child<QComboBox>(second, "languageCombo")->currentData().toString(), QString());
        second.reject();
        QCOMPARE(settings.language(), QStringLiteral("de"));
        QCOMPARE(settings.connection().requestTimeoutMs, 3000);
        settings.setTheme(Theme::System);
    }

    void chainFollowsTheSelectedNetwork()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        ChainModel& chain = context.chain();
        QCOMPARE(chain.network().chainId, quint64(5124));
        chain.setStatus(ConnectionStatus::Failed);
        chain.setLastError(QStringLiteral("transport error: connection refused"));

        QSignalSpy networkChanges(&chain, &ChainModel::networkChanged);
        QVERIFY(context.settings().setCurrentNetwork(SettingsModel::builtInNetworks()[1].name));
        QCOMPARE(networkChanges.count(), 1);
        QCOMPARE(chain.network().chainId, quint64(31337));
        // A new network starts from scratch.
        QCOMPARE(chain.status(), ConnectionStatus::NotConnected);
        QVERIFY(chain.lastError().isEmpty());

        context.setEndpointOverrides({QStringLiteral("http://127.0.0.1:9545")}, {});
        QCOMPARE(networkChanges.count(), 2);
        QCOMPARE(chain.network().httpUrls, QStringList{QStringLiteral("http://127.0.0.1:9545")});
        // All of them: the preset's WebSocket endpoint does not stay in the pool.
        QCOMPARE(chain.network().wsUrls, QStringList());
        // Session overrides are not saved.
        QCOMPARE(context.settings().currentNetwork().httpUrls,
                 QStringList{QStringLiteral("http://127.0.0.1:8545")});
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
