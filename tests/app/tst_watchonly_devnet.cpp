// SPDX-License-Identifier: MIT
// A watch-only account with a viewing key, against the devnet, through the Accounts page: the
// key file of an Intelligence provider (from the devnet's manifest) opens the SRC20 amounts of
// the account's transfers, and of every transfer of the token when the whole token is watched;
// without it the same transfers are listed without amounts (who can read them shown), and
// giving the key later opens those rows in place, one row per transfer.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/AddressEntryDialog.h"
#include "app/model/SettingsModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "app/service/TransferMonitor.h"
#include "app/view/AccountsPage.h"
#include "app/view/MainWindow.h"
#include "core/Units.h"
#include "rpc/support/AsyncTest.h"
#include "support/AppTestSupport.h"
#include "support/DevnetManifest.h"
#include "support/DevnetTransfers.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

// The dev account watched, and the one it trades with. Not 7 to 9: the client's watcher tests
// count every transfer that touches those.
constexpr int kWatchedAccount = 2;
constexpr int kOtherAccount = 1;
constexpr int kStrangerAccount = 3;
// Network round trips on a busy machine: generous, QTRY_ returns as soon as it holds.
constexpr int kNetworkMs = 20'000;

PrivateKey devnetKey(const testing::DevnetManifest& manifest, int account)
{
    return *PrivateKey::fromHex(manifest.accounts.at(account).privateKey.toStdString());
}

struct Fixture
{
    explicit Fixture(const testing::DevnetManifest& manifest)
        : manifest(manifest)
        , sdt(manifest.contract(QStringLiteral("Src20Token")))
        , watched(manifest.accounts.at(kWatchedAccount).address)
    {
        SettingsModel& settings = context.settings();
        const auto local = settings.findNetwork(QStringLiteral("31337"));
        if (!local)
            qFatal("no built-in network for chain 31337");
        settings.setCurrentNetwork(local->name);
        // A watch-only account cannot read a token's metadata by signed read: listed by hand.
        TokenBalance token;
        token.kind = TokenKind::Src20;
        token.contract = sdt;
        token.name = QStringLiteral("Seismic Dev Token");
        token.symbol = QStringLiteral("SDT");
        settings.setTokens(local->name, {token});
        context.setEndpointOverrides({manifest.rpcUrl}, {manifest.wsUrl});
        window.show();
        window.showPage(MainWindow::Page::Accounts);
    }

    AccountsPage& page() const { return *child<AccountsPage>(window, "accountsPage"); }

    // Connected; the watch backfills from the head of now, so that it reads only what follows.
    void connect()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            context.session().publicClient() && context.session().blockNumber() > 0, kNetworkMs);
        context.transferMonitor().setFromBlock(context.session().blockNumber());
    }

    // Connected, two SRC20 transfers, to and from the watched account; their transaction
    // hashes.
    std::vector<Hash> connectAndSendTraffic()
    {
        connect();
        std::vector<Hash> hashes;
        const Address other = manifest.accounts.at(kOtherAccount).address;
        for (const auto& [from, to, amount] : {std::tuple{kOtherAccount, watched, "12.5"},
                                               std::tuple{kWatchedAccount, other, "3"}}) {
            auto sent =
                testing::awaitTask(apptest::sendSrc20(manifest.rpcUrl, devnetKey(manifest, from),
                                                      sdt, to, *parseUnits(amount, 18)),
                                   std::chrono::milliseconds(kNetworkMs));
            if (!sent || !sent->ok()) {
                qWarning("the transfer was not sent: %s",
                         sent ? sent->error().describe().c_str() : "timed out");
                return {};
            }
            hashes.push_back(**sent);
        }
        return hashes;
    }

    // Adds the watched account on the Accounts page, with the key file if any, and makes it the
    // current account.
    void addAndUse(const QString& keyFile)
    {
        page().addWatchOnly();
        AddressEntryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = openDialog()));
        child<QLineEdit>(*dialog, "addressEdit")
            ->setText(QString::fromStdString(watched.checksummed()));
        if (!keyFile.isEmpty())
            dialog->setViewingKeyFile(keyFile);
        QPushButton* ok = child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());
        ok->click();
        page().select(watched);
        page().switchToSelected();
        QVERIFY(context.wallet().isWatchOnly());
        QCOMPARE(context.wallet().account(), watched);
    }

    // The Accounts page's dialog open now (an earlier one may wait for its deletion, hidden).
    AddressEntryDialog* openDialog() const
    {
        for (auto* dialog : page().findChildren<AddressEntryDialog*>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    // The rows of `hashes` in the table (each must be there once), in that order.
    std::vector<store::TransferRecord> rowsOf(const std::vector<Hash>& hashes) const
    {
        std::vector<store::TransferRecord> rows;
        const TransferTableModel& table = context.transfers();
        for (const Hash& hash : hashes) {
            for (int row = 0; row < table.rowCount(); ++row) {
                if (const auto* transfer = table.transfer(row); transfer->txHash == hash)
                    rows.push_back(*transfer);
            }
        }
        return rows;
    }

    bool amountsShown(const std::vector<Hash>& hashes) const
    {
        const auto rows = rowsOf(hashes);
        return rows.size() == hashes.size() &&
               std::all_of(rows.begin(), rows.end(),
                           [](const store::TransferRecord& row) { return row.amount.has_value(); });
    }

    QString kindShown() const
    {
        const auto& entries = page().entries();
        for (std::size_t row = 0; row < entries.size(); ++row) {
            if (entries[row].address == watched)
                return child<QTableWidget>(page(), "accountsTable")
                    ->item(static_cast<int>(row), 2)
                    ->text();
        }
        return {};
    }

    // The first provider's key, in a file as a user would keep it.
    QString providerKeyFile() const
    {
        return apptest::writeFile(home, QStringLiteral("provider.key"),
                                  manifest.providers.at(0).viewingKey.toLatin1() + "\n");
    }

    testing::DevnetManifest manifest;
    Address sdt;
    Address watched;
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    MainWindow window{context};
};

void verifyAmounts(const std::vector<store::TransferRecord>& rows)
{
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].amount, std::optional<Uint256>(*parseUnits("12.5", 18)));
    QCOMPARE(rows[1].amount, std::optional<Uint256>(*parseUnits("3", 18)));
}

} // namespace

