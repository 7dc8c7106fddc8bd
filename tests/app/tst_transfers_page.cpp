// SPDX-License-Identifier: MIT
// The transfers page as a person uses it: copying from the table (shortcuts and the context
// menu, into the clipboard), the explorer link per network, asking for the address book, and
// the view that follows the newest rows at the top and holds still (with an "n new" button)
// when the user scrolled away.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/model/ChainModel.h"
#include "app/model/NetworkConfig.h"
#include "app/model/TransferTableModel.h"
#include "app/service/TransferMonitor.h"
#include "app/view/StatusIndicator.h"
#include "app/view/TransfersPage.h"
#include "seismic/ChainPreset.h"
#include "store/NetworkIdentity.h"
#include "support/AppTestSupport.h"
#include "support/TransferTestData.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

using namespace seismic;
using namespace seismic::app;
using namespace seismic::store;
using apptest::child;
using apptest::kAlice;
using apptest::kBob;
using apptest::transfer;

namespace {

struct PageFixture
{
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    TransfersPage page{context.transfers(), context.transferMonitor(), context.wallet(),
                       context.chain()};
    QTableView* view = child<QTableView>(page, "transfersView");

    PageFixture()
    {
        // The devnet: no explorer unless configured.
        context.chain().setNetwork(NetworkConfig::fromPreset(sanvil()));
        context.transfers().setNetwork(*networkKey(context.store(), {31337, Hash{}}));
        page.resize(1024, 700);
        page.show();
        if (!QTest::qWaitForWindowExposed(&page))
            qFatal("the page was not shown");
    }
    TransferTableModel& model() { return context.transfers(); }
    // Selects a row's cell and gives the table the focus, as a click would.
    void select(int row, int column)
    {
        view->setFocus();
        view->setCurrentIndex(model().index(row, column));
    }
    QAction* action(const QString& text) const
    {
        for (QAction* candidate : view->actions())
            if (candidate->text() == text)
                return candidate;
        qFatal("no action %s", qPrintable(text));
    }
};

} // namespace

class TestTransfersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortcutsCopyAddressesHashAndAmount()
    {
        PageFixture f;
        QVERIFY(f.model().addTransfers({transfer(1, kAlice, kBob), transfer(2, kBob, kAlice)}));
        QSignalSpy messages(&f.page, &TransfersPage::message);
        // Newest first: row 0 is the second transfer, from Bob.
        f.select(0, TransferTableModel::FromColumn);
        QClipboard* clipboard = QGuiApplication::clipboard();

        QTest::keyClick(f.view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(clipboard->text(), QString::fromStdString(kBob.checksummed())); // the cell
        QTest::keyClick(f.view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), QString::fromStdString(transfer(2, kBob, kAlice).txHash.hex()));
        QTest::keyClick(f.view, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), QString::fromStdString(kBob.checksummed()));
        QTest::keyClick(f.view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), QString::fromStdString(kAlice.checksummed()));
        QTest::keyClick(f.view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), QStringLiteral("4.5")); // exact, ungrouped, whole tokens
        QVERIFY(messages.count() >= 5);
        QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Copied 4.5"));

        // The Amount cell copies the amount as shown; an encrypted one cannot be copied.
        TransferRecord hidden = transfer(3, kAlice, kBob);
        hidden.amount.reset();
        hidden.amountStatus = client::AmountStatus::NoKey;
        QVERIFY(f.model().addTransfers({hidden}));
        f.select(0, TransferTableModel::AmountColumn);
        QVERIFY(!f.action(QStringLiteral("Copy &Amount"))->isEnabled());
        clipboard->setText(QStringLiteral("before"));
        QTest::keyClick(f.view, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), QStringLiteral("before"));
    }

    void theContextMenuOffersWhatTheRowHas()
    {
        PageFixture f;
        TransferRecord mint = transfer(1, Address(), kAlice);
        mint.kind = client::TransferKind::Mint;
        QVERIFY(f.model().addTransfers({mint}));
        QStringList shown;
        QStringList enabled;
        // The menu is modal: read it, then close it, from the event loop.
        QTimer::singleShot(0, &f.page, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            for (QAction* action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                shown << action->text();
                if (action->isEnabled())
                    enabled << action->text();
            }
            menu->close();
        });
        const QRect cell = f.view->visualRect(f.model().index(0, TransferTableModel::ToColumn));
        Q_EMIT f.view->customContextMenuRequested(cell.center());
        QTRY_VERIFY(!shown.isEmpty());
        QCOMPARE(shown,
                 (QStringList{QStringLiteral("&Copy"), QStringLiteral("Copy Transaction &Hash"),
                              QStringLiteral("Copy &Sender Address"),
                              QStringLiteral("Copy &Recipient Address"),
                              QStringLiteral("Copy &Amount"), QStringLiteral("Open in &Explorer"),
                              QStringLiteral("Add Sender to Address &Book…"),
                              QStringLiteral("Add Recipient to Address B&ook…")}));
        // A mint has no sender; the devnet has no explorer.
        QVERIFY(!enabled.contains(QStringLiteral("Copy &Sender Address")));
        QVERIFY(!enabled.contains(QStringLiteral("Add Sender to Address &Book…")));
        QVERIFY(!enabled.contains(QStringLiteral("Open in &Explorer")));
        QVERIFY(enabled.contains(QStringLiteral("Copy &Recipient Address")));
        QCOMPARE(f.view->currentIndex().row(), 0);
    }

    void theExplorerAndTheAddressBookAreOffered()
    {
        PageFixture f;
        QAction* explorer = f.action(QStringLiteral("Open in &Explorer"));
        // A network with an explorer (the testnet's, from seismic-viem's definitions); the
        // table then shows that network's transfers.
        f.context.chain().setNetwork(NetworkConfig::fromPreset(*seismicTestnet(1)));
        f.model().setNetwork(*networkKey(f.context.store(), {kSeismicTestnetChainId, Hash{}}));
        QVERIFY(f.model().addTransfers({transfer(1, kBob, kAlice)}));
        f.select(0, TransferTableModel::TimeColumn);
        QVERIFY(explorer->isEnabled());
        QVERIFY(f.action(QStringLiteral("Copy &Sender Address"))->isEnabled());

        QSignalSpy requested(&f.page, &TransfersPage::addToAddressBookRequested);
        QTest::keyClick(f.view, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).value<Address>(), kBob);
        f.action(QStringLiteral("Add Recipient to Address B&ook…"))->trigger();
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).value<Address>(), kAlice);
    }

    void theViewFollowsTheTopAndHoldsStillElsewhere()
    {
        PageFixture f;
        std::vector<TransferRecord> many;
        for (quint32 n = 1; n <= 200; ++n)
            many.push_back(transfer(n, kAlice, kBob));
        QVERIFY(f.model().addTransfers(many));
        QScrollBar* scroll = f.view->verticalScrollBar();
        auto* jump = child<QToolButton>(f.page, "jumpToNewestButton");
        QCOMPARE(scroll->value(), 0);
        // At the top: new rows are simply there.
        QVERIFY(f.model().addTransfers({transfer(201, kAlice, kBob)}));
        QCOMPARE(scroll->value(), 0);
        QCOMPARE(f.view->indexAt(QPoint(1, 1)).data(TransferTableModel::BlockRole).toULongLong(),
                 quint64(301));
        QVERIFY(!jump->isVisible());

        // Scrolled away: the rows looked at stay in place, the new ones are counted.
        scroll->setValue(50);
        const quint64 looked =
            f.view->indexAt(QPoint(1, 1)).data(TransferTableModel::BlockRole).toULongLong();
        QVERIFY(f.model().addTransfers({transfer(202, kAlice, kBob), transfer(203, kAlice, kBob)}));
        QCOMPARE(scroll->value(), 52);
        QCOMPARE(f.view->indexAt(QPoint(1, 1)).data(TransferTableModel::BlockRole).toULongLong(),
                 looked);
        QVERIFY(jump->isVisible());
        QCOMPARE(jump->text(), QStringLiteral("2 new"));

        QTest::mouseClick(jump, Qt::LeftButton);
        QCOMPARE(scroll->value(), 0);
        QVERIFY(!jump->isVisible());
        QCOMPARE(f.view->indexAt(QPoint(1, 1)).data(TransferTableModel::BlockRole).toULongLong(),
                 quint64(303));
    }

    void theStateSaysPausedWhilePaused()
    {
        PageFixture f;
        auto* state = child<StatusIndicator>(f.page, "monitorStateLabel");
        f.model().setPaused(true);
        QCOMPARE(state->accessibleDescription(), QStringLiteral("Paused"));
        f.model().setPaused(false);
        QVERIFY(state->accessibleDescription() != QStringLiteral("Paused"));
        QVERIFY(!state->accessibleDescription().contains(QStringLiteral("Live")));
    }
};

QTEST_MAIN(TestTransfersPage)
#include "tst_transfers_page.moc"
