// SPDX-License-Identifier: MIT
// The first run's choice of network (at start: tst_session), the network switcher, adding a network
// selects it, and the network dialog's connection test (its failures; tst_devnet_networks reads a
// real node).
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/FirstRunDialog.h"
#include "app/dialog/NetworkDialog.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"
#include "support/AppTestSupport.h"
#include "support/WindowFixture.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

QString settingsPath(const QTemporaryDir& home)
{
    return home.filePath(QStringLiteral("settings.ini"));
}

void fillNetwork(NetworkDialog& dialog, const QString& name, const QString& chainId,
                 const QString& endpoints)
{
    child<QLineEdit>(dialog, "nameEdit")->setText(name);
    child<QLineEdit>(dialog, "chainIdEdit")->setText(chainId);
    child<QPlainTextEdit>(dialog, "endpointsEdit")->setPlainText(endpoints);
}

QPushButton* okButton(const QDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void firstRunChoosesAPreset()
    {
        QTemporaryDir home;
        SettingsModel settings(settingsPath(home));
        QVERIFY(!settings.hasChosenNetwork());
        FirstRunDialog dialog(settings);
        dialog.show();
        QVERIFY(child<QRadioButton>(dialog, "testnetRadio")->isChecked());
        child<QRadioButton>(dialog, "localNodeRadio")->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QPushButton>(dialog, "connectButton")->click();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(settings.hasChosenNetwork());
        QCOMPARE(settings.currentNetwork().httpUrls, QStringList{"http://127.0.0.1:8545"});
        // Kept for the next start.
        QVERIFY(SettingsModel(settingsPath(home)).hasChosenNetwork());
    }

    void firstRunAddsACustomNetworkOrStaysOpen()
    {
        QTemporaryDir home;
        SettingsModel settings(settingsPath(home));
        FirstRunDialog dialog(settings);
        dialog.show();
        child<QRadioButton>(dialog, "customNetworkRadio")->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QPushButton>(dialog, "connectButton")->click();
        auto* network = child<NetworkDialog>(dialog, "customNetworkDialog");
        QTRY_VERIFY(network->isVisible());
        // Cancelled: nothing is chosen and the choice stays open.
        network->reject();
        QCOMPARE(accepted.count(), 0);
        QVERIFY(!settings.hasChosenNetwork());
        QVERIFY(dialog.isVisible());

        // The cancelled one goes.
        QTRY_VERIFY(!dialog.findChild<NetworkDialog*>());
        child<QPushButton>(dialog, "connectButton")->click();
        network = dialog.findChild<NetworkDialog*>(QStringLiteral("customNetworkDialog"));
        QVERIFY(network);
        // A name already taken is refused, so the dialog cannot add a second "Seismic Testnet 1".
        fillNetwork(*network, SettingsModel::builtInNetworks().first().name, QStringLiteral("9"),
                    QStringLiteral("http://127.0.0.1:9545"));
        QVERIFY(!okButton(*network)->isEnabled());
        fillNetwork(*network, QStringLiteral("Mine"), QStringLiteral("9"),
                    QStringLiteral("http://127.0.0.1:9545"));
        okButton(*network)->click();
        QCOMPARE(accepted.count(), 1);
        QCOMPARE(settings.currentNetwork().name, QStringLiteral("Mine"));
        QCOMPARE(settings.currentNetwork().chainId, quint64(9));
    }

    void theConnectionTestSaysWhyItFailed()
    {
        QTemporaryDir home;
        SettingsModel settings(settingsPath(home));
        NetworkDialog dialog({}, settings);
        dialog.show();
        auto* test = child<QPushButton>(dialog, "testConnectionButton");
        QVERIFY(!test->isEnabled());
        // No chain id and no name yet: enough to test the endpoints.
        fillNetwork(dialog, {}, {}, QStringLiteral("http://127.0.0.1:1"));
        QVERIFY(test->isEnabled());
        QVERIFY(!okButton(dialog)->isEnabled());
        QSignalSpy tested(&dialog, &NetworkDialog::connectionTested);
        test->click();
        QVERIFY(!test->isEnabled());
        auto* result = child<QLabel>(dialog, "connectionResultLabel");
        QCOMPARE(result->text(), QStringLiteral("Connecting…"));
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30'000);
        QCOMPARE(tested.first().first().toBool(), false);
        QVERIFY2(result->text().startsWith(QStringLiteral("The connection test failed.")),
                 qPrintable(result->text()));
        QVERIFY(test->isEnabled());
        QCOMPARE(child<QLineEdit>(dialog, "chainIdEdit")->text(), QString());

        // Plain HTTP to another computer is refused before any connection.
        fillNetwork(dialog, {}, {}, QStringLiteral("http://rpc.example.org"));
        QVERIFY(!test->isEnabled());
    }

    void theSwitcherSelectsAndAddsNetworks()
    {
        apptest::WindowFixture f;
        SettingsModel& settings = f.context.settings();
        auto* menu = child<QMenu>(f.window, "networkMenu");
        QMetaObject::invokeMethod(menu, "aboutToShow");
        const QList<QAction*> actions = menu->actions();
        // The presets, a separator, "Add Network…".
        QCOMPARE(actions.size(), 4);
        QVERIFY(actions.at(0)->isChecked());
        QCOMPARE(actions.at(1)->text(), SettingsModel::builtInNetworks().at(1).name);
        actions.at(1)->trigger();
        QCOMPARE(f.context.chain().network().name, SettingsModel::builtInNetworks().at(1).name);

        f.window.openAddNetworkDialog();
        auto* dialog = f.window.findChild<NetworkDialog*>();
        QVERIFY(dialog);
        fillNetwork(*dialog, QStringLiteral("Added"), QStringLiteral("5"),
                    QStringLiteral("http://127.0.0.1:9545"));
        okButton(*dialog)->click();
        QCOMPARE(settings.currentNetwork().name, QStringLiteral("Added"));
        QCOMPARE(f.context.chain().network().name, QStringLiteral("Added"));
        QMetaObject::invokeMethod(menu, "aboutToShow");
        QCOMPARE(menu->actions().size(), 5);
        QVERIFY(menu->actions().at(2)->isChecked());
    }

    void settingsSelectAnAddedNetworkAndKeepTheAutoLock()
    {
        QTemporaryDir home;
        SettingsModel settings(settingsPath(home));
        QCOMPARE(settings.autoLockMinutes(), 15);
        ChainModel chain;
        SettingsDialog dialog(settings, chain);
        dialog.show();
        child<QPushButton>(dialog, "addNetworkButton")->click();
        auto* network = dialog.findChild<NetworkDialog*>();
        QVERIFY(network);
        fillNetwork(*network, QStringLiteral("Added"), QStringLiteral("5"),
                    QStringLiteral("http://127.0.0.1:9545"));
        okButton(*network)->click();
        QCOMPARE(child<QComboBox>(dialog, "networkCombo")->currentText(), QStringLiteral("Added"));
        auto* autoLock = child<QSpinBox>(dialog, "autoLockSpin");
        QCOMPARE(autoLock->value(), 15);
        autoLock->setValue(0);
        QCOMPARE(autoLock->text(), QStringLiteral("Never"));
        autoLock->setValue(3);
        dialog.accept();
        QCOMPARE(settings.currentNetwork().name, QStringLiteral("Added"));
        QCOMPARE(settings.autoLockMinutes(), 3);
        QCOMPARE(SettingsModel(settingsPath(home)).autoLockMinutes(), 3);
        QVERIFY(!settings.setAutoLockMinutes(-1));
        QVERIFY(!settings.setAutoLockMinutes(24 * 60 + 1));
        QCOMPARE(settings.autoLockMinutes(), 3);
    }
};

QTEST_MAIN(TestNetworks)
#include "tst_networks.moc"