class TestWatchOnlyDevnet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void aProviderKeyFileOpensTheAmounts()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QVERIFY(!manifest.providers.empty());
        Fixture f(manifest);
        const auto hashes = f.connectAndSendTraffic();
        QCOMPARE(hashes.size(), std::size_t(2));

        f.addAndUse(f.providerKeyFile());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.context.wallet().watchOnlyViewingKey());
        QCOMPARE(f.kindShown(), QStringLiteral("Watch-only, with viewing key, current"));
        QTRY_VERIFY_WITH_TIMEOUT(f.amountsShown(hashes), kNetworkMs);
        verifyAmounts(f.rowsOf(hashes));
        // The Viewing Key page says where the amounts come from.
        QVERIFY(child<QLabel>(f.window, "viewingKeyStateLabel")
                    ->text()
                    .startsWith(QStringLiteral("This watch-only account's SRC20 amounts open")));

        // The whole-token watch uses the key too: a transfer between two other accounts, which
        // the provider can read, opens.
        f.context.transferMonitor().setWatch(TransferMonitor::Watch::Token, f.sdt);
        QTRY_COMPARE_WITH_TIMEOUT(f.context.transferMonitor().state(), TransferMonitor::State::Live,
                                  kNetworkMs);
        auto sent = testing::awaitTask(
            apptest::sendSrc20(manifest.rpcUrl, devnetKey(manifest, kOtherAccount), f.sdt,
                               manifest.accounts.at(kStrangerAccount).address,
                               *parseUnits("1.75", 18)),
            std::chrono::milliseconds(kNetworkMs));
        QVERIFY(sent && sent->ok());
        QTRY_VERIFY_WITH_TIMEOUT(f.amountsShown({**sent}), kNetworkMs);
        QCOMPARE(f.rowsOf({**sent}).front().amount,
                 std::optional<Uint256>(*parseUnits("1.75", 18)));
    }

    void rowsOpenInPlaceWhenTheKeyIsGivenLater()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        Fixture f(manifest);
        const auto hashes = f.connectAndSendTraffic();
        QCOMPARE(hashes.size(), std::size_t(2));

        f.addAndUse({});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!f.context.wallet().watchOnlyViewingKey());
        QCOMPARE(f.kindShown(), QStringLiteral("Watch-only, current"));
        // Listed without amounts, with who can read them: the providers.
        QTRY_COMPARE_WITH_TIMEOUT(f.rowsOf(hashes).size(), hashes.size(), kNetworkMs);
        QTRY_COMPARE_WITH_TIMEOUT(f.context.transferMonitor().state(), TransferMonitor::State::Live,
                                  kNetworkMs);
        for (const store::TransferRecord& row : f.rowsOf(hashes)) {
            QCOMPARE(row.amount, std::optional<Uint256>());
            QCOMPARE(row.visibility.providers, quint32(manifest.providers.size()));
        }
        const qint64 rowsBefore = f.context.transfers().totalCount();

        // The key, given on the Accounts page: the same rows open where they are.
        f.page().select(f.watched);
        f.page().setViewingKeyOfSelected();
        AddressEntryDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = f.openDialog()));
        dialog->setViewingKeyFile(f.providerKeyFile());
        QPushButton* ok = child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok);
        QTRY_VERIFY(ok->isEnabled());
        ok->click();
        QVERIFY(f.context.wallet().watchOnlyViewingKey());
        QTRY_VERIFY_WITH_TIMEOUT(f.amountsShown(hashes), kNetworkMs);
        verifyAmounts(f.rowsOf(hashes));
        // One row per transfer still: opened, not added again.
        QCOMPARE(f.context.transfers().totalCount(), rowsBefore);
        QCOMPARE(f.kindShown(), QStringLiteral("Watch-only, with viewing key, current"));
    }
};

QTEST_MAIN(TestWatchOnlyDevnet)
#include "tst_watchonly_devnet.moc"
