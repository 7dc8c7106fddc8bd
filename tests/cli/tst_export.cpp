// SPDX-License-Identifier: MIT
// `seismic-cli export` and `watch --store` without a node: what they refuse (no database,
// an unknown format, a direction without an account) and a file that is not a store, which is
// reported and left exactly as it was. The export of real transfers is in
// tst_watch_store_devnet.cpp.
#include "TestSupport.h"
#include "support/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace testing;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesIncompleteCommandLines()
    {
        const auto environment = cleanEnvironment();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("none.sqlite"));
        CliRun run =
            runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")},
                   environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY(run.err.contains(QStringLiteral("--store")));
        run = runCli({QStringLiteral("export"), QStringLiteral("--store"), path,
                      QStringLiteral("--format"), QStringLiteral("xml")},
                     environment);
        QCOMPARE_EXIT(run, 2);
        run = runCli({QStringLiteral("export"), QStringLiteral("--store"), path,
                      QStringLiteral("--direction"), QStringLiteral("in")},
                     environment);
        QCOMPARE_EXIT(run, 2);
        QVERIFY(run.err.contains(QStringLiteral("--account")));
        // A missing database is not created by an export.
        run = runCli({QStringLiteral("export"), QStringLiteral("--store"), path}, environment);
        QCOMPARE_EXIT(run, 3);
        QVERIFY(run.err.contains(QStringLiteral("no database")));
        QVERIFY(!QFile::exists(path));
    }

    void aFileThatIsNotAStoreIsLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray contents = QByteArray("not a database\n").repeated(300);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        const QString output = dir.filePath(QStringLiteral("out.csv"));
        const CliRun exported = runCli({QStringLiteral("export"), QStringLiteral("--store"), path,
                                        QStringLiteral("--output"), output},
                                       cleanEnvironment());
        QVERIFY(exported.finished && exported.exitCode != 0);
        QVERIFY2(exported.err.contains(QStringLiteral("database")), exported.describe());
        QVERIFY(!QFile::exists(output));
        // watch refuses it before connecting anywhere.
        auto environment = cleanEnvironment();
        environment.insert(QStringLiteral("RPC_URL"), QStringLiteral("http://127.0.0.1:9"));
        const CliRun watched = runCli(
            {QStringLiteral("watch"), QStringLiteral("--store"), path, QStringLiteral("--token"),
             QStringLiteral("erc20:0x5FbDB2315678afecb367f032d93F642f64180aa3")},
            environment);
        QVERIFY(watched.finished && watched.exitCode != 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), contents);
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
