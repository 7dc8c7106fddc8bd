// SPDX-License-Identifier: MIT
// The network dialog's "Test Connection" against the devnet: it fills in the chain id and shows
// the node's TEE key, and a wrong chain id entered is replaced by the node's.
#include "app/AppIdentity.h"
#include "app/dialog/NetworkDialog.h"
#include "app/model/SettingsModel.h"
#include "client/TeePublicKey.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

class TestDevnetNetworks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void testConnectionReadsChainAndTeeKey()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        NetworkDialog dialog({}, settings);
        dialog.show();
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Devnet"));
        child<QPlainTextEdit>(dialog, "endpointsEdit")->setPlainText(manifest.rpcUrl);
        QSignalSpy tested(&dialog, &NetworkDialog::connectionTested);
        child<QPushButton>(dialog, "testConnectionButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 30'000);
        auto* result = child<QLabel>(dialog, "connectionResultLabel");
        QVERIFY2(tested.first().first().toBool(), qPrintable(result->text()));
        QCOMPARE(child<QLineEdit>(dialog, "chainIdEdit")->text(),
                 QString::number(manifest.chainId));
        const auto key = client::parsePinnedTeePublicKey(manifest.teePublicKey.toStdString());
        QVERIFY(key.ok());
        QCOMPARE(result->text(), QStringLiteral("Connected: chain %1, TEE key %2")
                                     .arg(manifest.chainId)
                                     .arg(QString::fromStdString(client::teePublicKeyHex(*key))));
        // The network is complete now.
        QVERIFY(
            child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());

        // A wrong chain id entered: the node's is not what the network expects.
        child<QLineEdit>(dialog, "chainIdEdit")->setText(QStringLiteral("7"));
        child<QPushButton>(dialog, "testConnectionButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 30'000);
        QCOMPARE(tested.last().first().toBool(), false);
        QVERIFY2(result->text().startsWith(QStringLiteral("The connection test failed.")),
                 qPrintable(result->text()));
    }
};

QTEST_MAIN(TestDevnetNetworks)
#include "tst_devnet_networks.moc"
