// SPDX-License-Identifier: MIT
// Against the devnet: the transfer monitor's transfersStored signal says which transfers came
// live, and a token transfer to the account sent while watching reaches the tray (a fake one)
// and the Charts page; the transfers of the backfill reach the charts but never the tray.
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/service/NotificationTray.h"
#include "app/service/TransferMonitor.h"
#include "app/service/TransferNotifications.h"
#include "app/view/ChartsPage.h"
#include "app/view/MainWindow.h"
#include "client/TokenTransfer.h"
#include "client/WalletClient.h"
#include "core/Units.h"
#include "rpc/support/AsyncTest.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"
#include "support/DevnetTransfers.h"

#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::app;
using namespace std::chrono_literals;

namespace {

// Not an account the other suites send to or count (they use 0 and 5 to 9). DUSD has six
// decimals.
constexpr int kWatchedAccount = 3;
constexpr int kSenderAccount = 0;
constexpr int kNetworkMs = 20'000;

class FakeTray : public NotificationTray
{
public:
    void showNotification(const QString& title, const QString& text) override
    {
        shown.append(title + QStringLiteral(": ") + text);
    }
    QStringList shown;
};

// An ERC20 transfer from `sender`, sent with the client library; its hash once confirmed.
QCoro::Task<Result<Hash>> sendErc20(QString rpcUrl, PrivateKey sender, Address token, Address to,
                                    Uint256 amount)
{
    auto wallet =
        co_await client::WalletClient::connect(client::ClientOptions::forUrl(QUrl(rpcUrl)), sender);
    if (!wallet)
        co_return std::move(wallet).error();
    auto call = client::tokenTransfer(client::TokenKind::Erc20, token, to, amount);
    auto hash = co_await (*wallet)->sendTransparentTransaction(std::move(call.request));
    if (!hash)
        co_return std::move(hash).error();
    co_return co_await apptest::confirmedHash(wallet->get(), *hash);
}

bool holds(const QList<QList<QVariant>>& deliveries, const Hash& hash, bool live)
{
    for (const auto& delivery : deliveries) {
        if (delivery.at(1).toBool() != live)
            continue;
        for (const auto& transfer : delivery.at(0).value<std::vector<store::TransferRecord>>())
            if (transfer.txHash == hash)
                return true;
    }
    return false;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<seismic::store::TransferRecord>)

class TestDevnetNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        setApplicationIdentity();
        qRegisterMetaType<std::vector<store::TransferRecord>>();
    }

    void liveTransfersReachTheTrayAndTheCharts()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        const Address dusd = manifest.contract(QStringLiteral("Erc20Token"));
        const Address me = manifest.accounts.at(kWatchedAccount).address;
        const auto key = [&manifest](int account) {
            return *PrivateKey::fromHex(manifest.accounts.at(account).privateKey.toStdString());
        };
        // One transfer before the watch: the backfill's.
        auto before = testing::awaitTask(
            sendErc20(manifest.rpcUrl, key(kSenderAccount), dusd, me, *parseUnits("1", 6)),
            std::chrono::milliseconds(kNetworkMs));
        QVERIFY(before);
        QVERIFY2(before->ok(), before->ok() ? "" : before->error().describe().c_str());

        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        context.settings().setCurrentNetwork(
            context.settings().findNetwork(QStringLiteral("31337"))->name);
        context.setEndpointOverrides({manifest.rpcUrl}, {manifest.wsUrl});
        MainWindow window(context);
        FakeTray tray;
        window.notifications().setTray(tray);
        auto* charts = window.findChild<ChartsPage*>(QStringLiteral("chartsPage"));
        QVERIFY(charts);
        QSignalSpy stored(&context.transferMonitor(), &TransferMonitor::transfersStored);
        window.show();
        context.wallet().setAccount(me);
        context.wallet().unlock(key(kWatchedAccount));
        QTRY_VERIFY_WITH_TIMEOUT(context.session().walletClient(), kNetworkMs);
        auto added = testing::awaitTask(context.balances().addToken(dusd),
                                        std::chrono::milliseconds(kNetworkMs));
        QVERIFY(added && added->ok());
        QTRY_COMPARE_WITH_TIMEOUT(context.transferMonitor().state(), TransferMonitor::State::Live,
                                  kNetworkMs);
        QVERIFY(holds(stored, **before, false));
        QCOMPARE(tray.shown, QStringList());
        QCOMPARE(charts->series().tokens().size(), std::size_t(1));
        const auto balance = [charts] {
            const auto points = charts->series().balancePoints(charts->series().tokens().front());
            return points.isEmpty() ? 0.0 : points.last().y();
        };
        const double balanceBefore = balance();

        auto live = testing::awaitTask(
            sendErc20(manifest.rpcUrl, key(kSenderAccount), dusd, me, *parseUnits("2.5", 6)),
            std::chrono::milliseconds(kNetworkMs));
        QVERIFY(live && live->ok());
        QTRY_VERIFY_WITH_TIMEOUT(holds(stored, **live, true), kNetworkMs);
        QCOMPARE(tray.shown.size(), 1);
        QVERIFY2(tray.shown.first().contains(QStringLiteral("2.5 DUSD from ")),
                 qPrintable(tray.shown.first()));
        const auto& token = charts->series().tokens().front();
        QCOMPARE(token.symbol, QStringLiteral("DUSD"));
        QCOMPARE(balance() - balanceBefore, 2.5);
    }
};

QTEST_MAIN(TestDevnetNotifications)
#include "tst_devnet_notifications.moc"
