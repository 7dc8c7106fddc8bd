// SPDX-License-Identifier: MIT
// The send history in the store: imported from the JSON files of earlier versions (each file
// kept as a backup, a broken one left untouched), loaded and replaced per network and account.
#include "TestSupport.h"
#include "app/model/NetworkConfig.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TxHistoryStore.h"
#include "store/Store.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace seismic;
using namespace seismic::app;
using seismic::store::Store;

namespace {

const Address kAlice = *Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const Address kBob = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Address kToken = *Address::parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

Hash filledHash(std::uint8_t byte)
{
    Hash hash;
    hash.bytes.fill(byte);
    return hash;
}

std::unique_ptr<Store> openStore(const QString& path)
{
    auto store = Store::open(path);
    if (!store)
        qFatal("cannot open the store: %s", store.error().describe().c_str());
    return std::move(store).value();
}

} // namespace

class TestSendHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheJsonSendHistoryAndKeepsABackup()
    {
        QTemporaryDir data;
        const QString historyDir = data.filePath(QStringLiteral("history"));
        NetworkConfig local;
        local.name = QStringLiteral("Local node");
        local.chainId = 31337;
        TxRecord sent;
        sent.id = 1;
        sent.time = QDateTime::fromMSecsSinceEpoch(1'750'000'000'123, Qt::UTC);
        sent.action = QStringLiteral("transfer(address,suint256)");
        sent.to = kToken;
        sent.recipient = kBob;
        sent.amount = QStringLiteral("1.5 SDT");
        sent.shielded = true;
        sent.hash = filledHash(0xab);
        sent.stage = SendStage::Sent;
        sent.status = client::TxStatus::Confirmed;
        sent.block = 9;
        TxRecord second = sent;
        second.id = 2;
        second.hash.reset();
        second.stage = SendStage::NotSent;
        second.status = client::TxStatus::Pending; // a send never made has no outcome
        second.error = QStringLiteral("insufficient funds");
        const QString good = TxHistoryStore::filePath(historyDir, local, kAlice);
        QVERIFY(QDir().mkpath(QFileInfo(good).absolutePath()));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::WriteOnly));
        goodFile.write(TxHistoryStore::serialize({sent, second}));
        goodFile.close();
        NetworkConfig testnet;
        testnet.name = QStringLiteral("Testnet");
        testnet.chainId = 5124;
        const QString bad = TxHistoryStore::filePath(historyDir, testnet, kAlice);
        QVERIFY(QDir().mkpath(QFileInfo(bad).absolutePath()));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"version\": 1, \"transactions\": [");
        badFile.close();

        auto store = openStore(Store::pathIn(data.path()));
        SendHistoryStore history(*store);
        auto report = history.importJsonFiles(historyDir);
        QCOMPARE(report.files, 1);
        QCOMPARE(report.records, 2);
        QCOMPARE(report.failures.size(), std::size_t(1));
        QCOMPARE(report.failures[0].first, bad);
        QCOMPARE(report.failures[0].second.kind, ErrorKind::Decode);
        QVERIFY(!QFile::exists(good));
        QVERIFY(QFile::exists(good + QStringLiteral(".bak")));
        QVERIFY(QFile::exists(bad)); // untouched
        QCOMPARE(*history.load(local, kAlice), (std::vector<TxRecord>{sent, second}));
        QVERIFY((*history.load(local, kBob)).empty());

        // A second start imports nothing again.
        report = history.importJsonFiles(historyDir);
        QCOMPARE(report.files, 0);
        QCOMPARE(report.failures.size(), std::size_t(1));
        QCOMPARE((*history.load(local, kAlice)).size(), std::size_t(2));

        // Saving replaces the account's history.
        sent.status = client::TxStatus::Failed;
        QVERIFY(history.save(local, kAlice, {sent}));
        QCOMPARE(*history.load(local, kAlice), std::vector<TxRecord>{sent});
    }
};

QTEST_GUILESS_MAIN(TestSendHistoryStore)
#include "tst_sendhistorystore.moc"
