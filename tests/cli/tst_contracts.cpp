// SPDX-License-Identifier: MIT
// seismic-cli against the devnet (integration): info, balance, shielded and transparent writes
// and reads on SeismicCounter and TransparentCounter, debug writes, reverts with their decoded
// reason, bad ABI arguments and unknown functions; exit codes and stderr asserted, and the
// signing key never printed. Dev account 1 signs.
#include "TestSupport.h"
#include "cli/support/CliRunner.h"

#include <QTest>

using testing::CliRun;
using testing::runCli;

namespace {

constexpr int kAccount = 1;

} // namespace

class CliContractsTest : public QObject
{
    Q_OBJECT

    std::optional<testing::DevnetManifest> m_manifest;
    QString m_printed; // everything the runs printed, searched for the key

    CliRun cli(const QStringList& arguments)
    {
        auto run = runCli(arguments, testing::devnetEnvironment(*m_manifest, kAccount));
        m_printed += run.all();
        return run;
    }

    // `command` on a devnet contract: --contract and --abi of its artifact.
    CliRun onContract(const QString& command, const QString& contract, const QStringList& arguments)
    {
        return cli(QStringList{command, QStringLiteral("--contract"),
                               QString::fromStdString(m_manifest->contract(contract).checksummed()),
                               QStringLiteral("--abi"),
                               testing::artifactPath(*m_manifest, contract)} +
                   arguments);
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
        QVERIFY(!m_printed.isEmpty());
        QVERIFY2(!m_printed.contains(testing::bareKey(*m_manifest, kAccount), Qt::CaseInsensitive),
                 "the private key was printed");
    }

