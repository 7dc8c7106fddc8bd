// SPDX-License-Identifier: MIT
// Notifications of incoming transfers: the rules (table-driven), coalescing on a driven clock,
// the service between the monitor's signal and a fake tray (live only, pause, texts), the
// settings that keep the rules, and the main window's wiring.
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/SettingsDialog.h"
#include "app/model/ChainModel.h"
#include "app/model/NotificationCoalescer.h"
#include "app/model/NotificationRules.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/service/NotificationTray.h"
#include "app/service/TransferMonitor.h"
#include "app/service/TransferNotifications.h"
#include "app/view/MainWindow.h"
#include "core/Units.h"
#include "support/AppTestSupport.h"
#include "support/TransferTestSupport.h"
#include "support/WindowFixture.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace seismic;
using namespace seismic::app;
using apptest::addressOf;
using apptest::child;
using store::TransferRecord;

Q_DECLARE_METATYPE(seismic::app::NotificationRules)
Q_DECLARE_METATYPE(seismic::store::TransferRecord)
Q_DECLARE_METATYPE(seismic::app::WatchedAccountKind)

namespace {

const Address kMe = *Address::parse(apptest::kAnvilAddress);
const Address kAlice = addressOf(0xA1);
const Address kBob = addressOf(0xB0);
const Address kSdt = addressOf(0x51);
const Address kUsd = addressOf(0x52);

// `amount` in whole-token text; empty: hidden (encrypted under a key we lack).
TransferRecord incoming(const Address& token, const QString& amount, const Address& from = kAlice,
                        const Address& to = kMe)
{
    static quint32 logIndex = 0; // each one another transfer
    TransferRecord record;
    record.logIndex = ++logIndex;
    record.token = token;
    record.tokenSymbol = token == kSdt ? QStringLiteral("SDT") : QStringLiteral("USD");
    record.decimals = token == kSdt ? 18 : 6;
    record.from = from;
    record.to = to;
    if (!amount.isEmpty())
        record.amount = *parseUnits(amount.toStdString(), record.decimals);
    record.amountStatus =
        amount.isEmpty() ? client::AmountStatus::ForeignKey : client::AmountStatus::Decrypted;
    record.time = QDateTime::fromSecsSinceEpoch(1'767'225'600);
    return record;
}

NotificationRules rulesWith(const std::function<void(NotificationRules&)>& change)
{
    NotificationRules rules;
    change(rules);
    return rules;
}

class FakeTray : public NotificationTray
{
public:
    void showNotification(const QString& title, const QString& text) override
    {
        shown.append({title, text});
    }
    QList<std::pair<QString, QString>> shown;
};

std::optional<WatchedAccountKind> ownIsMe(const Address& to)
{
    if (to == kMe)
        return WatchedAccountKind::Own;
    if (to == kBob)
        return WatchedAccountKind::WatchOnly;
    return std::nullopt;
}

// Notifications of a five-second window into a recording tray, on a driven clock.
struct TrayFixture
{
    QTemporaryDir home;
    SettingsModel settings{home.filePath(QStringLiteral("settings.ini"))};
    FakeTray tray;
    qint64 now = 1'000'000;
    TransferNotifications notifications{settings, tray, ownIsMe};

    TrayFixture()
    {
        notifications.setClock([this] { return now; });
        notifications.setWindowMs(5'000);
    }
    std::tuple<SettingsModel&, FakeTray&, qint64&, TransferNotifications&> parts()
    {
        return {settings, tray, now, notifications};
    }
};

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void rulesPickTransfers_data()
    {
        QTest::addColumn<NotificationRules>("rules");
        QTest::addColumn<TransferRecord>("transfer");
        QTest::addColumn<WatchedAccountKind>("kind");
        QTest::addColumn<bool>("matches");
        const auto own = WatchedAccountKind::Own;
        const auto watchOnly = WatchedAccountKind::WatchOnly;
        const NotificationRules defaults;
        QTest::newRow("defaults: any") << defaults << incoming(kSdt, "1") << own << true;
        QTest::newRow("defaults: hidden amount") << defaults << incoming(kSdt, {}) << own << true;
        QTest::newRow("defaults: watch-only")
            << defaults << incoming(kSdt, "1") << watchOnly << true;
        QTest::newRow("switched off")
            << rulesWith([](auto& r) { r.enabled = false; }) << incoming(kSdt, "1") << own << false;
        QTest::newRow("token listed") << rulesWith([](auto& r) {
            r.tokens = {kUsd, kSdt};
        }) << incoming(kSdt, "1") << own
                                      << true;
        QTest::newRow("token not listed")
            << rulesWith([](auto& r) { r.tokens = {kUsd}; }) << incoming(kSdt, "1") << own << false;
        const auto minimum100 = rulesWith([](auto& r) { r.minimumAmount = QStringLiteral("100"); });
        QTest::newRow("minimum met exactly") << minimum100 << incoming(kSdt, "100") << own << true;
        QTest::newRow("minimum missed by a wei")
            << minimum100 << incoming(kSdt, "99.999999999999999999") << own << false;
        QTest::newRow("minimum, hidden amount") << minimum100 << incoming(kSdt, {}) << own << false;
        // 0.0000015 USD is 1.5 base units: reached by 2, not by 1.
        const auto fine = rulesWith([](auto& r) { r.minimumAmount = QStringLiteral("0.0000015"); });
        QTest::newRow("finer than the token: below")
            << fine << incoming(kUsd, "0.000001") << own << false;
        QTest::newRow("finer than the token: reached")
            << fine << incoming(kUsd, "0.000002") << own << true;
        QTest::newRow("minimum past 2^256")
            << rulesWith([](auto& r) { r.minimumAmount = QString(78, QLatin1Char('9')); })
            << incoming(kUsd, "1000000") << own << false;
        QTest::newRow("malformed minimum")
            << rulesWith([](auto& r) { r.minimumAmount = QStringLiteral("1,5"); })
            << incoming(kSdt, "1000") << own << false;
        QTest::newRow("sender listed") << rulesWith([](auto& r) { r.counterparties = {kAlice}; })
                                       << incoming(kSdt, "1") << own << true;
        QTest::newRow("sender not listed") << rulesWith([](auto& r) { r.counterparties = {kBob}; })
                                           << incoming(kSdt, "1") << own << false;
        QTest::newRow("own accounts off") << rulesWith([](auto& r) { r.ownAccounts = false; })
                                          << incoming(kSdt, "1") << own << false;
        QTest::newRow("own accounts off, watch-only")
            << rulesWith([](auto& r) { r.ownAccounts = false; }) << incoming(kSdt, "1") << watchOnly
            << true;
        QTest::newRow("watch-only off") << rulesWith([](auto& r) { r.watchOnlyAccounts = false; })
                                        << incoming(kSdt, "1") << watchOnly << false;
        TransferRecord withdrawn = incoming(kSdt, "1");
        withdrawn.removed = true;
        QTest::newRow("withdrawn by a reorganisation") << defaults << withdrawn << own << false;
    }

    void rulesPickTransfers()
    {
        QFETCH(NotificationRules, rules);
        QFETCH(TransferRecord, transfer);
        QFETCH(WatchedAccountKind, kind);
        QFETCH(bool, matches);
        QCOMPARE(rules.matches(transfer, kind), matches);
    }

    void malformedMinimumsAreProblems()
    {
        for (const char* bad : {"1,5", "-1", "1e3", " 1", "1.", ".5", "0x10", "١"}) {
            NotificationRules rules;
            rules.minimumAmount = QString::fromUtf8(bad);
            QVERIFY2(!rules.problem().isEmpty(), bad);
        }
        for (const char* good : {"", "0", "1000", "0.5", "12.000000000000000000001"}) {
            NotificationRules rules;
            rules.minimumAmount = QString::fromUtf8(good);
            QVERIFY2(rules.problem().isEmpty(), good);
        }
    }

    void burstsAreCoalesced()
    {
        NotificationCoalescer coalescer(5'000);
        QVERIFY(!coalescer.dueAt());
        // The first after a quiet time: at once.
        const auto first = coalescer.add(incoming(kSdt, "1"), 0);
        QVERIFY(first && first->single);
        QCOMPARE(first->total, 1);
        // The rest of the window's: held.
        QVERIFY(!coalescer.add(incoming(kSdt, "2"), 1'000));
        QVERIFY(!coalescer.add(incoming(kSdt, "3"), 2'000));
        QVERIFY(!coalescer.add(incoming(kUsd, "4"), 3'000));
        QCOMPARE(coalescer.dueAt(), std::optional<qint64>(5'000));
        QVERIFY(!coalescer.takeDue(4'999));
        const auto summary = coalescer.takeDue(5'000);
        QVERIFY(summary);
        QVERIFY(!summary->single);
        QCOMPARE(summary->total, 3);
        const QList<std::pair<QString, int>> counts = {{QStringLiteral("SDT"), 2},
                                                       {QStringLiteral("USD"), 1}};
        QCOMPARE(summary->counts, counts);
        QVERIFY(!coalescer.takeDue(5'000)); // told once
        // Telling opened the next window: a transfer within it is held, and alone, told whole.
        QVERIFY(!coalescer.add(incoming(kUsd, "5"), 6'000));
        const auto alone = coalescer.takeDue(10'000);
        QVERIFY(alone && alone->single);
        QCOMPARE(*alone->single->amount, *parseUnits("5", 6));
        // After a quiet window, at once again.
        QVERIFY(!coalescer.takeDue(20'000));
        QVERIFY(coalescer.add(incoming(kSdt, "6"), 20'000));
        // A storm of many tokens: bounded counts, the rest as "other".
        for (unsigned i = 0; i < 20; ++i) {
            TransferRecord transfer = incoming(kSdt, "1");
            transfer.tokenSymbol = QStringLiteral("T%1").arg(i % 12);
            QVERIFY(!coalescer.add(transfer, 21'000));
        }
        const auto storm = coalescer.takeDue(25'000);
        QVERIFY(storm);
        QCOMPARE(storm->total, 20);
        QCOMPARE(storm->counts.size(), NotificationCoalescer::kMaxSymbols + 1);
        QCOMPARE(storm->counts.last(), std::make_pair(QString(), 4)); // T8 to T11
        // Cleared: nothing held, the next one at once.
        QVERIFY(!coalescer.add(incoming(kSdt, "1"), 26'000));
        coalescer.clear();
        QVERIFY(!coalescer.dueAt());
        QVERIFY(coalescer.add(incoming(kSdt, "1"), 26'500));
    }

    void liveIncomingTransfersReachTheTray()
    {
        TrayFixture f;
        auto [settings, tray, now, notifications] = f.parts();

        // History is never told.
        notifications.addTransfers({incoming(kSdt, "1.5"), incoming(kSdt, "2")}, false);
        QCOMPARE(tray.shown.size(), 0);
        // Outgoing, to a stranger, to oneself: not incoming.
        notifications.addTransfers({incoming(kSdt, "1", kMe, kAlice),
                                    incoming(kSdt, "1", kAlice, kAlice),
                                    incoming(kSdt, "1", kMe, kMe)},
                                   true);
        QCOMPARE(tray.shown.size(), 0);

        notifications.addTransfers({incoming(kSdt, "1.5")}, true);
        QCOMPARE(tray.shown.size(), 1);
        QCOMPARE(tray.shown.at(0).first, TransferNotifications::tr("Incoming transfer"));
        QCOMPARE(tray.shown.at(0).second,
                 QStringLiteral("1.5 SDT from ") + QString::fromStdString(kAlice.checksummed()));

        // Five more within the window: one summary when it ends.
        for (int i = 0; i < 5; ++i) {
            now += 500;
            notifications.addTransfers({incoming(kSdt, "1")}, true);
        }
        QCOMPARE(tray.shown.size(), 1);
        now = 1'000'000 + 5'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 2);
        QVERIFY2(tray.shown.at(1).second.startsWith(QStringLiteral("5 new transfer")),
                 qPrintable(tray.shown.at(1).second));
        QVERIFY(tray.shown.at(1).second.endsWith(QStringLiteral("SDT")));

        // Paused: nothing, and what was held is dropped.
        now += 1'000;
        notifications.addTransfers({incoming(kSdt, "1")}, true);
        QSignalSpy paused(&notifications, &TransferNotifications::pausedChanged);
        notifications.setPaused(true);
        QCOMPARE(paused.count(), 1);
        notifications.addTransfers({incoming(kSdt, "1")}, true);
        now += 10'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 2);
        notifications.setPaused(false);

        // The rules apply: a watch-only address excluded, a hidden amount told as such.
        NotificationRules rules;
        rules.watchOnlyAccounts = false;
        QVERIFY(settings.setNotificationRules(rules));
        notifications.addTransfers({incoming(kSdt, "1", kAlice, kBob)}, true);
        QCOMPARE(tray.shown.size(), 2);
        notifications.addTransfers({incoming(kUsd, {})}, true);
        QCOMPARE(tray.shown.size(), 3);
        QCOMPARE(tray.shown.at(2).second, QStringLiteral("An encrypted amount of USD from ") +
                                              QString::fromStdString(kAlice.checksummed()));
        // Switched off: what was held is not told later.
        now += 1'000;
        notifications.addTransfers({incoming(kSdt, "1")}, true);
        rules.enabled = false;
        QVERIFY(settings.setNotificationRules(rules));
        now += 10'000;
        notifications.tellDue();
        notifications.addTransfers({incoming(kSdt, "1")}, true);
        QCOMPARE(tray.shown.size(), 3);
    }

    void aTransferDeliveredAgainIsToldOnce()
    {
        TrayFixture f;
        auto [settings, tray, now, notifications] = f.parts();
        const auto numbered = [](const QString& amount, quint32 logIndex) {
            TransferRecord record = incoming(kSdt, amount);
            record.blockNumber = 100;
            record.logIndex = logIndex;
            return record;
        };
        const auto withdrawn = [](TransferRecord record) {
            record.removed = true;
            return record;
        };

        // Told at once, then delivered again (a restarted watch, or a fan-out delivered in
        // part and again whole): not told twice.
        const TransferRecord first = numbered(QStringLiteral("1"), 1);
        notifications.addTransfers({first}, true);
        QCOMPARE(tray.shown.size(), 1);
        notifications.addTransfers({withdrawn(first), numbered(QStringLiteral("1"), 1)}, true);
        notifications.addTransfers({first}, true);
        now += 5'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 1);

        // Held in a window, delivered in part (no amount yet), withdrawn and delivered whole:
        // told once, whole.
        now += 1'000;
        notifications.addTransfers({numbered(QStringLiteral("9"), 9)}, true); // opens a window
        QCOMPARE(tray.shown.size(), 2);
        const TransferRecord partial = numbered({}, 2);
        notifications.addTransfers({partial}, true);
        notifications.addTransfers({withdrawn(partial), numbered(QStringLiteral("2.5"), 2)}, true);
        now += 5'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 3);
        QCOMPARE(tray.shown.at(2).first, TransferNotifications::tr("Incoming transfer"));
        QCOMPARE(tray.shown.at(2).second,
                 QStringLiteral("2.5 SDT from ") + QString::fromStdString(kAlice.checksummed()));

        // Withdrawn while held, among others: the others are told, it is not.
        now += 1'000;
        const TransferRecord orphaned = numbered(QStringLiteral("3"), 3);
        notifications.addTransfers(
            {orphaned, numbered(QStringLiteral("4"), 4), numbered(QStringLiteral("5"), 5)}, true);
        notifications.addTransfers({withdrawn(orphaned)}, true);
        now += 5'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 4);
        QVERIFY2(tray.shown.at(3).second.startsWith(QStringLiteral("2 new transfer")),
                 qPrintable(tray.shown.at(3).second));
        // Every one held withdrawn: nothing is told when the window ends.
        now += 1'000;
        const TransferRecord lone = numbered(QStringLiteral("6"), 6);
        notifications.addTransfers({lone}, true);
        notifications.addTransfers({withdrawn(lone)}, true);
        now += 5'000;
        notifications.tellDue();
        QCOMPARE(tray.shown.size(), 4);
    }

    void summariesNameEachToken()
    {
        TransferNotice notice;
        notice.total = 7;
        notice.counts = {{QStringLiteral("SDT"), 5}, {QStringLiteral("USD"), 2}};
        QVERIFY(TransferNotifications::textOf(notice).endsWith(QStringLiteral(": SDT: 5, USD: 2")));
        notice.counts.append({QString(), 3});
        QVERIFY(TransferNotifications::textOf(notice).endsWith(QStringLiteral("other tokens: 3")));
    }

    void settingsKeepTheRules()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("settings.ini"));
        NotificationRules rules;
        rules.tokens = {kSdt};
        rules.counterparties = {kAlice, kBob};
        rules.minimumAmount = QStringLiteral("2.5");
        rules.ownAccounts = false;
        {
            SettingsModel settings(path);
            QCOMPARE(settings.notificationRules(), NotificationRules{});
            QVERIFY(!settings.keepRunningInTray());
            QSignalSpy changed(&settings, &SettingsModel::notificationRulesChanged);
            QVERIFY(settings.setNotificationRules(rules));
            QVERIFY(settings.setNotificationRules(rules));
            QCOMPARE(changed.count(), 1);
            NotificationRules bad = rules;
            bad.minimumAmount = QStringLiteral("lots");
            QVERIFY(!settings.setNotificationRules(bad));
            QCOMPARE(settings.notificationRules(), rules);
            settings.setKeepRunningInTray(true);
        }
        SettingsModel settings(path);
        QCOMPARE(settings.notificationRules(), rules);
        QVERIFY(settings.keepRunningInTray());
        // A hand-edited file: what does not parse is left out.
        {
            QSettings file(path, QSettings::IniFormat);
            file.setValue(QStringLiteral("notifications/minimumAmount"), QStringLiteral("<b>1"));
            file.setValue(QStringLiteral("notifications/counterparties"),
                          QStringList{QStringLiteral("nonsense"),
                                      QString::fromStdString(kBob.checksummed())});
        }
        SettingsModel edited(path);
        QVERIFY(edited.notificationRules().minimumAmount.isEmpty());
        QCOMPARE(edited.notificationRules().counterparties, QList<Address>{kBob});
    }

    void theSettingsTabEditsTheRules()
    {
        apptest::WindowFixture f;
        SettingsModel& settings = f.context.settings();
        TokenBalance sdt;
        sdt.kind = TokenKind::Src20;
        sdt.contract = kSdt;
        sdt.name = QStringLiteral("Seismic Dollar");
        sdt.symbol = QStringLiteral("SDT");
        settings.setTokens(f.context.chain().network().name, {sdt});
        SettingsDialog dialog(settings, f.context.chain());
        dialog.show();
        auto* tokens = child<QListWidget>(dialog, "notifyTokenList");
        QCOMPARE(tokens->count(), 1);
        QCOMPARE(tokens->item(0)->checkState(), Qt::Unchecked);
        tokens->item(0)->setCheckState(Qt::Checked);
        child<QLineEdit>(dialog, "notifyMinimumEdit")->setText(QStringLiteral("2.5"));
        auto* senders = child<QLineEdit>(dialog, "notifySendersEdit");
        senders->setText(QStringLiteral("<b>nobody</b>"));
        child<QCheckBox>(dialog, "notifyOwnCheck")->setChecked(false);
        // Something that is no address: nothing is saved, the dialog says why, as plain text.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        auto* message = child<QLabel>(dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY(message->text().contains(QStringLiteral("<b>nobody</b>")));
        QCOMPARE(settings.notificationRules(), NotificationRules{});
        senders->setText(QString::fromStdString(kAlice.checksummed()) + QStringLiteral(", ") +
                         QString::fromStdString(kBob.checksummed()));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        NotificationRules expected;
        expected.tokens = {kSdt};
        expected.minimumAmount = QStringLiteral("2.5");
        expected.counterparties = {kAlice, kBob};
        expected.ownAccounts = false;
        QCOMPARE(settings.notificationRules(), expected);
        // Reopened, it shows them; Restore Defaults puts the defaults back.
        SettingsDialog again(settings, f.context.chain());
        again.show();
        QCOMPARE(child<QListWidget>(again, "notifyTokenList")->item(0)->checkState(), Qt::Checked);
        QCOMPARE(child<QLineEdit>(again, "notifyMinimumEdit")->text(), QStringLiteral("2.5"));
        child<QDialogButtonBox>(again, "buttons")
            ->button(QDialogButtonBox::RestoreDefaults)
            ->click();
        again.accept();
        QCOMPARE(settings.notificationRules(), NotificationRules{});
    }

    void theWindowTellsTheAccountsLiveTransfers()
    {
        apptest::WindowFixture f;
        FakeTray tray;
        f.window.notifications().setTray(tray);
        f.context.wallet().setAccount(kMe);
        TransferMonitor& monitor = f.context.transferMonitor();
        Q_EMIT monitor.transfersStored({incoming(kSdt, "3")}, false);
        Q_EMIT monitor.transfersStored({incoming(kSdt, "3", kAlice, kBob)}, true);
        QCOMPARE(tray.shown.size(), 0);
        Q_EMIT monitor.transfersStored({incoming(kSdt, "3")}, true);
        QCOMPARE(tray.shown.size(), 1);
        QVERIFY(tray.shown.at(0).second.startsWith(QStringLiteral("3 SDT")));
    }

    void closingQuitsWithoutATray()
    {
        // The offscreen platform has no tray: closing closes, whatever the setting.
        apptest::WindowFixture f;
        f.context.settings().setKeepRunningInTray(true);
        QVERIFY(f.window.close());
        QVERIFY(!f.window.isVisible());
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
