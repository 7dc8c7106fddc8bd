// SPDX-License-Identifier: MIT
// Creating, unlocking and locking accounts through the real dialogs and actions.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/CreateAccountDialog.h"
#include "app/dialog/UnlockDialog.h"
#include "app/model/WalletModel.h"
#include "app/view/MainWindow.h"
#include "app/view/StatusIndicator.h"
#include "support/AppTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

QPushButton* okButton(const QDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

// Stores a key as an earlier session would have.
Address storeAnvilKey(AppContext& context)
{
    AccountStore store(context.accounts().directory(), apptest::fastKdf());
    return *store.add(*PrivateKey::fromHex(apptest::kAnvilKey), apptest::kPassword);
}

} // namespace

class TestAccountDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void createsAnAccount()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        CreateAccountDialog dialog(context.accounts(), context.wallet());
        dialog.show();
        QVERIFY(
            child<QLabel>(dialog, "backupLabel")->text().contains(context.accounts().directory()));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), apptest::kPassword);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmPasswordEdit"), apptest::kPassword);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto accounts = context.accounts().accounts();
        QCOMPARE(accounts.size(), std::size_t(1));
        QCOMPARE(context.wallet().account(), accounts.front());
        QVERIFY(context.wallet().isUnlocked());
        QCOMPARE(context.wallet().privateKey()->address(), accounts.front());
    }

    void unlocksOnlyWithTheRightPassword()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        const Address account = storeAnvilKey(context);
        context.wallet().setAccount(account);
        UnlockDialog dialog(context.accounts(), context.wallet());
        dialog.show();
        QCOMPARE(child<QComboBox>(dialog, "accountCombo")->currentText(),
                 QString::fromLatin1(apptest::kAnvilAddress));

        QLineEdit* password = child<QLineEdit>(dialog, "passwordEdit");
        QTest::keyClicks(password, QStringLiteral("guess"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(child<QLabel>(dialog, "messageLabel")->text(), QStringLiteral("Wrong password."));
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.isVisible());
        QVERIFY(!context.wallet().isUnlocked());

        QTest::keyClicks(password, apptest::kPassword);
        QVERIFY(child<QLabel>(dialog, "messageLabel")->text().isEmpty());
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(context.wallet().isUnlocked());
        QCOMPARE(*context.wallet().account(), account);
    }

    void lockWipesTheKeyFromTheWallet()
    {
        QTemporaryDir home;
        AppContext context(home.path(), apptest::fastKdf());
        storeAnvilKey(context);
        MainWindow window(context);
        window.show();
        QAction* lock = child<QAction>(window, "actionLock");
        QAction* unlock = child<QAction>(window, "actionUnlock");
        auto* indicator = child<StatusIndicator>(window, "accountIndicator");
        QCOMPARE(indicator->text(), QStringLiteral("No account"));
        QVERIFY(!lock->isEnabled());

        context.wallet().unlock(*PrivateKey::fromHex(apptest::kAnvilKey));
        QVERIFY(lock->isEnabled());
        QVERIFY(!unlock->isEnabled()); // the only account, already unlocked
        QCOMPARE(indicator->text(), QStringLiteral("0xf39F…2266"));
        QSignalSpy lockChanges(&context.wallet(), &WalletModel::lockStateChanged);

        lock->trigger();
        QCOMPARE(lockChanges.count(), 1);
        QVERIFY(!context.wallet().isUnlocked());
        QCOMPARE(context.wallet().privateKey(), nullptr);
        // Still the current account, locked.
        QCOMPARE(context.wallet().account()->checksummed(), std::string(apptest::kAnvilAddress));
        QCOMPARE(indicator->text(), QStringLiteral("0xf39F…2266 (locked)"));
        QVERIFY(!lock->isEnabled());
        QVERIFY(unlock->isEnabled());
        lock->trigger();
        QCOMPARE(lockChanges.count(), 1);

        // Unlock opens the unlock dialog on the window, without blocking.
        unlock->trigger();
        auto* dialog = window.findChild<UnlockDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        dialog->reject();
        QTRY_VERIFY(!window.findChild<UnlockDialog*>());
    }

    void switchingAccountsLocksAndClears()
    {
        WalletModel wallet;
        const PrivateKey first = PrivateKey::generate();
        const PrivateKey second = PrivateKey::generate();
        QSignalSpy accountChanges(&wallet, &WalletModel::accountChanged);
        wallet.unlock(first);
        QCOMPARE(accountChanges.count(), 1);
        wallet.unlock(first);
        QCOMPARE(accountChanges.count(), 1);
        wallet.setAccount(second.address());
        QCOMPARE(accountChanges.count(), 2);
        QVERIFY(!wallet.isUnlocked());
        wallet.unlock(second);
        QCOMPARE(wallet.privateKey()->address(), second.address());
    }
};

QTEST_MAIN(TestAccountDialogs)
#include "tst_accountdialogs.moc"
