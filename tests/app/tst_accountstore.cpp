// SPDX-License-Identifier: MIT
// Accounts at rest: import, create, unlock, refuse bad input without writing anything.
#include "TestSupport.h"
#include "app/wallet/AccountService.h"
#include "app/wallet/AccountStore.h"
#include "rpc/support/AsyncTest.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <stop_token>

#include <sys/stat.h>

using namespace seismic;
using seismic::app::AccountService;
using seismic::app::AccountStore;

namespace {

constexpr std::string_view kAnvilKey =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kPassword = QStringLiteral("correct horse battery");

// Cheap scrypt so the suite stays fast; production uses the default cost.
KeystoreKdf fastKdf()
{
    KeystoreKdf kdf;
    kdf.scryptN = 1 << 10;
    return kdf;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write the test file");
    return path;
}

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRawKeyFileEncryptedAtRest()
    {
        QTemporaryDir home;
        AccountStore store(home.filePath(QStringLiteral("keystores")), fastKdf());
        const QString keyFile =
            writeFile(home, QStringLiteral("key.txt"), QByteArray("  ") + kAnvilKey.data() + "\n");
        auto imported = store.importKeyFile(keyFile, {}, kPassword);
        QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
        QCOMPARE(imported->checksummed(),
                 std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(store.accounts().size(), std::size_t(1));

        const QString stored =
            QDir(store.directory())
                .filePath(QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266.json"));
        QVERIFY(QFile::exists(stored));
        struct stat status
        {};
        QCOMPARE(::stat(QFile::encodeName(stored).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QFile file(stored);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(!contents.contains(QByteArray(kAnvilKey.substr(2).data())));
        QVERIFY(contents.contains("\"version\":3"));

        auto unlocked = store.unlock(*imported, kPassword);
        QVERIFY(unlocked.ok());
        QCOMPARE(unlocked->address(), *imported);
        QCOMPARE(store.unlock(*imported, QStringLiteral("wrong password!")).error().kind,
                 ErrorKind::WrongPassword);
    }

    void importsKeystoreWithItsPassword()
    {
        QTemporaryDir home;
        const PrivateKey key = PrivateKey::generate();
        const std::string keystore = *encryptKeystore(key, "file password", fastKdf());
        const QString path =
            writeFile(home, QStringLiteral("UTC--key.json"), QByteArray::fromStdString(keystore));
        AccountStore store(home.filePath(QStringLiteral("keystores")), fastKdf());

        auto wrong = store.importKeyFile(path, QStringLiteral("not it"), kPassword);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongPassword);
        QVERIFY(store.accounts().empty());

        auto imported = store.importKeyFile(path, QStringLiteral("file password"), kPassword);
        QVERIFY(imported.ok());
        QCOMPARE(*imported, key.address());
        QVERIFY(store.unlock(*imported, kPassword).ok());
    }

    void refusesBadInputAndWritesNothing()
    {
        QTemporaryDir home;
        AccountStore store(home.filePath(QStringLiteral("keystores")), fastKdf());
        const QString truncated = writeFile(home, QStringLiteral("short.txt"),
                                            QByteArray(kAnvilKey.data(), kAnvilKey.size() - 1));
        auto bad = store.importKeyFile(truncated, {}, kPassword);
        QCOMPARE(bad.error().kind, ErrorKind::KeyFile);
        QVERIFY(
            QString::fromStdString(bad.error().message).contains(QStringLiteral("63 hex digits")));

        const QString prose = writeFile(home, QStringLiteral("notes.txt"), "dear diary");
        QCOMPARE(store.importKeyFile(prose, {}, kPassword).error().kind, ErrorKind::KeyFile);
        QCOMPARE(store.importKeyFile(home.filePath(QStringLiteral("missing")), {}, kPassword)
                     .error()
                     .kind,
                 ErrorKind::KeyFile);

        const QString good = writeFile(home, QStringLiteral("key.txt"), kAnvilKey.data());
        auto weak = store.importKeyFile(good, {}, QStringLiteral("short"));
        QCOMPARE(weak.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(store.accounts().empty());

        QVERIFY(store.importKeyFile(good, {}, kPassword).ok());
        auto twice = store.importKeyFile(good, {}, kPassword);
        QVERIFY(QString::fromStdString(twice.error().message)
                    .contains(QStringLiteral("already stored")));
        QCOMPARE(store.accounts().size(), std::size_t(1));
    }

    void createsAndRemovesAccounts()
    {
        QTemporaryDir home;
        AccountStore store(home.filePath(QStringLiteral("keystores")), fastKdf());
        auto first = store.create(kPassword);
        auto second = store.create(kPassword);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(*first != *second);
        QCOMPARE(store.accounts().size(), std::size_t(2));
        const QByteArray keystore = [&] {
            QFile file(store.keystorePath(*first));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(!keystore.isEmpty());
        const auto backup = store.remove(*first);
        QVERIFY(backup.ok());
        QCOMPARE(store.accounts().size(), std::size_t(1));
        QCOMPARE(store.remove(*first).error().kind, ErrorKind::NotFound);
        QCOMPARE(store.unlock(*first, kPassword).error().kind, ErrorKind::NotFound);
        // Never deleted: the keystore is kept, only for the user, in the backup folder.
        QVERIFY(backup->startsWith(store.backupDirectory() + QLatin1Char('/')));
        QFile kept(*backup);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), keystore);
        QCOMPARE(kept.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFileInfo(store.backupDirectory()).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
    }

    void cancelStopsTheKeyDerivation()
    {
        QTemporaryDir home;
        // 64 MiB of scrypt: far longer than the cancel that follows it takes to arrive.
        KeystoreKdf costly;
        costly.scryptN = 1 << 16;
        AccountService service(home.filePath(QStringLiteral("keystores")), costly);
        auto cancelled = service.create(kPassword);
        service.cancel();
        auto result = testing::awaitTask(std::move(cancelled));
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QCOMPARE(service.accounts().size(), std::size_t(0));

        // Later operations run normally.
        auto created = testing::awaitTask(service.create(kPassword));
        QVERIFY(created && created->ok());
        QCOMPARE(service.accounts().size(), std::size_t(1));
        QCOMPARE(service.accounts().front(), created->value().address());
    }

    void aStoppedDerivationWritesNothing()
    {
        QTemporaryDir home;
        const QString directory = home.filePath(QStringLiteral("keystores"));
        const PrivateKey key = *PrivateKey::fromHex(kAnvilKey);
        std::stop_source stop;
        stop.request_stop();
        AccountStore stopped(directory, fastKdf(),
                             ScryptLimits{kScryptDefaultMaxMemory, stop.get_token()});
        QCOMPARE(stopped.add(key, kPassword).error().kind, ErrorKind::Cancelled);
        QCOMPARE(stopped.accounts().size(), std::size_t(0));

        AccountStore store(directory, fastKdf());
        QVERIFY(store.add(key, kPassword).ok());
        QCOMPARE(stopped.unlock(key.address(), kPassword).error().kind, ErrorKind::Cancelled);
        QVERIFY(store.unlock(key.address(), kPassword).ok());
    }
};

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
