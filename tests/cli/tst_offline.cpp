// SPDX-License-Identifier: MIT
// seismic-cli without a node: `tx build --offline` against the known answers of spec 11.3-11.5,
// key sources (PRIVATE_KEY, raw key file, keystore v3 with --password-file) and their errors,
// usage errors, an unreachable node, `bench decode`; exit codes and stderr asserted, and no
// private key ever printed.
#include "TestSupport.h"
#include "cli/support/CliRunner.h"
#include "core/Keystore.h"
#include "core/PrivateKey.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using testing::cleanEnvironment;
using testing::CliRun;
using testing::runCli;
using testing::runCliWithAddressSpace;

namespace {

// Spec 11.3 (anvil #0 signs) with the encryption of 11.5 (client key whose public key is the
// network key, so the request key is ECDH of the key with itself).
constexpr auto kSignerKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr auto kEncryptionKey = "311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505";
constexpr auto kTeeKey = "028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0";
constexpr auto kPlaintext =
    "0xfc3c2cf4943c327f19af0efaf3b07201f608dd5c8e3954399a919b72588d3872b6819ac3d13d3656cbb38833"
    "a39ffd1e73963196a1ddfa9e4a5d595fdbebb875";
constexpr auto kCiphertext =
    "0xbf645e68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c"
    "05ff42d9e4382f987fc55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237";
constexpr auto kRaw =
    "0x4af90113827a6902843b9aca00830186a094d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c6"
    "8000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fc"
    "b1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480b850bf645e"
    "68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e1b3c05ff42"
    "d9e4382f987fc55c2011f8e4f2e66204e17174e9d2756bb20f4cdfe48bd5d237c080a0ea4deb5d93eb2566b7d0"
    "ea5209f8bc9fd810ad1eff29bf59424de14c5910ab23a01daa9ada5f7448d737dee3096add2cd9447c2f55c13b"
    "7f8ca6ec37105548bf0c";
constexpr auto kAad =
    "0xf88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e4c425df46cc3b5c0f6cbd"
    "ac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5"
    "a08c46a2b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c"
    "239f906480";
constexpr auto kAadEip712 =
    "0xf88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e4c425df46cc3b5c0f6cbd"
    "ac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5"
    "a08c46a2b6020bba77fcb1e676a602a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c"
    "239f906480";

// The encryption secret of spec 11.5 in a key file (secrets never go in argv).
QString encryptionKeyFile()
{
    static QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("encryption.key"));
    QFile file(path);
    if (!file.exists() && (!file.open(QIODevice::WriteOnly) || file.write(kEncryptionKey) < 0))
        qFatal("cannot write the encryption key file");
    return path;
}

QStringList vectorArguments()
{
    return {QStringLiteral("tx"),
            QStringLiteral("build"),
            QStringLiteral("--offline"),
            QStringLiteral("--chain-id=31337"),
            QStringLiteral("--nonce=2"),
            QStringLiteral("--gas-price=1000000000"),
            QStringLiteral("--gas=100000"),
            QStringLiteral("--to=0xd3e8763675e4c425df46cc3b5c0f6cbdac396046"),
            QStringLiteral("--value=1000000000000000"),
            QStringLiteral("--data=") + kPlaintext,
            QStringLiteral("--encryption-key-file=") + encryptionKeyFile(),
            QStringLiteral("--tee-public-key=") + kTeeKey,
            QStringLiteral("--encryption-nonce=46a2b6020bba77fcb1e676a6"),
            QStringLiteral("--recent-block-hash="
                           "934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f90"),
            QStringLiteral("--expires-at-block=100")};
}

QProcessEnvironment withKey(const QString& key)
{
    auto environment = cleanEnvironment();
    environment.insert(QStringLiteral("PRIVATE_KEY"), key);
    return environment;
}

} // namespace

class CliOfflineTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeFile(const QString& name, const QByteArray& contents)
    {
        const auto path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write a test file");
        return path;
    }

    // The signer of spec 11.3 as a keystore v3 (cheap KDF) under `password`.
    QString keystore()
    {
        seismic::KeystoreKdf kdf;
        kdf.kind = seismic::KeystoreKdf::Kind::Pbkdf2;
        kdf.pbkdf2Iterations = 1024;
        auto key = seismic::PrivateKey::fromHex(kSignerKey);
        auto json = seismic::encryptKeystore(*key, "correct horse", kdf);
        if (!json)
            qFatal("cannot write a keystore");
        return writeFile(QStringLiteral("keystore.json"), QByteArray::fromStdString(*json));
    }

