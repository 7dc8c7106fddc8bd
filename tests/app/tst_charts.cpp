// SPDX-License-Identifier: MIT
// The Charts page in the main window, fed by the transfer monitor's signal: the series take the
// transfers at once, the charts show them at the next repaint (throttled, and only while the
// page is shown), the balance follows the current account, another network starts afresh.
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/TransferTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/TransferMonitor.h"
#include "app/view/ChartsPage.h"
#include "app/view/MainWindow.h"
#include "core/Units.h"
#include "store/NetworkIdentity.h"
#include "store/TransferStore.h"
#include "support/AppTestSupport.h"
#include "support/TransferTestSupport.h"
#include "support/WindowFixture.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>

using namespace seismic;
using namespace seismic::app;
using apptest::addressOf;
using apptest::child;
using store::TransferRecord;

namespace {

// 2026-01-01T12:00:30Z.
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'767'268'830);

const Address kMe = *Address::parse(apptest::kAnvilAddress);
const Address kAlice = addressOf(0xA1);
const Address kSdt = addressOf(0x51);

TransferRecord transfer(const Address& from, const Address& to, const char* amount)
{
    static quint32 logIndex = 0; // each one another log
    TransferRecord record;
    record.logIndex = ++logIndex;
    record.token = kSdt;
    record.tokenSymbol = QStringLiteral("SDT");
    record.decimals = 18;
    record.from = from;
    record.to = to;
    record.amount = *parseUnits(amount, 18);
    record.amountStatus = client::AmountStatus::Decrypted;
    record.time = kNow;
    return record;
}

QLineSeries* line(const ChartsPage& page, const char* chart, int index)
{
    const auto series = child<QChartView>(page, chart)->chart()->series();
    return index < series.size() ? qobject_cast<QLineSeries*>(series.at(index)) : nullptr;
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void chartsAreFedFromTheMonitor()
    {
        apptest::WindowFixture f;
        // The watch starts afresh from the store (empty here) before it delivers anything.
        QSignalSpy restarted(&f.context.transferMonitor(), &TransferMonitor::restarted);
        f.context.wallet().setAccount(kMe);
        QVERIFY(restarted.wait());
        auto* page = f.window.findChild<ChartsPage*>(QStringLiteral("chartsPage"));
        QVERIFY(page);
        page->setClock([] { return kNow; });
        f.window.showPage(MainWindow::Page::Charts);
        QTRY_COMPARE(line(*page, "rateChart", 0)->count(), 60);
        QCOMPARE(line(*page, "rateChart", 0)->at(59).y(), 0.0);

        TransferMonitor& monitor = f.context.transferMonitor();
        // Backfilled and live transfers alike: the charts are history too.
        Q_EMIT monitor.transfersStored({transfer(kAlice, kMe, "10"), transfer(kMe, kAlice, "2.5")},
                                       false);
        Q_EMIT monitor.transfersStored({transfer(kAlice, kAlice, "100")}, true);
        // Taken at once, shown at the next repaint: never within the delivery.
        QCOMPARE(page->series().transfersPerMinutePoints().last().y(), 3.0);
        QCOMPARE(line(*page, "rateChart", 0)->at(59).y(), 0.0);
        QTRY_COMPARE(line(*page, "rateChart", 0)->at(59).y(), 3.0);
        const QDateTime minute = kNow.addSecs(-30);
        QCOMPARE(line(*page, "rateChart", 0)->at(59).x(),
                 static_cast<double>(minute.toMSecsSinceEpoch()));

        QLineSeries* volume = line(*page, "volumeChart", 0);
        QVERIFY(volume);
        QCOMPARE(child<QComboBox>(*page, "chartTokenCombo")->currentText(), QStringLiteral("SDT"));
        QCOMPARE(volume->at(59).y(), 112.5);
        QLineSeries* balance = line(*page, "balanceChart", 0);
        QVERIFY(balance);
        QCOMPARE(balance->count(), 2);
        QCOMPARE(balance->at(0).y(), 0.0);
        QCOMPARE(balance->at(1).y(), 7.5);
        QVERIFY(!child<QChartView>(*page, "rateChart")->accessibleName().isEmpty());
        QVERIFY(child<QChartView>(*page, "rateChart")
                    ->accessibleDescription()
                    .startsWith(QStringLiteral("3 ")));

        // Another token (4 USD, of six decimals): chosen above the charts, one at a time.
        TransferRecord usd = transfer(kAlice, kMe, "0.000000000004");
        usd.token = addressOf(0x52);
        usd.tokenSymbol = QStringLiteral("USD");
        usd.decimals = 6;
        Q_EMIT monitor.transfersStored({usd}, true);
        auto* tokens = child<QComboBox>(*page, "chartTokenCombo");
        QTRY_COMPARE(tokens->count(), 2);
        QCOMPARE(tokens->currentText(), QStringLiteral("SDT"));
        QCOMPARE(line(*page, "volumeChart", 0)->at(59).y(), 112.5);
        tokens->setCurrentIndex(1);
        QCOMPARE(line(*page, "volumeChart", 0)->at(59).y(), 4.0);
        QCOMPARE(line(*page, "balanceChart", 0)->at(1).y(), 4.0);
        tokens->setCurrentIndex(0);

        // Hidden: the series still count, the charts wait until shown again.
        f.window.showPage(MainWindow::Page::Overview);
        TransferRecord hidden = transfer(kAlice, kMe, "1");
        hidden.amount.reset();
        hidden.amountStatus = client::AmountStatus::ForeignKey;
        Q_EMIT monitor.transfersStored({hidden}, true);
        QCOMPARE(page->series().tokens().front().hiddenBalanceChanges, quint64(1));
        f.window.showPage(MainWindow::Page::Charts);
        QTRY_COMPARE(line(*page, "rateChart", 0)->at(59).y(), 5.0);
        QCOMPARE(line(*page, "balanceChart", 0)->at(1).y(), 7.5);
        QVERIFY(child<QLabel>(*page, "chartsNote")->text().contains(QStringLiteral("hidden")));

        // Another account: its balance starts afresh; another network: everything does.
        f.context.wallet().setAccount(kAlice);
        QTRY_COMPARE(line(*page, "balanceChart", 0)->count(), 0);
        QCOMPARE(child<QComboBox>(*page, "chartTokenCombo")->count(), 0);
        const QString other = f.context.settings().networks().last().name;
        QVERIFY(f.context.settings().setCurrentNetwork(other));
        QTRY_VERIFY(page->series().tokens().empty());
        QTRY_COMPARE(line(*page, "rateChart", 0)->at(59).y(), 0.0);
    }

    void chartsStartFromTheStore()
    {
        apptest::WindowFixture f;
        f.context.wallet().setAccount(kMe);
        auto* page = f.window.findChild<ChartsPage*>(QStringLiteral("chartsPage"));
        QVERIFY(page);
        page->setClock([] { return kNow; });
        // Stored by an earlier run of the account's watch: one before the last hour (the balance
        // only), two in it, one a reorganisation withdrew.
        const auto stored = [](quint8 n, const Address& from, const Address& to, const char* amount,
                               qint64 secondsAgo) {
            TransferRecord record = transfer(from, to, amount);
            record.blockNumber = n;
            record.txHash.bytes[0] = n;
            record.time = kNow.addSecs(-secondsAgo);
            return record;
        };
        TransferRecord withdrawn = stored(4, kAlice, kMe, "50", 60);
        withdrawn.removed = true;
        const TransferRecord latest = stored(3, kAlice, kMe, "100", 0);
        store::TransferStore transfers(f.context.store());
        const qint64 network = *store::networkKey(f.context.store(), {31337, Hash{}});
        QVERIFY(transfers.write(network, {stored(1, kAlice, kMe, "10", 5'400),
                                          stored(2, kMe, kAlice, "2.5", 600), latest, withdrawn}));
        f.context.transfers().setNetwork(network);

        // The watch (re)starts: the charts show what is stored before anything is delivered.
        f.context.transferMonitor().restart();
        const auto perMinute = [&] {
            double sum = 0;
            for (const QPointF& point : page->series().transfersPerMinutePoints())
                sum += point.y();
            return sum;
        };
        QCOMPARE(perMinute(), 2.0);
        QCOMPARE(page->series().transfersPerMinutePoints().last().y(), 1.0);
        QCOMPARE(page->series().tokens().front().volume.at(TransferActivitySeries::kMinutes - 1),
                 *parseUnits("100", 18));
        QCOMPARE(page->series().tokens().front().balance.points().back().balance,
                 Int256(*parseUnits("107.5", 18)));
        f.window.showPage(MainWindow::Page::Charts);
        QLineSeries* balance = line(*page, "balanceChart", 0);
        QTRY_VERIFY(balance->count() > 1);
        QCOMPARE(balance->at(balance->count() - 1).y(), 107.5);

        // The watch delivers the newest block again (it resumes at its cursor): counted once.
        Q_EMIT f.context.transferMonitor().transfersStored({latest}, true);
        QCOMPARE(perMinute(), 2.0);
        // A new one counts.
        Q_EMIT f.context.transferMonitor().transfersStored({stored(5, kAlice, kMe, "1", 0)}, true);
        QCOMPARE(perMinute(), 3.0);
        QCOMPARE(page->series().tokens().front().balance.points().back().balance,
                 Int256(*parseUnits("108.5", 18)));
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
