// SPDX-License-Identifier: MIT
// The Send page's extras against the devnet: Max (a token's whole balance; the coin's balance less
// the most the fees of the prepared transaction can cost), and the warning before an SRC20
// transfer to a recipient without a viewing key, with the address book's name shown in it and
// in the confirmation. Nothing is sent: each prepared transaction is cancelled.
#include "app/AppIdentity.h"
#include "app/dialog/SendConfirmDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/AmountText.h"
#include "app/service/ViewingKeyLookup.h"
#include "core/PrivateKey.h"
#include "store/Store.h"
#include "support/AppTestSupport.h"
#include "support/SendTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

// Only prepares (and cancels): no other suite sends from it.
constexpr int kAccount = 8;
constexpr int kWaitMs = static_cast<int>(apptest::kDevnetWait.count());

QString progress(const apptest::SendHarness& harness)
{
    return child<QLabel>(*harness.page, "progressLabel")->text();
}

} // namespace

class TestDevnetSendExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void maxLeavesTheMostTheFeesCanCost()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QTemporaryDir dir;
        apptest::SendHarness harness(manifest, kAccount, dir.path(),
                                     apptest::connectWallet(manifest, kAccount));
        QVERIFY(harness.client);
        AWAIT_OK(balance, harness.client->eth().getBalance(harness.client->address()));
        TokenBalance native;
        native.symbol = QStringLiteral("ETH");
        native.balance = balance;
        harness.wallet.tokens()->setTokens({native});
        auto* max = child<QPushButton>(*harness.page, "maxButton");
        QVERIFY(max->isEnabled());
        max->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            progress(harness).startsWith(QStringLiteral("The maximum leaves ")), kWaitMs);
        QString feeText = progress(harness).mid(QStringLiteral("The maximum leaves ").size());
        feeText.chop(QStringLiteral(" ETH for the fees.").size());
        const ParsedAmount fee = AmountText::parse(feeText, 18);
        const ParsedAmount amount =
            AmountText::parse(child<QLineEdit>(*harness.page, "amountEdit")->text(), 18);
        QVERIFY2(fee.value && amount.value, qPrintable(fee.problem + amount.problem));
        QVERIFY(*fee.value > 0);
        QCOMPARE(*amount.value + *fee.value, balance);

        // A token's whole balance, as it is.
        TokenBalance sdt;
        sdt.kind = TokenKind::Src20;
        sdt.contract = manifest.contract(QStringLiteral("Src20Token"));
        sdt.symbol = QStringLiteral("SDT");
        sdt.balance = Uint256("1234567890123456789012");
        harness.wallet.tokens()->setTokens({sdt});
        max->click();
        QCOMPARE(AmountText::parse(child<QLineEdit>(*harness.page, "amountEdit")->text(), 18).value,
                 std::optional<Uint256>(*sdt.balance));
    }

    void warnsBeforeAnSrc20TransferToARecipientWithoutKey()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        QTemporaryDir dir;
        apptest::SendHarness harness(manifest, kAccount, dir.path(),
                                     apptest::connectWallet(manifest, kAccount));
        QVERIFY(harness.client);
        harness.setSdt(manifest.contract(QStringLiteral("Src20Token")),
                       Uint256("10000000000000000000"));
        // A fresh address: it never registered a key.
        const Address stranger = PrivateKey::generate().address();
        auto store = store::Store::openInMemory();
        QVERIFY(store.ok());
        AddressBook book;
        book.setStore(store->get());
        QVERIFY(book.setLabel(stranger, QStringLiteral("Stranger <b>"), true).ok());
        harness.page->setAddressBook(&book);
        harness.controller->setAddressBook(&book);
        client::PublicClient* client = harness.client.get();
        harness.controller->setViewingKeyCheck(
            [client](Address account) { return hasRegisteredViewingKey(client, account); });
        AWAIT_OK(hasKey, hasRegisteredViewingKey(client, stranger));
        QVERIFY(!hasKey);

        child<QLineEdit>(*harness.page, "recipientEdit")
            ->setText(QString::fromStdString(stranger.checksummed()));
        child<QLineEdit>(*harness.page, "amountEdit")->setText(QStringLiteral("1"));
        QSignalSpy warned(harness.controller.get(), &SendController::noViewingKeyWarningShown);
        QSignalSpy confirmed(harness.controller.get(), &SendController::confirmationShown);
        child<QPushButton>(*harness.page, "reviewButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 1, kWaitMs);
        auto* box = qobject_cast<QMessageBox*>(warned.first().first().value<QWidget*>());
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().startsWith(QStringLiteral("Stranger <b> – %1 has no viewing key")
                                            .arg(QString::fromStdString(stranger.checksummed()))),
                 qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(progress(harness), QStringLiteral("Cancelled: nothing was sent."));
        QCOMPARE(confirmed.count(), 0);

        child<QPushButton>(*harness.page, "reviewButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(warned.count(), 2, kWaitMs);
        box = qobject_cast<QMessageBox*>(warned.last().first().value<QWidget*>());
        child<QPushButton>(*box, "continueButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(confirmed.count(), 1, kWaitMs);
        auto* dialog = confirmed.first().first().value<SendConfirmDialog*>();
        QVERIFY(child<QLabel>(*dialog, "toValue")
                    ->text()
                    .startsWith(QStringLiteral("Stranger <b> – %1")
                                    .arg(QString::fromStdString(stranger.checksummed()))));
        dialog->reject();
        QCOMPARE(progress(harness), QStringLiteral("Cancelled: nothing was sent."));
    }
};

QTEST_MAIN(TestDevnetSendExtras)
#include "tst_devnet_sendextras.moc"
