// SPDX-License-Identifier: MIT
// The Accounts page (switch, rename, remove to the backup folder, export, watch-only accounts
// and the Send page's reason), the Address Book page (contacts, CSV import and export) and the
// automatic lock after inactivity, with the time driven by the test.
#include "app/AppIdentity.h"
#include "app/dialog/AddressEntryDialog.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/dialog/UnlockDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/SettingsModel.h"
#include "app/model/WalletModel.h"
#include "app/view/AccountsPage.h"
#include "app/view/AddressBookPage.h"
#include "app/view/StatusIndicator.h"
#include "app/wallet/AccountStore.h"
#include "app/wallet/InactivityLock.h"
#include "store/WatchOnlyAccountStore.h"
#include "support/AppTestSupport.h"
#include "support/WindowFixture.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace seismic;
using namespace seismic::app;
using apptest::child;
using namespace std::chrono_literals;

namespace {

const char* const kWatched = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const QByteArray kViewingKeyHex =
    "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";

// The dialog's message once the viewing key file at `path` was read.
QString readKeyFile(AddressEntryDialog& dialog, const QString& path)
{
    QSignalSpy read(&dialog, &AddressEntryDialog::viewingKeyFileRead);
    dialog.setViewingKeyFile(path);
    // A quick read may be answered before the call returns.
    if (read.isEmpty() && !read.wait(10'000))
        return QStringLiteral("(not read)");
    return child<QLabel>(dialog, "messageLabel")->text();
}

struct Fixture : apptest::WindowFixture
{
    AccountsPage& page = *child<AccountsPage>(window, "accountsPage");
    std::vector<Address> keys;

    Fixture()
    {
        AccountStore store(context.accounts().directory(), apptest::fastKdf());
        for (int i = 0; i < 2; ++i)
            keys.push_back(*store.create(apptest::kPassword));
        window.showPage(MainWindow::Page::Accounts);
        page.reload();
    }

    QString cell(int row, int column) const
    {
        return child<QTableWidget>(page, "accountsTable")->item(row, column)->text();
    }

    template<typename Dialog>
    Dialog* openedDialog(const char* name) const
    {
        // The one open: an earlier one may wait for its deletion, hidden.
        const auto open = [this, name]() -> Dialog* {
            for (Dialog* dialog : page.findChildren<Dialog*>(QString::fromLatin1(name))) {
                if (dialog->isVisible())
                    return dialog;
            }
            return nullptr;
        };
        Dialog* dialog = nullptr;
        [&] {
            QTRY_VERIFY((dialog = open()));
        }();
        return dialog;
    }

    void addWatchOnly(const QString& address, const QString& label)
    {
        page.addWatchOnly();
        auto* dialog = openedDialog<AddressEntryDialog>("addressEntryDialog");
        child<QLineEdit>(*dialog, "addressEdit")->setText(address);
        child<QLineEdit>(*dialog, "labelEdit")->setText(label);
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
    }
};

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void listsAndSwitchesAccounts()
    {
        Fixture f;
        QCOMPARE(f.page.entries().size(), std::size_t(2));
        QCOMPARE(f.cell(0, 2), QStringLiteral("Key"));
        QSignalSpy unlock(&f.page, &AccountsPage::unlockRequested);
        f.page.select(f.keys.at(1));
        child<QPushButton>(f.page, "switchAccountButton")->click();
        QCOMPARE(f.context.wallet().account(), f.keys.at(1));
        QCOMPARE(unlock.count(), 1);
        // The window asks for the password of the account switched to.
        QTRY_VERIFY(f.window.findChild<UnlockDialog*>());
        const int row = f.keys.at(1) == f.page.entries().at(0).address ? 0 : 1;
        QCOMPARE(f.cell(row, 2), QStringLiteral("Key, current"));
    }

    void importingSaysWhichAccountIsCurrent()
    {
        Fixture f;
        const QString path =
            apptest::writeFile(f.home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        f.window.openImportKeyDialog(path);
        auto* dialog = f.window.findChild<ImportKeyDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->format().has_value());
        child<QLineEdit>(*dialog, "newPasswordEdit")->setText(apptest::kPassword);
        child<QLineEdit>(*dialog, "confirmPasswordEdit")->setText(apptest::kPassword);
        child<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(f.context.wallet().account(),
                                  Address::parse(apptest::kAnvilAddress).value(), 20'000);
        QCOMPARE(f.window.statusBar()->currentMessage(),
                 QStringLiteral("Imported %1: it is now the current account.")
                     .arg(QString::fromLatin1(apptest::kAnvilAddress)));
    }

    void accountsAreAddedFromThePage()
    {
        Fixture f;
        // The File menu's actions, as buttons: the same text, state and dialog.
        auto* import = child<QToolButton>(f.page, "importAccountButton");
        auto* create = child<QToolButton>(f.page, "createAccountButton");
        QCOMPARE(import->defaultAction(), child<QAction>(f.window, "actionImportKey"));
        QCOMPARE(create->defaultAction(), child<QAction>(f.window, "actionCreateAccount"));
        QVERIFY(!import->accessibleName().isEmpty());
        QVERIFY(!create->accessibleName().isEmpty());
    }

    void renamesIntoTheAddressBook()
    {
        Fixture f;
        f.page.select(f.keys.at(0));
        child<QPushButton>(f.page, "renameAccountButton")->click();
        auto* input = f.openedDialog<QInputDialog>("renameDialog");
        input->setTextValue(QStringLiteral("  Savings "));
        input->accept();
        QCOMPARE(f.context.addressBook().labelFor(f.keys.at(0)), QStringLiteral("Savings"));
        const int row = f.keys.at(0) == f.page.entries().at(0).address ? 0 : 1;
        QCOMPARE(f.cell(row, 0), QStringLiteral("Savings"));
    }

    void removesToTheBackupFolderOnceConfirmed()
    {
        Fixture f;
        f.context.wallet().setAccount(f.keys.at(0));
        f.page.select(f.keys.at(0));
        child<QPushButton>(f.page, "removeAccountButton")->click();
        auto* box = f.openedDialog<QMessageBox>("removeAccountBox");
        QVERIFY(
            box->text().contains(QDir::toNativeSeparators(f.context.accounts().backupDirectory())));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(f.page.entries().size(), std::size_t(2));

        child<QPushButton>(f.page, "removeAccountButton")->click();
        box = f.openedDialog<QMessageBox>("removeAccountBox");
        child<QPushButton>(*box, "confirmRemoveButton")->click();
        QTRY_COMPARE(f.page.entries().size(), std::size_t(1));
        QCOMPARE(f.context.accounts().accounts(), std::vector<Address>{f.keys.at(1)});
        QCOMPARE(QDir(f.context.accounts().backupDirectory()).entryList(QDir::Files).size(), 1);
        // It was the current account: there is none now.
        QVERIFY(!f.context.wallet().account());
    }

    void exportsTheKeystore()
    {
        Fixture f;
        f.page.select(f.keys.at(1));
        child<QPushButton>(f.page, "exportKeystoreButton")->click();
        auto* dialog = f.openedDialog<QFileDialog>("exportKeystoreDialog");
        const QString target = f.home.filePath(QStringLiteral("exported.json"));
        Q_EMIT dialog->fileSelected(target);
        QFile exported(target);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QFile original(f.context.accounts().keystorePath(f.keys.at(1)));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(exported.readAll(), original.readAll());
        QCOMPARE(exported.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void watchOnlyAccountsCannotSend()
    {
        Fixture f;
        f.addWatchOnly(QString::fromLatin1(kWatched), QStringLiteral("Cold wallet"));
        QCOMPARE(f.page.entries().size(), std::size_t(3));
        QCOMPARE(f.page.entries().back().kind, AccountKind::WatchOnly);
        QCOMPARE(f.cell(2, 0), QStringLiteral("Cold wallet"));
        QCOMPARE(f.cell(2, 2), QStringLiteral("Watch-only"));
        // Export needs a keystore.
        QVERIFY(!child<QPushButton>(f.page, "exportKeystoreButton")->isEnabled());
        // The same address is refused a second time.
        f.page.addWatchOnly();
        auto* again = f.openedDialog<AddressEntryDialog>("addressEntryDialog");
        child<QLineEdit>(*again, "addressEdit")->setText(QString::fromLatin1(kWatched).toLower());
        QVERIFY(
            !child<QDialogButtonBox>(*again, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(child<QLabel>(*again, "messageLabel")->text(),
                 QStringLiteral("This address is already listed."));
        again->reject();

        QSignalSpy unlock(&f.page, &AccountsPage::unlockRequested);
        f.page.select(*Address::parse(kWatched));
        f.page.switchToSelected();
        QVERIFY(f.context.wallet().isWatchOnly());
        QCOMPARE(unlock.count(), 0);
        QVERIFY(child<StatusIndicator>(f.window, "accountIndicator")
                    ->text()
                    .endsWith(QStringLiteral("(watch-only)")));
        f.window.showPage(MainWindow::Page::Send);
        QVERIFY(child<QLabel>(f.window, "stateLabel")
                    ->text()
                    .startsWith(QStringLiteral("This is a watch-only account")));
        QVERIFY(!child<QPushButton>(f.window, "reviewButton")->isEnabled());

        // Kept in the store: another page over the same context lists it.
        AccountsPage other(f.context);
        QCOMPARE(other.entries().size(), std::size_t(3));
    }

    void viewingKeyFilesAreCheckedInTheDialog_data()
    {
        QTest::addColumn<QByteArray>("contents"); // none: no file at all
        QTest::addColumn<QString>("message");     // empty: the key is taken
        const QString noKey =
            QStringLiteral("This file holds no viewing key: it needs 64 hexadecimal digits (32 "
                           "bytes), optionally with 0x.\nDetails: viewing key file %1: ");
        const QString unreadable =
            QStringLiteral("A file cannot be read or written.\nDetails: viewing key file %1: ");
        QTest::newRow("missing") << QByteArray() << unreadable + QStringLiteral("no such file");
        QTest::newRow("empty") << QByteArray("") << noKey + QStringLiteral("is empty");
        QTest::newRow("/dev/zero") << QByteArray("/dev/zero")
                                   << unreadable + QStringLiteral("is too large (at most 4 KiB)");
        QTest::newRow("31 bytes") << kViewingKeyHex.left(62)
                                  << noKey + QStringLiteral("has 62 hex digits, expected 64");
        QTest::newRow("non-hex") << QByteArray("viewing key: " + kViewingKeyHex)
                                 << noKey + QStringLiteral(
                                                "contains a non-hex character at position 1");
        QTest::newRow("good") << kViewingKeyHex << QString();
        QTest::newRow("good with 0x") << QByteArray("0x" + kViewingKeyHex) << QString();
        QTest::newRow("surrounding whitespace")
            << QByteArray("\n  0x" + kViewingKeyHex + " \r\n") << QString();
    }

    void viewingKeyFilesAreCheckedInTheDialog()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("absent.key"));
        if (contents == "/dev/zero")
            path = QString::fromLatin1(contents);
        else if (!contents.isNull())
            path = apptest::writeFile(dir, QStringLiteral("viewing.key"), contents);

        AddressEntryDialog dialog(AddressEntryDialog::Purpose::WatchOnlyAccount, {});
        child<QLineEdit>(dialog, "addressEdit")->setText(QString::fromLatin1(kWatched));
        QPushButton* ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled()); // the key file is optional
        const QString shown = readKeyFile(dialog, path);
        if (message.isEmpty()) {
            QCOMPARE(shown, QString());
            QVERIFY(ok->isEnabled());
            QVERIFY(dialog.viewingKey());
            QCOMPARE(
                QByteArray(reinterpret_cast<const char*>(dialog.viewingKey()->bytes().data()), 32)
                    .toHex(),
                kViewingKeyHex);
        } else {
            QCOMPARE(shown, message.arg(path));
            QCOMPARE(child<QLabel>(dialog, "messageLabel")->textFormat(), Qt::PlainText);
            QVERIFY(!ok->isEnabled());
            QVERIFY(!dialog.viewingKey());
            // No file after all: the account is added without a key.
            child<QLineEdit>(dialog, "viewingKeyFileEdit")->clear();
            QVERIFY(ok->isEnabled());
        }
    }

    void watchOnlyViewingKeyIsSetAndRemoved()
    {
        Fixture f;
        const QString keyFile =
            apptest::writeFile(f.home, QStringLiteral("viewing.key"), kViewingKeyHex + "\n");
        // Added with its key file.
        f.page.addWatchOnly();
        auto* add = f.openedDialog<AddressEntryDialog>("addressEntryDialog");
        child<QLineEdit>(*add, "addressEdit")->setText(QString::fromLatin1(kWatched));
        QCOMPARE(readKeyFile(*add, keyFile), QString());
        child<QDialogButtonBox>(*add, "buttons")->button(QDialogButtonBox::Ok)->click();
        QVERIFY(f.page.entries().back().hasViewingKey);
        QCOMPARE(f.cell(2, 2), QStringLiteral("Watch-only, with viewing key"));
        const Address watched = *Address::parse(kWatched);
        const auto stored = *store::WatchOnlyAccountStore(f.context.store()).find(watched);
        QVERIFY(stored && stored->viewingKey);

        // The current account carries it to the transfer monitor.
        WalletModel& wallet = f.context.wallet();
        f.page.select(watched);
        f.page.switchToSelected();
        QVERIFY(wallet.watchOnlyViewingKey());
        QCOMPARE(*wallet.watchOnlyViewingKey(), *stored->viewingKey);
        QCOMPARE(f.cell(2, 2), QStringLiteral("Watch-only, with viewing key, current"));
        f.window.showPage(MainWindow::Page::ViewingKey);
        QCOMPARE(child<QLabel>(f.window, "viewingKeyStateLabel")->text(),
                 QStringLiteral("This watch-only account's SRC20 amounts open with the viewing key "
                                "you gave (set or remove it on the Accounts page)."));
        QVERIFY(!child<QPushButton>(f.window, "registerButton")->isEnabled());
        f.window.showPage(MainWindow::Page::Accounts);

        // Removed, confirmed.
        QSignalSpy keyChanged(&wallet, &WalletModel::watchOnlyViewingKeyChanged);
        f.page.select(watched);
        f.page.removeViewingKeyOfSelected();
        auto* box = f.openedDialog<QMessageBox>("removeViewingKeyBox");
        QCOMPARE(box->textFormat(), Qt::PlainText);
        child<QPushButton>(*box, "confirmRemoveViewingKeyButton")->click();
        QCOMPARE(keyChanged.count(), 1);
        QVERIFY(!wallet.watchOnlyViewingKey());
        QVERIFY(!(*store::WatchOnlyAccountStore(f.context.store()).find(watched))->viewingKey);
        QCOMPARE(f.cell(2, 2), QStringLiteral("Watch-only, current"));
        QVERIFY(child<QLabel>(f.window, "lockStateLabel")
                    ->text()
                    .startsWith(QStringLiteral("Watch-only: no private key")));

        // Set again from the Viewing Key menu: the file is required, the address stays.
        f.page.select(watched);
        f.page.setViewingKeyOfSelected();
        auto* set = f.openedDialog<AddressEntryDialog>("addressEntryDialog");
        QVERIFY(child<QLineEdit>(*set, "addressEdit")->isReadOnly());
        QPushButton* ok = child<QDialogButtonBox>(*set, "buttons")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(readKeyFile(*set, keyFile), QString());
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(keyChanged.count(), 2);
        QVERIFY(wallet.watchOnlyViewingKey());
        QCOMPARE(f.cell(2, 2), QStringLiteral("Watch-only, with viewing key, current"));

        // Removing the account forgets its key.
        f.page.select(watched);
        f.page.removeSelected();
        child<QPushButton>(*f.openedDialog<QMessageBox>("removeAccountBox"), "confirmRemoveButton")
            ->click();
        QVERIFY(!wallet.account());
        QCOMPARE(*store::WatchOnlyAccountStore(f.context.store()).find(watched),
                 std::optional<store::WatchOnlyAccount>());
    }

    void addressBookImportsAndExportsCsv()
    {
        apptest::WindowFixture f;
        f.window.showPage(MainWindow::Page::AddressBook);
        auto& page = *child<AddressBookPage>(f.window, "addressBookPage");
        QSignalSpy messages(&page, &AddressBookPage::message);
        const QString hostile = apptest::writeFile(
            f.home, QStringLiteral("hostile.csv"),
            "label,address\nAlice,0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n<b>Bob</b>,nope\n");
        page.importFile(hostile);
        QCOMPARE(messages.last().first().toString(),
                 QStringLiteral("Nothing was imported: Line 3: “nope” is not an address"));
        QVERIFY(page.shownAddresses().empty());

        const QString good =
            apptest::writeFile(f.home, QStringLiteral("good.csv"),
                               "Alice,0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\nBob,"
                               "0x70997970C51812dc3A010C7d01b50e0d17dc79C8\n");
        page.importFile(good);
        QCOMPARE(messages.last().first().toString(), QStringLiteral("2 contact(s) imported."));
        QCOMPARE(page.shownAddresses().size(), std::size_t(2));
        auto* table = child<QTableWidget>(page, "contactsTable");
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Alice"));
        // Offline: the Directory cannot be asked.
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("unknown"));

        // Edit keeps the address.
        page.select(page.shownAddresses().at(1));
        page.editSelected();
        AddressEntryDialog* edit = nullptr;
        QTRY_VERIFY((edit = page.findChild<AddressEntryDialog*>()));
        QVERIFY(child<QLineEdit>(*edit, "addressEdit")->isReadOnly());
        child<QLineEdit>(*edit, "labelEdit")->setText(QStringLiteral("Robert"));
        child<QDialogButtonBox>(*edit, "buttons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(f.context.addressBook().labelFor(page.shownAddresses().at(1)),
                 QStringLiteral("Robert"));

        const QString exported = f.home.filePath(QStringLiteral("out.csv"));
        page.exportFile(exported);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("label,address\r\nAlice,0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\r\n"
                            "Robert,0x70997970C51812dc3A010C7d01b50e0d17dc79C8\r\n"));
        page.importFile(f.home.filePath(QStringLiteral("missing.csv")));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("cannot be read")));
    }