private Q_SLOTS:
    void txBuildMatchesTheSpecVector()
    {
        const auto run = runCli(vectorArguments(), withKey(QString::fromLatin1(kSignerKey)));
        QCOMPARE_EXIT(run, 0);
        const auto json = run.json();
        QCOMPARE(json.value("raw").toString(), QString::fromLatin1(kRaw));
        QCOMPARE(
            json.value("hash").toString(),
            QStringLiteral("0x4e4d0e23ea06cb8978c40adabaf8599203c7b6d56cfd3063af2d552ec73ace7a"));
        QCOMPARE(
            json.value("signingHash").toString(),
            QStringLiteral("0x3bd2090142a65daa3ea533a0f9bc00397bdb710890b3060422c820933e2c1c0f"));
        QCOMPARE(json.value("aad").toString(), QString::fromLatin1(kAad));
        QCOMPARE(json.value("ciphertext").toString(), QString::fromLatin1(kCiphertext));
        QCOMPARE(json.value("sender").toString(),
                 QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
        QCOMPARE(json.size(), 6);
        QVERIFY(!run.all().contains(QLatin1String(kSignerKey)));
        QVERIFY(!run.all().contains(QLatin1String(kEncryptionKey)));
    }

    void txBuildEip712AndSignedRead()
    {
        // Spec 11.5: the messageVersion 2 AAD and the tag it gives; 11.4 signing hash.
        auto arguments = vectorArguments();
        arguments << QStringLiteral("--eip712");
        auto run = runCli(arguments, withKey(QString::fromLatin1(kSignerKey)));
        QCOMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value("aad").toString(), QString::fromLatin1(kAadEip712));
        QVERIFY(run.json()
                    .value("ciphertext")
                    .toString()
                    .endsWith(QLatin1String("5c27cf78e5c395d6d53d08d452d6dc38")));
        QCOMPARE(run.json().value("sender").toString(),
                 QStringLiteral("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));

        arguments = vectorArguments();
        arguments << QStringLiteral("--signed-read");
        run = runCli(arguments, withKey(QString::fromLatin1(kSignerKey)));
        QCOMPARE_EXIT(run, 0);
        QVERIFY(run.json().value("raw").toString() != QLatin1String(kRaw));
        QVERIFY(run.json().value("aad").toString() != QLatin1String(kAad));
    }

    void txBuildWithKeyFiles()
    {
        // A raw hex key file (0x, surrounding whitespace) and a keystore give the same bytes.
        auto arguments = vectorArguments();
        arguments << QStringLiteral("--key-file")
                  << writeFile(QStringLiteral("raw.key"),
                               QByteArray("  0x") + kSignerKey + QByteArray("\n"));
        auto run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value("raw").toString(), QString::fromLatin1(kRaw));

        arguments = vectorArguments();
        arguments << QStringLiteral("--key-file") << keystore() << QStringLiteral("--password-file")
                  << writeFile(QStringLiteral("password"), "correct horse\n");
        run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value("raw").toString(), QString::fromLatin1(kRaw));
        QVERIFY(!run.all().contains(QLatin1String("correct horse")));
    }

    void keyErrors()
    {
        // No key at all.
        auto run = runCli(vectorArguments(), cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("no signing key: set PRIVATE_KEY or pass "
                                                "--key-file FILE")),
                 run.describe());

        // A malformed PRIVATE_KEY: one digit short, then a non-hex digit. Never echoed.
        const QString shortKey = QString::fromLatin1(kSignerKey).left(63);
        run = runCli(vectorArguments(), withKey(shortKey));
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("PRIVATE_KEY has 63 hex digits, expected 64")),
                 run.describe());
        QVERIFY(!run.all().contains(shortKey));
        const QString badDigit = QString::fromLatin1(kSignerKey).replace(5, 1, QLatin1Char('g'));
        run = runCli(vectorArguments(), withKey(badDigit));
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("non-hex character at position 6")),
                 run.describe());
        QVERIFY(!run.all().contains(badDigit.mid(6)));

        // A keystore with the wrong password, then without one.
        auto arguments = vectorArguments();
        arguments << QStringLiteral("--key-file") << keystore() << QStringLiteral("--password-file")
                  << writeFile(QStringLiteral("wrong"), "battery staple\n");
        run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("wrong password")), run.describe());
        QVERIFY(!run.all().contains(QLatin1String("battery staple")));
        arguments = vectorArguments();
        arguments << QStringLiteral("--key-file") << keystore();
        run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("is an encrypted keystore: pass its password with "
                                                "--password-file FILE")),
                 run.describe());

        // A key file that is neither format; a missing one.
        arguments = vectorArguments();
        arguments << QStringLiteral("--key-file")
                  << writeFile(QStringLiteral("prose.txt"), "dear diary\n");
        run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("invalid key file: not a key file")),
                 run.describe());
        arguments = vectorArguments();
        arguments << QStringLiteral("--key-file") << m_dir.filePath(QStringLiteral("absent"));
        run = runCli(arguments, cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(m_dir.filePath(QStringLiteral("absent"))), run.describe());

        // Nothing printed the key in any of these runs' successful twin either.
        QVERIFY(!run.all().contains(QLatin1String(kSignerKey)));
    }

    void inputErrors()
    {
        const auto key = withKey(QString::fromLatin1(kSignerKey));
        // A mixed-case address with a wrong checksum.
        auto arguments = vectorArguments();
        arguments << QStringLiteral("--to=0xD3e8763675e4c425df46cc3b5c0f6cbdac396046");
        auto run = runCli(arguments, key);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--to: address checksum mismatch (EIP-55)")),
                 run.describe());

        // An encryption nonce starting with zero, a missing input, a non-number.
        arguments = vectorArguments();
        arguments << QStringLiteral("--encryption-nonce=00a2b6020bba77fcb1e676a6");
        run = runCli(arguments, key);
        QCOMPARE_EXIT(run, 3);
        arguments = vectorArguments();
        arguments.removeAt(arguments.indexOf(QStringLiteral("--nonce=2")));
        run = runCli(arguments, key);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("Seismic transactions require nonce")),
                 run.describe());
        arguments = vectorArguments();
        arguments << QStringLiteral("--gas=lots");
        run = runCli(arguments, key);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--gas")), run.describe());
    }

    void usageErrors()
    {
        const auto environment = cleanEnvironment();
        auto run = runCli({}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY(run.err.contains(QLatin1String("Usage: seismic-cli <command>")));

        run = runCli({QStringLiteral("--help")}, environment);
        QCOMPARE_EXIT(run, 0);
        for (const auto* text :
             {"info", "balance", "read", "write", "token", "viewing-key", "watch", "tx", "bench",
              "PRIVATE_KEY", "TOKEN_ADDRESS", "Exit codes:", "  4  network"})
            QVERIFY2(run.out.contains(QLatin1String(text)), text);

        run = runCli({QStringLiteral("frobnicate")}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("seismic-cli: unknown command \"frobnicate\"")),
                 run.describe());
        run = runCli({QStringLiteral("token"), QStringLiteral("mint")}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("seismic-cli token: unknown command \"mint\"")),
                 run.describe());
        run = runCli({QStringLiteral("balance"), QStringLiteral("--frobnicate")}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("seismic-cli balance: Unknown option "
                                                "'frobnicate'")),
                 run.describe());
        run = runCli({QStringLiteral("read"), QStringLiteral("--abi")}, environment);
        QCOMPARE_EXIT(run, 2);
        run = runCli({QStringLiteral("read")}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("missing arguments")), run.describe());
        run = runCli({QStringLiteral("tx"), QStringLiteral("build")}, environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("pass --offline")), run.describe());

        run = runCli({QStringLiteral("write"), QStringLiteral("--help")}, environment);
        QCOMPARE_EXIT(run, 0);
        QVERIFY(run.out.contains(QLatin1String("--no-wait")));
    }

    void unreachableNode()
    {
        // A port nothing listens on: a network error after the retries, exit code 4.
        auto environment = withKey(QString::fromLatin1(kSignerKey));
        environment.insert(QStringLiteral("RPC_URL"), QStringLiteral("http://127.0.0.1:9"));
        auto run = runCli({QStringLiteral("balance")}, environment);
        QCOMPARE_EXIT(run, 4);
        QVERIFY2(
            run.err.startsWith(QLatin1String(
                "seismic-cli balance: connection refused: http://127.0.0.1:9: Connection refused")),
            run.describe());
        QVERIFY(!run.all().contains(QLatin1String(kSignerKey)));

        run = runCli({QStringLiteral("info")}, cleanEnvironment());
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("no endpoint: set RPC_URL or pass --rpc-url URL")),
                 run.describe());
    }

    void endpointSecretsStayOutOfErrors()
    {
        auto environment = withKey(QString::fromLatin1(kSignerKey));
        const QStringList secrets = {QStringLiteral("alice"), QStringLiteral("hunter2"),
                                     QStringLiteral("KEY123"), QStringLiteral("KEY456")};
        // Unreachable: the error names scheme, host and port only.
        auto run =
            runCli({QStringLiteral("balance"), QStringLiteral("--rpc-url"),
                    QStringLiteral("http://alice:hunter2@127.0.0.1:9/v2/KEY123?apikey=KEY456")},
                   environment);
        QCOMPARE_EXIT(run, 4);
        QVERIFY2(run.err.contains(QStringLiteral("http://127.0.0.1:9/…")), run.describe());
        for (const QString& secret : secrets)
            QVERIFY2(!run.all().contains(secret), run.describe());

        // Unencrypted to another computer: refused before any connection, unless allowed.
        run = runCli({QStringLiteral("balance"), QStringLiteral("--rpc-url"),
                      QStringLiteral("http://alice:hunter2@node.invalid/v2/KEY123?apikey=KEY456")},
                     environment);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "http://node.invalid:80/… is unencrypted (http:// to another computer)")),
                 run.describe());
        QVERIFY2(run.err.contains(QLatin1String("(--allow-insecure)")), run.describe());
        for (const QString& secret : secrets)
            QVERIFY2(!run.all().contains(secret), run.describe());
        // Allowed, it gets as far as the name lookup (a name too long for DNS fails at once).
        const QString unresolvable =
            QStringList(5, QString(60, QLatin1Char('a'))).join(QLatin1Char('.')) + ".invalid";
        run = runCli({QStringLiteral("balance"), QStringLiteral("--allow-insecure"),
                      QStringLiteral("--rpc-url"),
                      QStringLiteral("ws://%1/v2/KEY123").arg(unresolvable)},
                     environment);
        QCOMPARE_EXIT(run, 4);
        QVERIFY2(run.err.contains(QLatin1String("host not found")), run.describe());
        QVERIFY2(!run.all().contains(QLatin1String("KEY123")), run.describe());

        // Not a URL at all.
        run = runCli({QStringLiteral("balance"), QStringLiteral("--rpc-url"),
                      QStringLiteral("alice:hunter2 KEY123")},
                     environment);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("is not an endpoint URL")), run.describe());
        for (const QString& secret : secrets)
            QVERIFY2(!run.all().contains(secret), run.describe());

        // A malformed pin is an input error that says what is wrong.
        run = runCli({QStringLiteral("balance"), QStringLiteral("--rpc-url"),
                      QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--tee-key"),
                      QStringLiteral("0x1234")},
                     environment);
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--tee-key: not a TEE public key")),
                 run.describe());
    }

    void fileOptionsAreBounded()
    {
        // Special files report a size of 0 and never end: every file option stops at its cap
        // with a precise input error instead of growing until memory runs out.
        const QString zero = QStringLiteral("/dev/zero");
        auto environment = withKey(QString::fromLatin1(kSignerKey));
        environment.insert(QStringLiteral("RPC_URL"), QStringLiteral("http://127.0.0.1:9"));
        const QString contract = QStringLiteral("0xd3e8763675e4c425df46cc3b5c0f6cbdac396046");

        auto keyFile = vectorArguments();
        keyFile << QStringLiteral("--key-file") << zero;
        auto passwordFile = vectorArguments();
        passwordFile << QStringLiteral("--key-file") << keystore()
                     << QStringLiteral("--password-file") << zero;
        auto encryptionKey = vectorArguments();
        encryptionKey.replaceInStrings(
            QRegularExpression(QStringLiteral("^--encryption-key-file=.*")),
            QStringLiteral("--encryption-key-file=") + zero);
        const QStringList abi{QStringLiteral("read"),
                              QStringLiteral("--contract"),
                              contract,
                              QStringLiteral("--abi"),
                              zero,
                              QStringLiteral("getNumber")};
        const QStringList viewingKey{QStringLiteral("watch"), QStringLiteral("--viewing-key-file"),
                                     zero, QStringLiteral("--token"), contract};
        const std::vector<std::pair<QStringList, QString>> cases{
            {keyFile, QStringLiteral("key file /dev/zero: is too large (at most 1 MiB)")},
            {passwordFile,
             QStringLiteral("password file /dev/zero: is too large (at most 64 KiB)")},
            {encryptionKey, QStringLiteral("key file /dev/zero: is too large (at most 1 MiB)")},
            {abi, QStringLiteral("ABI file /dev/zero: is too large (at most 16 MiB)")},
            {viewingKey,
             QStringLiteral("viewing key file /dev/zero: is too large (at most 4 KiB)")},
        };
        for (const auto& [arguments, message] : cases) {
            const auto run = runCli(arguments, environment);
            QCOMPARE_EXIT(run, 3);
            QVERIFY2(run.err.contains(message), run.describe());
        }
    }

    void chainIdZeroIsRefused()
    {
        auto arguments = vectorArguments();
        arguments.replaceInStrings(QStringLiteral("--chain-id=31337"),
                                   QStringLiteral("--chain-id=0"));
        const auto run = runCli(arguments, withKey(QString::fromLatin1(kSignerKey)));
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--chain-id: 0 is not a chain id")),
                 run.describe());
    }

    void controlCharactersAreEscaped()
    {
        // A terminal escape in a command name and in an option value: shown, never obeyed.
        auto run = runCli({QStringLiteral("\x1b[32mfake\x1b]0;title\x07")}, cleanEnvironment());
        QCOMPARE_EXIT(run, 2);
        QVERIFY2(run.err.contains(QLatin1String("\\x1b[32mfake\\x1b]0;title\\x07")),
                 run.describe());
        QVERIFY(!run.err.contains(QChar(0x1b)) && !run.err.contains(QChar(0x07)));

        auto arguments = vectorArguments();
        arguments << QStringLiteral("--to=0x\u202e\x1b[2J");
        run = runCli(arguments, withKey(QString::fromLatin1(kSignerKey)));
        QCOMPARE_EXIT(run, 3);
        QVERIFY(!run.err.contains(QChar(0x1b)) && !run.err.contains(QChar(0x202e)));
    }

    void anExceptionEndsTheCommandWithAMessage()
    {
        // Two billion synthetic logs cannot be allocated in 2 GB of address space: the
        // std::bad_alloc inside the command ends the process with a message and exit code 1
        // instead of leaving it in the event loop.
        const auto run =
            runCliWithAddressSpace(qint64(2) * 1024 * 1024 * 1024,
                                   {QStringLiteral("bench"), QStringLiteral("decode"),
                                    QStringLiteral("-n"), QStringLiteral("2000000000")},
                                   cleanEnvironment());
        QCOMPARE_EXIT(run, 1);
        QVERIFY2(run.err.contains(QLatin1String("seismic-cli: internal error: out of memory")),
                 run.describe());
    }

    void benchDecode()
    {
        const auto run = runCli({QStringLiteral("bench"), QStringLiteral("decode"),
                                 QStringLiteral("-n"), QStringLiteral("2000")},
                                cleanEnvironment());
        QCOMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains(QLatin1String("2000 SRC20 Transfer logs decoded and "
                                                "decrypted")),
                 run.describe());
        QVERIFY2(run.out.contains(QLatin1String("errors: 0")), run.describe());
        const auto rate = run.out.section(QLatin1String("logs/second: "), 1).section('\n', 0, 0);
        QVERIFY2(rate.toDouble() > 0, run.describe());
    }
};

QTEST_GUILESS_MAIN(CliOfflineTest)
#include "tst_offline.moc"
