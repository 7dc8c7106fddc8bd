// SPDX-License-Identifier: MIT
// Against the devnet: the network dialog's "Test Connection" fills in the chain id and shows the
// node's TEE key (a wrong chain id entered is an error), and the Accounts page reads the balance
// of every account, key or watch-only.
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/NetworkDialog.h"
#include "app/model/SettingsModel.h"
#include "app/view/AccountsPage.h"
#include "app/wallet/AccountStore.h"
#include "client/TeePublicKey.h"
#include "store/WatchOnlyAccountStore.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
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

    void accountsPageReadsEveryBalance()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        NetworkConfig network;
        network.name = QStringLiteral("Devnet");
        network.chainId = manifest.chainId;
        network.httpUrls = {manifest.rpcUrl};
        QVERIFY(context.settings().setCustomNetworks({network}));
        QVERIFY(context.settings().setCurrentNetwork(network.name));
        // A fresh key holds nothing; a dev account (watched) holds its ETH.
        AccountStore keys(context.accounts().directory(), apptest::fastKdf());
        QVERIFY(keys.add(PrivateKey::generate(), apptest::kPassword).ok());
        QVERIFY(store::WatchOnlyAccountStore(context.store())
                    .add({manifest.accounts.at(0).address, QDateTime::currentDateTimeUtc(),
                          std::nullopt})
                    .ok());
        AccountsPage page(context);
        auto* table = child<QTableWidget>(page, "accountsTable");
        QCOMPARE(table->rowCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(table->item(0, 3)->text(), QStringLiteral("0 ETH"), 30'000);
        QCOMPARE(table->item(0, 3)->toolTip(), QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(table->item(1, 3)->text().endsWith(QStringLiteral(" ETH")),
                                 30'000);
        QVERIFY(table->item(1, 3)->text() != QStringLiteral("0 ETH"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("Watch-only"));
    }
};

QTEST_MAIN(TestDevnetNetworks)
#include "tst_devnet_networks.moc"
