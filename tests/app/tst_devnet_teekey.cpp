// SPDX-License-Identifier: MIT
// The TEE key pinned per network, against the devnet: the first wallet connection pins the key
// the node presents (stored in the settings, shown in the network settings); a node presenting
// another key gets a read-only connection, sends say why and the main window warns; accepting
// the new key (in the warning) pins it and brings shielded sends back.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/service/SendService.h"
#include "app/view/MainWindow.h"
#include "client/TeePublicKey.h"
#include "client/WalletClient.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

constexpr int kNetworkMs = 20'000;
// Not an account the client's watcher tests count transfers of; this suite sends nothing.
constexpr int kAccount = 4;

struct Fixture
{
    explicit Fixture(const testing::DevnetManifest& manifest)
    {
        const auto local = context.settings().findNetwork(QStringLiteral("31337"));
        if (!local)
            qFatal("no built-in network for chain 31337");
        network = local->name;
        context.settings().setCurrentNetwork(network);
        context.setEndpointOverrides({manifest.rpcUrl}, {});
        context.wallet().unlock(
            *PrivateKey::fromHex(manifest.accounts.at(kAccount).privateKey.toStdString()));
        window.show();
    }

    QMessageBox* warning() const
    {
        return window.findChild<QMessageBox*>(QStringLiteral("teeKeyConflictBox"));
    }

    QString network;
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    MainWindow window{context};
};

} // namespace

class TestDevnetTeeKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void pinnedOnFirstUseChangeBlocksSendsUntilAccepted()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        ClientSession& session = f.context.session();
        SettingsModel& settings = f.context.settings();
        QVERIFY(!settings.teePublicKey(f.network));

        // First use: the key the node presented is pinned for the network.
        QTRY_VERIFY_WITH_TIMEOUT(session.walletClient(), kNetworkMs);
        const PublicKey nodeKey = session.walletClient()->encryption().teePublicKey();
        QCOMPARE(settings.teePublicKey(f.network), std::optional<PublicKey>(nodeKey));
        QVERIFY(f.context.send().unavailableReason().isEmpty());
        QVERIFY(f.context.chain().teeKeyConflict().isEmpty());
        {
            SettingsDialog dialog(settings, f.context.chain());
            const QString shown = child<QLabel>(dialog, "teeKeyLabel")->text();
            QCOMPARE(shown, QString::fromStdString(client::teePublicKeyHex(nodeKey)));
            QVERIFY(!child<QPushButton>(dialog, "acceptTeeKeyButton")->isVisible());
        }

        // The pin says another key (as if the node had changed its key since): read-only.
        const PublicKey pinned = PrivateKey::generate().publicKey();
        settings.setTeePublicKey(f.network, pinned);
        session.reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(f.context.chain().teeKeyConflict(),
                                  QString::fromStdString(client::teePublicKeyHex(nodeKey)),
                                  kNetworkMs);
        QTRY_VERIFY_WITH_TIMEOUT(session.publicClient(), kNetworkMs);
        QCOMPARE(session.walletClient(), nullptr);
        QVERIFY(!f.context.send().unavailableReason().isEmpty());
        QVERIFY2(f.context.chain().lastError().contains(QLatin1String("TEE key changed")),
                 qPrintable(f.context.chain().lastError()));
        // The pin stays until the user accepts.
        QCOMPARE(settings.teePublicKey(f.network), std::optional<PublicKey>(pinned));
        {
            SettingsDialog dialog(settings, f.context.chain());
            const QString shown = child<QLabel>(dialog, "teeKeyLabel")->text();
            QVERIFY2(shown.startsWith(QString::fromStdString(client::teePublicKeyHex(pinned))),
                     qPrintable(shown));
            QVERIFY(shown.contains(f.context.chain().teeKeyConflict()));
            QVERIFY(!child<QPushButton>(dialog, "acceptTeeKeyButton")->isHidden());
        }

        // The main window warns, in plain text, and offers to accept the new key.
        QTRY_VERIFY(f.warning());
        QMessageBox* warning = f.warning();
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        QVERIFY(warning->informativeText().contains(f.context.chain().teeKeyConflict()));
        QPushButton* accept = nullptr;
        for (QAbstractButton* button : warning->buttons()) {
            if (button->text() == QLatin1String("Accept the new key"))
                accept = qobject_cast<QPushButton*>(button);
        }
        QVERIFY(accept);
        accept->click();

        QTRY_VERIFY_WITH_TIMEOUT(session.walletClient(), kNetworkMs);
        QVERIFY(session.walletClient()->encryption().teePublicKey() == nodeKey);
        QCOMPARE(settings.teePublicKey(f.network), std::optional<PublicKey>(nodeKey));
        QVERIFY(f.context.chain().teeKeyConflict().isEmpty());
        QTRY_VERIFY(f.context.send().unavailableReason().isEmpty());
    }
};

QTEST_MAIN(TestDevnetTeeKey)
#include "tst_devnet_teekey.moc"