    void infoFetchesEverything()
    {
        const auto run = cli({QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE_EXIT(run, 0);
        const auto json = run.json();
        QCOMPARE(json.value("chainId").toInteger(), qint64(31337));
        QVERIFY(json.value("block").isDouble());
        QCOMPARE(json.value("teePublicKey").toString(),
                 QStringLiteral("0x") + m_manifest->teePublicKey);
        QCOMPARE(json.value("address").toString(),
                 QString::fromStdString(m_manifest->accounts.at(kAccount).address.checksummed()));
        QVERIFY(json.value("balanceWei").toString().size() > 18);

        const auto human = cli({QStringLiteral("info")});
        QCOMPARE_EXIT(human, 0);
        QVERIFY2(human.out.startsWith(QLatin1String("chainId: 31337\nblock: ")), human.describe());
    }

    void balanceOfAccountZero()
    {
        const auto account0 =
            QString::fromStdString(m_manifest->accounts.at(0).address.checksummed());
        auto run = cli({QStringLiteral("balance"), account0, QStringLiteral("--json")});
        QCOMPARE_EXIT(run, 0);
        QCOMPARE(run.json().value("address").toString(), account0);
        QVERIFY(run.json().value("balanceWei").toString().size() > 18);
        QVERIFY(run.json().value("balanceEther").toString().toDouble() > 9000);

        run = cli({QStringLiteral("balance")}); // the signer's
        QCOMPARE_EXIT(run, 0);
        QVERIFY2(run.out.contains(QStringLiteral("address: ") +
                                  QString::fromStdString(
                                      m_manifest->accounts.at(kAccount).address.checksummed())),
                 run.describe());

        run = cli({QStringLiteral("balance"), account0.toLower().replace(3, 1, QLatin1Char('F'))});
        QCOMPARE_EXIT(run, 3);
    }

    void shieldedWriteThenRead()
    {
        auto write = onContract(QStringLiteral("write"), QStringLiteral("SeismicCounter"),
                                {QStringLiteral("setNumber"), QStringLiteral("41")});
        QCOMPARE_EXIT(write, 0);
        QVERIFY2(write.out.startsWith(QLatin1String("hash: 0x")), write.describe());
        QVERIFY2(write.out.contains(QLatin1String("\nstatus: confirmed\nblock: ")),
                 write.describe());
        QVERIFY(write.out.contains(QLatin1String("\ngasUsed: ")));

        write = onContract(QStringLiteral("write"), QStringLiteral("SeismicCounter"),
                           {QStringLiteral("--shielded"), QStringLiteral("increment()")});
        QCOMPARE_EXIT(write, 0);

        auto read = onContract(QStringLiteral("read"), QStringLiteral("SeismicCounter"),
                               {QStringLiteral("getNumber")});
        QCOMPARE_EXIT(read, 0);
        QCOMPARE(read.out, QStringLiteral("42\n"));
        read = onContract(
            QStringLiteral("read"), QStringLiteral("SeismicCounter"),
            {QStringLiteral("isOdd"), QStringLiteral("--json"), QStringLiteral("--signed")});
        QCOMPARE_EXIT(read, 0);
        QCOMPARE(read.json().value("function").toString(), QStringLiteral("isOdd()"));
        QCOMPARE(read.json().value("outputs").toArray(), QJsonArray{false});
    }

    void debugWriteShowsThePlaintext()
    {
        const auto write = onContract(QStringLiteral("write"), QStringLiteral("SeismicCounter"),
                                      {QStringLiteral("--debug"), QStringLiteral("--json"),
                                       QStringLiteral("--eip712"), QStringLiteral("setNumber"),
                                       QStringLiteral("7")});
        QCOMPARE_EXIT(write, 0);
        const auto json = write.json();
        QCOMPARE(json.value("status").toString(), QStringLiteral("confirmed"));
        QCOMPARE(json.value("plaintext").toString(),
                 QStringLiteral("0x24a7f0b7") + QString(63, QLatin1Char('0')) + QLatin1Char('7'));
        QCOMPARE(json.value("messageVersion").toInt(), 2);
        QVERIFY(json.value("ciphertext").toString().size() >
                json.value("plaintext").toString().size());
        QVERIFY(json.value("hash").toString().startsWith(QLatin1String("0x")));
        const auto read = onContract(QStringLiteral("read"), QStringLiteral("SeismicCounter"),
                                     {QStringLiteral("getNumber"), QStringLiteral("--eip712")});
        QCOMPARE_EXIT(read, 0);
        QCOMPARE(read.out, QStringLiteral("7\n"));
    }

    void transparentWriteThenRead()
    {
        // The contract from CONTRACT_ADDRESS this time.
        auto environment = testing::devnetEnvironment(*m_manifest, kAccount);
        environment.insert(
            QStringLiteral("CONTRACT_ADDRESS"),
            QString::fromStdString(m_manifest->contract("TransparentCounter").checksummed()));
        const auto abi = testing::artifactPath(*m_manifest, QStringLiteral("TransparentCounter"));
        auto write = runCli({QStringLiteral("write"), QStringLiteral("--abi"), abi,
                             QStringLiteral("--transparent"), QStringLiteral("setNumber"),
                             QStringLiteral("5")},
                            environment);
        m_printed += write.all();
        QCOMPARE_EXIT(write, 0);
        QVERIFY2(write.out.contains(QLatin1String("status: confirmed")), write.describe());
        auto read = runCli({QStringLiteral("read"), QStringLiteral("--abi"), abi,
                            QStringLiteral("--transparent"), QStringLiteral("number")},
                           environment);
        QCOMPARE_EXIT(read, 0);
        QCOMPARE(read.out, QStringLiteral("5\n"));

        // --no-wait: the hash only.
        write = runCli({QStringLiteral("write"), QStringLiteral("--abi"), abi,
                        QStringLiteral("--no-wait"), QStringLiteral("--json"),
                        QStringLiteral("increment")},
                       environment);
        m_printed += write.all();
        QCOMPARE_EXIT(write, 0);
        QCOMPARE(write.json().keys(), QStringList{QStringLiteral("hash")});
    }

    void revertsAreDecoded()
    {
        auto write = onContract(QStringLiteral("write"), QStringLiteral("RevertLeak"),
                                {QStringLiteral("setSecret"), QStringLiteral("987654321")});
        QCOMPARE_EXIT(write, 0);
        // A signed read that reverts: the reason decrypted, exit code 5.
        const auto read =
            onContract(QStringLiteral("read"), QStringLiteral("RevertLeak"),
                       {QStringLiteral("--signed"), QStringLiteral("revertWithSecret")});
        QCOMPARE_EXIT(read, 5);
        QVERIFY2(read.err ==
                     QLatin1String("seismic-cli read: execution reverted: secret=987654321\n"),
                 read.describe());
        // A transaction mined and failed: status, and the reason found by replaying it.
        write = onContract(QStringLiteral("write"), QStringLiteral("RevertLeak"),
                           {QStringLiteral("--gas"), QStringLiteral("100000"),
                            QStringLiteral("--shielded"), QStringLiteral("revertWithSecret")});
        QCOMPARE_EXIT(write, 5);
        QVERIFY2(write.out.contains(QLatin1String("status: failed")), write.describe());
        QVERIFY2(write.out.contains(QLatin1String("reason: execution reverted: secret=987654321")),
                 write.describe());
        QVERIFY2(write.err.contains(QLatin1String("transaction failed")), write.describe());
    }

    void badCallsAreInputErrors()
    {
        auto run = onContract(QStringLiteral("write"), QStringLiteral("SeismicCounter"),
                              {QStringLiteral("setNumber"), QStringLiteral("1.5")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(
                     QLatin1String("setNumber(suint256): newNumber: '1.5' is not an integer")),
                 run.describe());
        run = onContract(QStringLiteral("write"), QStringLiteral("SeismicCounter"),
                         {QStringLiteral("setNumber")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("expected 1 argument")), run.describe());
        run = onContract(QStringLiteral("read"), QStringLiteral("SeismicCounter"),
                         {QStringLiteral("frobnicate")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("function 'frobnicate' not found in ABI")),
                 run.describe());

        const auto abi = testing::artifactPath(*m_manifest, QStringLiteral("SeismicCounter"));
        run =
            cli({QStringLiteral("read"), QStringLiteral("--abi"), abi, QStringLiteral("--contract"),
                 QStringLiteral("0x5fbDB2315678afecb367f032d93F642f64180aa3"),
                 QStringLiteral("getNumber")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("--contract: address checksum mismatch")),
                 run.describe());
        run = cli({QStringLiteral("read"), QStringLiteral("--abi"),
                   QStringLiteral("/nonexistent.json"), QStringLiteral("getNumber")});
        QCOMPARE_EXIT(run, 3);
        run = cli(
            {QStringLiteral("read"), QStringLiteral("--abi"), abi, QStringLiteral("getNumber")});
        QCOMPARE_EXIT(run, 3);
        QVERIFY2(run.err.contains(QLatin1String("CONTRACT_ADDRESS")), run.describe());
    }
};

QTEST_GUILESS_MAIN(CliContractsTest)
#include "tst_contracts.moc"
