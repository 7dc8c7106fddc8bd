// SPDX-License-Identifier: MIT
// seismic-cli against the devnet (integration): token info, balance and transfer on Src20Token
// (balances move), viewing-key register then show, watch printing the decrypted transfer as a
// JSON line (HTTP polling and WebSocket, a viewing key from the Directory or a file), one line
// per transfer with its visibility or one per log (--per-log); errors
// with exit codes; the signing keys never printed. Account 2 sends to account 3.
#include "TestSupport.h"
#include "cli/support/CliRunner.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "core/Uint256.h"

#include <QTemporaryDir>
#include <QTest>

using testing::CliRun;
using testing::runCli;

namespace {

constexpr int kSender = 2;
constexpr int kRecipient = 3;
// No suite registers a viewing key for dev account 1 (they do for 3 here, 4 in the examples, 7 to 9
// in the client watcher tests).
constexpr int kKeyless = 1;

} // namespace

class CliTokensTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    QString m_printed;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(int account) const
    {
        auto environment = testing::devnetEnvironment(*m_manifest, account);
        environment.insert(
            QStringLiteral("TOKEN_ADDRESS"),
            QString::fromStdString(m_manifest->contract("Src20Token").checksummed()));
        return environment;
    }

    CliRun cli(int account, const QStringList& arguments)
    {
        return cli(environment(account), arguments);
    }

    CliRun cli(const QProcessEnvironment& environment, const QStringList& arguments)
    {
        auto run = runCli(arguments, environment);
        m_printed += run.all();
        return run;
    }

    QString address(int account) const
    {
        return QString::fromStdString(
            m_manifest->accounts.at(static_cast<std::size_t>(account)).address.checksummed());
    }

    QString tokenBalance(int account)
    {
        const auto run = cli(account, {QStringLiteral("token"), QStringLiteral("balance"),
                                       QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json().value("balance").toString() : run.describe();
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
    }

    void cleanupTestCase()
    {
        if (!m_manifest)
            return; // initTestCase failed already
        for (int account : {kSender, kRecipient, kKeyless})
            QVERIFY2(
                !m_printed.contains(testing::bareKey(*m_manifest, account), Qt::CaseInsensitive),
                "a private key was printed");
    }

    void tokenInfoNeedsNoKey()
    {
        auto keyless = environment(kSender);
        keyless.remove(QStringLiteral("PRIVATE_KEY"));
        const auto run = cli(
            keyless, {QStringLiteral("token"), QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE_EXIT(run, 0);
        const auto json = run.json();
        QCOMPARE(json.value("name").toString(), QStringLiteral("Seismic Demo Token"));
        QCOMPARE(json.value("symbol").toString(), QStringLiteral("SDT"));
        QCOMPARE(json.value("decimals").toInt(), 18);
        QCOMPARE(json.value("token").toString(),
                 QString::fromStdString(m_manifest->contract("Src20Token").checksummed()));

        // A balance is a signed read: it needs the key.
        const auto balance = cli(keyless, {QStringLiteral("token"), QStringLiteral("balance")});
        QCOMPARE_EXIT(balance, 3);
        QVERIFY2(balance.err.contains(QLatin1String("no signing key")), balance.describe());
    }

    void viewingKeyRegisterThenShow()
    {
        const auto missing = cli(kKeyless, {QStringLiteral("viewing-key"), QStringLiteral("show")});
        QCOMPARE_EXIT(missing, 3);
        QVERIFY2(missing.err.contains(
                     QLatin1String("No viewing key registered in Directory for this address")),
                 missing.describe());

        const auto registered =
            cli(kRecipient, {QStringLiteral("viewing-key"), QStringLiteral("register"),
                             QStringLiteral("--json")});
        QCOMPARE_EXIT(registered, 0);
        QCOMPARE(registered.json().value("status").toString(), QStringLiteral("confirmed"));
        const auto keyHash = registered.json().value("keyHash").toString();
        QCOMPARE(keyHash.size(), 66);

        auto shown = cli(kRecipient, {QStringLiteral("viewing-key"), QStringLiteral("show")});
        QCOMPARE_EXIT(shown, 0);
        QVERIFY2(shown.out.contains(QStringLiteral("keyHash: ") + keyHash), shown.describe());
        QVERIFY2(!shown.out.contains(QLatin1String("key: ")), "the key shown without --reveal");
        shown = cli(kRecipient, {QStringLiteral("viewing-key"), QStringLiteral("show"),
                                 QStringLiteral("--reveal"), QStringLiteral("--json")});
        QCOMPARE_EXIT(shown, 0);
        const auto key = testing::hex(shown.json().value("key").toString().toStdString());
        QCOMPARE(QString::fromStdString(seismic::keccak256(key).hex()), keyHash);
        QFile file(m_dir.filePath(QStringLiteral("viewing.key")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(shown.json().value("key").toString().toUtf8());
    }

    void transferMovesBalancesAndIsWatched()
    {
        const auto from = cli(kRecipient, {QStringLiteral("info"), QStringLiteral("--json")})
                              .json()
                              .value("block")
                              .toInteger();
        const auto senderBefore = seismic::parseUint256(tokenBalance(kSender).toStdString());
        const auto recipientBefore = seismic::parseUint256(tokenBalance(kRecipient).toStdString());
        QVERIFY(senderBefore && recipientBefore);

        const auto transfer = cli(kSender, {QStringLiteral("token"), QStringLiteral("transfer"),
                                            address(kRecipient), QStringLiteral("1.5")});
        QCOMPARE_EXIT(transfer, 0);
        QVERIFY2(transfer.out.contains(QLatin1String("amount: 1500000000000000000")),
                 transfer.describe());
        QVERIFY2(transfer.out.contains(QLatin1String("status: confirmed")), transfer.describe());
        const auto amount = seismic::Uint256(1'500'000'000'000'000'000ULL);
        QCOMPARE(tokenBalance(kSender),
                 QString::fromStdString(seismic::toDecimal(*senderBefore - amount)));
        QCOMPARE(tokenBalance(kRecipient),
                 QString::fromStdString(seismic::toDecimal(*recipientBefore + amount)));

        // From genesis, the recipient's key fetched from the Directory, HTTP polling: the
        // transfer under that key is the first (and only) event it can decrypt.
        auto watched =
            cli(kRecipient, {QStringLiteral("watch"), QStringLiteral("--from-block"),
                             QStringLiteral("0"), QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE_EXIT(watched, 0);
        auto lines = watched.jsonLines();
        QCOMPARE(lines.size(), 1);
        auto event = lines.first();
        QCOMPARE(event.value("from").toString(), address(kSender));
        QCOMPARE(event.value("to").toString(), address(kRecipient));
        QCOMPARE(event.value("amount").toString(), QStringLiteral("1500000000000000000"));
        QCOMPARE(event.value("amountStatus").toString(), QStringLiteral("decrypted"));
        QCOMPARE(event.value("direction").toString(), QStringLiteral("incoming"));
        QCOMPARE(event.value("tokenKind").toString(), QStringLiteral("src20"));
        QCOMPARE(event.value("kind").toString(), QStringLiteral("transfer"));
        // Only the log under the recipient's key arrives without --all: one line, its
        // visibility unknown.
        QCOMPARE(event.value("logCount").toInt(), 1);
        QCOMPARE(event.value("visibility").toObject().value("complete").toBool(), false);
        QVERIFY(!event.value("visibility").toObject().contains("providers"));
        QVERIFY(event.value("block").toInteger() > from);
        QCOMPARE(event.value("transactionHash").toString(),
                 transfer.out.section(QLatin1String("hash: "), 1).section('\n', 0, 0));

        // Over WebSocket with the key from a file and no signing key, until the head.
        auto keyless = environment(kRecipient);
        keyless.remove(QStringLiteral("PRIVATE_KEY"));
        keyless.insert(QStringLiteral("WS_URL"), m_manifest->wsUrl);
        const auto head = cli(kRecipient, {QStringLiteral("info"), QStringLiteral("--json")})
                              .json()
                              .value("block")
                              .toInteger();
        watched = cli(keyless, {QStringLiteral("watch"), QStringLiteral("--from-block"),
                                QString::number(from), QStringLiteral("--until-block"),
                                QString::number(head), QStringLiteral("--viewing-key-file"),
                                m_dir.filePath(QStringLiteral("viewing.key"))});
        QCOMPARE_EXIT(watched, 0);
        lines = watched.jsonLines();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value("amount").toString(), QStringLiteral("1500000000000000000"));
        QCOMPARE(lines.first().value("direction").toString(), QStringLiteral("unknown"));

        // With every log (--all) the transfer is still one line, its fan-out whole: the two
        // Intelligence providers' logs, the sender's (keyless), the recipient's. --per-log
        // prints the four logs.
        const auto hash = lines.first().value("transactionHash").toString();
        for (const bool perLog : {false, true}) {
            QStringList arguments{QStringLiteral("watch"),
                                  QStringLiteral("--all"),
                                  QStringLiteral("--from-block"),
                                  QString::number(from),
                                  QStringLiteral("--until-block"),
                                  QString::number(head),
                                  QStringLiteral("--viewing-key-file"),
                                  m_dir.filePath(QStringLiteral("viewing.key"))};
            if (perLog)
                arguments << QStringLiteral("--per-log");
            watched = cli(keyless, arguments);
            QCOMPARE_EXIT(watched, 0);
            QList<QJsonObject> ours;
            for (const auto& line : watched.jsonLines()) {
                if (line.value("transactionHash").toString() == hash)
                    ours.append(line);
            }
            if (perLog) {
                QCOMPARE(ours.size(), 4);
                QCOMPARE(ours.last().value("event").toString(), QStringLiteral("transfer"));
                QCOMPARE(ours.last().value("amountStatus").toString(), QStringLiteral("decrypted"));
                QCOMPARE(ours.first().value("amountStatus").toString(),
                         QStringLiteral("foreign-key"));
                continue;
            }
            QCOMPARE(ours.size(), 1);
            const auto row = ours.first();
            QCOMPARE(row.value("logCount").toInt(), 4);
            QCOMPARE(row.value("amount").toString(), QStringLiteral("1500000000000000000"));
            const auto visibility = row.value("visibility").toObject();
            QCOMPARE(visibility.value("providers").toInt(), 2);
            QCOMPARE(visibility.value("senderKey").toBool(), false);
            QCOMPARE(visibility.value("recipientKey").toBool(), true);
            QCOMPARE(visibility.value("complete").toBool(), true);
        }
    }

    void transferErrors()
    {
        auto run = cli(kSender, {QStringLiteral("token"), QStringLiteral("transfer"),
                                 address(kRecipient).toLower().replace(3, 1, QLatin1Char('F')),
                                 QStringLiteral("1")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("TO: address checksum mismatch")), run.describe());
        run = cli(kSender, {QStringLiteral("token"), QStringLiteral("transfer"),
                            address(kRecipient), QStringLiteral("1.0000000000000000001")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("AMOUNT")), run.describe());
        run = cli(kSender,
                  {QStringLiteral("token"), QStringLiteral("transfer"), address(kRecipient)});
        QCOMPARE_EXIT(run, 2);
        run = cli(kSender, {QStringLiteral("watch"), QStringLiteral("--token"),
                            QStringLiteral("bep20:0x00")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--token")), run.describe());
    }
};

QTEST_GUILESS_MAIN(CliTokensTest)
#include "tst_tokens.moc"