    void locksAfterInactivityAndWipesTheKey()
    {
        QTemporaryDir home;
        SettingsModel settings(home.filePath(QStringLiteral("settings.ini")));
        WalletModel wallet;
        auto now = std::chrono::steady_clock::time_point{};
        InactivityLock lock(wallet, settings, [&now] { return now; });
        wallet.unlock(*PrivateKey::fromHex(apptest::kAnvilKey));
        QVERIFY(wallet.privateKey());

        now += 14min;
        lock.check();
        QVERIFY(wallet.isUnlocked());
        // Input resets the count.
        QWidget widget;
        QTest::keyClick(&widget, Qt::Key_A);
        now += 14min;
        lock.check();
        QVERIFY(wallet.isUnlocked());
        QSignalSpy locked(&wallet, &WalletModel::lockStateChanged);
        now += 1min;
        lock.check();
        QVERIFY(!wallet.isUnlocked());
        QVERIFY(!wallet.privateKey());
        QCOMPARE(locked.count(), 1);

        // Never, when set so.
        QVERIFY(settings.setAutoLockMinutes(0));
        wallet.unlock(*PrivateKey::fromHex(apptest::kAnvilKey));
        now += 24h;
        lock.check();
        QVERIFY(wallet.isUnlocked());
        // A shorter time counts from its change.
        QVERIFY(settings.setAutoLockMinutes(1));
        now += 59s;
        lock.check();
        QVERIFY(wallet.isUnlocked());
        now += 1s;
        lock.check();
        QVERIFY(!wallet.isUnlocked());
    }
};

QTEST_MAIN(TestAccounts)
#include "tst_accounts.moc"
