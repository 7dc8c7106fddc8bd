// SPDX-License-Identifier: MIT
// ImportKeyDialog driven through its widgets: raw keys and keystores, wrong passwords, bad files,
// weak passwords and duplicates, with the keystore work off the GUI thread.
#include "TestSupport.h"
#include "app/AppContext.h"
#include "app/AppIdentity.h"
#include "app/dialog/ImportKeyDialog.h"
#include "app/model/WalletModel.h"
#include "support/AppTestSupport.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <sys/stat.h>

using namespace seismic;
using namespace seismic::app;
using apptest::child;

namespace {

struct Fixture
{
    QTemporaryDir home;
    AppContext context{home.path(), apptest::fastKdf()};
    ImportKeyDialog dialog{context.accounts(), context.wallet()};

    Fixture() { dialog.show(); }

    QLineEdit* edit(const char* name) { return child<QLineEdit>(dialog, name); }
    QPushButton* importButton()
    {
        return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
    }
    QString message() { return child<QLabel>(dialog, "messageLabel")->text(); }

    void chooseFile(const QString& path, KeyFileFormat expected)
    {
        edit("filePathEdit")->setText(path);
        QTRY_VERIFY(dialog.format() == expected);
    }
    void typeNewPassword(const QString& password)
    {
        QTest::keyClicks(edit("newPasswordEdit"), password);
        QTest::keyClicks(edit("confirmPasswordEdit"), password);
    }
    // Clicks Import and waits for the keystore work to end. (With the cheap test KDF the work
    // may be over before the click returns; staysResponsiveWhileBusy() checks the busy state.)
    void importAndWait()
    {
        QVERIFY(importButton()->isEnabled());
        QTest::mouseClick(importButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isBusy());
    }
};

} // namespace

class TestImportKeyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setApplicationIdentity(); }

    void importsRawKeyFile()
    {
        Fixture f;
        const QString path = apptest::writeFile(f.home, QStringLiteral("key.txt"),
                                                QByteArray(" ") + apptest::kAnvilKey + "\n");
        f.chooseFile(path, KeyFileFormat::RawHex);
        // A raw key has no password of its own.
        QVERIFY(!f.edit("filePasswordEdit")->isVisibleTo(&f.dialog));
        QVERIFY(!f.importButton()->isEnabled());
        f.typeNewPassword(apptest::kPassword);
        QSignalSpy accepted(&f.dialog, &QDialog::accepted);
        f.importAndWait();

        QCOMPARE(accepted.count(), 1);
        QVERIFY(!f.dialog.isVisible());
        const WalletModel& wallet = f.context.wallet();
        QVERIFY(wallet.isUnlocked());
        QCOMPARE(wallet.account()->checksummed(), std::string(apptest::kAnvilAddress));
        QCOMPARE(f.context.accounts().accounts().size(), std::size_t(1));
        const QString stored =
            QDir(f.context.accounts().directory())
                .filePath(QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266.json"));
        struct stat status
        {};
        QCOMPARE(::stat(QFile::encodeName(stored).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
    }

    void importsKeystoreOnlyWithItsPassword()
    {
        Fixture f;
        const PrivateKey key = PrivateKey::generate();
        const std::string keystore = *encryptKeystore(key, "file password", apptest::fastKdf());
        const QString path = apptest::writeFile(f.home, QStringLiteral("UTC--keystore"),
                                                QByteArray::fromStdString(keystore));
        f.chooseFile(path, KeyFileFormat::KeystoreV3);
        QVERIFY(f.edit("filePasswordEdit")->isVisible());
        QVERIFY(
            child<QLabel>(f.dialog, "formatLabel")->text().contains(QStringLiteral("Keystore")));

        QTest::keyClicks(f.edit("filePasswordEdit"), QStringLiteral("not the password"));
        f.typeNewPassword(apptest::kPassword);
        f.importAndWait();
        QCOMPARE(f.message(), QStringLiteral("Wrong password."));
        QVERIFY(f.dialog.isVisible());
        QVERIFY(f.edit("filePasswordEdit")->text().isEmpty());
        QVERIFY(f.context.accounts().accounts().empty());
        QVERIFY(!f.context.wallet().account());

        QTest::keyClicks(f.edit("filePasswordEdit"), QStringLiteral("file password"));
        f.importAndWait();
        QVERIFY(!f.dialog.isVisible());
        QCOMPARE(*f.context.wallet().account(), key.address());
        QVERIFY(f.context.wallet().isUnlocked());
        QCOMPARE(f.context.accounts().accounts().size(), std::size_t(1));
    }

    void refusesBadFilesPrecisely()
    {
        Fixture f;
        // Recognised as a raw key, refused with a precise reason on import.
        const std::string key(apptest::kAnvilKey);
        const QString truncated = apptest::writeFile(f.home, QStringLiteral("short.txt"),
                                                     QByteArray::fromStdString(key.substr(0, 65)));
        f.chooseFile(truncated, KeyFileFormat::RawHex);
        f.typeNewPassword(apptest::kPassword);
        f.importAndWait();
        QVERIFY2(f.message().contains(QStringLiteral("63 hex digits, expected 64")),
                 qPrintable(f.message()));
        QVERIFY(f.context.accounts().accounts().empty());

        // Not a key file at all: said as soon as the file is chosen, and Import stays disabled.
        const QString prose =
            apptest::writeFile(f.home, QStringLiteral("notes.txt"), "dear diary, today");
        f.edit("filePathEdit")->setText(prose);
        QLabel* format = child<QLabel>(f.dialog, "formatLabel");
        QTRY_VERIFY(format->text().startsWith(
            QStringLiteral("This is not a valid key file.\nDetails: not a key file")));
        QVERIFY(!f.importButton()->isEnabled());

        f.edit("filePathEdit")->setText(f.home.filePath(QStringLiteral("missing.txt")));
        QTRY_VERIFY(format->text().contains(QStringLiteral("no such file")));
        QVERIFY(!f.importButton()->isEnabled());
        QVERIFY(f.context.accounts().accounts().empty());
        QVERIFY(!f.context.wallet().account());
    }

    void refusesWeakPasswordsAndDuplicates()
    {
        Fixture f;
        const QString path =
            apptest::writeFile(f.home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        f.chooseFile(path, KeyFileFormat::RawHex);
        QTest::keyClicks(f.edit("newPasswordEdit"), QStringLiteral("short"));
        QCOMPARE(f.message(), QStringLiteral("The new password must have at least 8 characters."));
        QVERIFY(!f.importButton()->isEnabled());
        QTest::keyClicks(f.edit("newPasswordEdit"), QStringLiteral(" but longer"));
        QTest::keyClicks(f.edit("confirmPasswordEdit"), QStringLiteral("something else"));
        QCOMPARE(f.message(), QStringLiteral("The two passwords do not match."));
        QVERIFY(!f.importButton()->isEnabled());

        // The same key stored before: a precise refusal, and still one account.
        AccountStore store(f.context.accounts().directory(), apptest::fastKdf());
        QVERIFY(store.importKeyFile(path, {}, apptest::kPassword).ok());
        f.edit("confirmPasswordEdit")->clear();
        QTest::keyClicks(f.edit("confirmPasswordEdit"), QStringLiteral("short but longer"));
        QVERIFY(f.message().isEmpty());
        f.importAndWait();
        QVERIFY2(f.message().contains(QStringLiteral("is already stored")),
                 qPrintable(f.message()));
        QCOMPARE(f.context.accounts().accounts().size(), std::size_t(1));
        QVERIFY(!f.context.wallet().account());
    }

    void staysResponsiveWhileBusy()
    {
        QTemporaryDir home;
        // A costlier derivation, so that the work takes a while.
        KeystoreKdf kdf = apptest::fastKdf();
        kdf.scryptN = 1 << 16;
        AppContext context(home.path(), kdf);
        ImportKeyDialog dialog(context.accounts(), context.wallet());
        dialog.show();
        const QString path =
            apptest::writeFile(home, QStringLiteral("key.txt"), apptest::kAnvilKey);
        child<QLineEdit>(dialog, "filePathEdit")->setText(path);
        QTRY_VERIFY(dialog.format().has_value());
        QTest::keyClicks(child<QLineEdit>(dialog, "newPasswordEdit"), apptest::kPassword);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmPasswordEdit"), apptest::kPassword);

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
        ticker.start(5);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QProgressBar>(dialog, "busyBar")->isVisible());
        QVERIFY(!child<QWidget>(dialog, "inputs")->isEnabled());
        auto* buttons = child<QDialogButtonBox>(dialog, "buttons");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        // Cancel stops the key derivation (tst_accountstore covers it), so it stays available.
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QVERIFY2(ticks >= 3, qPrintable(QStringLiteral("the event loop ran %1 times").arg(ticks)));
        QVERIFY(context.wallet().isUnlocked());
    }
};

QTEST_MAIN(TestImportKeyDialog)
#include "tst_importkeydialog.moc"
