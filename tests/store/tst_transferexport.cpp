// SPDX-License-Identifier: MIT
// Exporting stored transfers: the CSV and JSON-lines formats (ISO 8601 UTC times, raw and
// decimal amounts, direction, removed flag), formula-safe cells for hostile token symbols, the
// query's filter, paging through more rows than a page with progress, cancelling, a snapshot
// that later rows do not change, and a device that refuses writes.
#include "TestSupport.h"
#include "store/CsvLine.h"
#include "store/ExportFormat.h"
#include "store/NetworkIdentity.h"
#include "store/Store.h"
#include "store/TransferExporter.h"
#include "store/TransferStore.h"
#include "support/StoreTestData.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace seismic;
using namespace seismic::store;

using namespace storetest;

namespace {

TransferRecord transfer(quint32 n, const Address& from, const Address& to)
{
    TransferRecord record;
    record.time = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone(3600)).addSecs(n);
    record.blockNumber = 100 + n;
    record.blockHash.bytes.fill(static_cast<std::uint8_t>(n));
    record.token = kToken;
    record.tokenSymbol = QStringLiteral("SRC");
    record.decimals = 6;
    record.from = from;
    record.to = to;
    record.amount = Uint256(1'500'000) * n;
    record.txHash.bytes.fill(static_cast<std::uint8_t>(0x80 + n % 64));
    record.txHash.bytes[0] = static_cast<std::uint8_t>(n >> 8);
    record.txHash.bytes[1] = static_cast<std::uint8_t>(n);
    record.logIndex = n % 3;
    return record;
}

struct Fixture
{
    std::unique_ptr<Store> store = std::move(Store::openInMemory()).value();
    TransferStore transfers{*store};
    qint64 network = *networkKey(*store, {31337, Hash{}});
};

QByteArray exported(const TransferStore& transfers, const TransferQuery& query, ExportFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TransferExporter exporter(transfers, query, format, buffer);
    const Status done = exporter.run();
    if (!done)
        qFatal("export failed: %s", done.error().describe().c_str());
    return buffer.data();
}

// The lines of `text`, each ending in "\r\n" (CSV) or "\n" (JSON lines), without their ends;
// a line with another end fails the test.
QList<QByteArray> linesOf(const QByteArray& text, const char* end)
{
    const QByteArray terminator(end);
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype next = text.indexOf('\n', start);
        if (next < 0)
            qFatal("an unterminated last line");
        QByteArray line = text.mid(start, next + 1 - start);
        if (!line.endsWith(terminator) || (terminator == "\n" && line.endsWith("\r\n")))
            qFatal("a line without its end: %s", line.constData());
        line.chop(terminator.size());
        lines.append(line);
        start = next + 1;
    }
    return lines;
}

} // namespace

class TestTransferExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvHasEveryColumnInUtc()
    {
        Fixture f;
        TransferRecord in = transfer(1, kBob, kAlice);
        TransferRecord removed = transfer(2, kAlice, kBob);
        TransferRecord hidden = transfer(3, kBob, kAlice);
        hidden.amount.reset();
        hidden.amountStatus = client::AmountStatus::NoKey;
        // An SRC20 fan-out: two providers, the sender's key, none for the recipient.
        hidden.logCount = 4;
        hidden.visibility = {true, false, 2, true};
        QVERIFY(f.transfers.write(f.network, {in, removed, hidden}));
        removed.removed = true;
        QVERIFY(f.transfers.write(f.network, {removed}));

        TransferQuery query;
        query.network = f.network;
        query.account = kAlice;
        // CSV lines end in CRLF; the first is the header.
        const auto lines = linesOf(exported(f.transfers, query, ExportFormat::Csv), "\r\n");
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], TransferExporter::columns().join(QLatin1Char(',')).toUtf8());
        const QByteArray txHash = "0x" + QByteArray("0001") + QByteArray(30, char(0x81)).toHex();
        QCOMPARE(lines[1], "2025-01-02T02:04:06Z,101,0x" + QByteArray(32, char(1)).toHex() + "," +
                               txHash +
                               ",1,0x5FbDB2315678afecb367f032d93F642f64180aa3,SRC,6,"
                               "0x70997970C51812dc3A010C7d01b50e0d17dc79C8,"
                               "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266,incoming,1500000,1.5,"
                               "plain,false,transfer,1,,,,");
        QVERIFY(lines[2].contains(",outgoing,3000000,3,plain,true,transfer,1,,,,"));
        QVERIFY(lines[3].endsWith(",incoming,,,no-key,false,transfer,4,true,false,2,true"));
    }

    void jsonLinesCarryTheTransactionAndLogIndex()
    {
        Fixture f;
        QVERIFY(f.transfers.write(f.network, {transfer(1, kBob, kAlice), transfer(2, kBob, kBob)}));
        TransferQuery query;
        query.network = f.network;
        const auto lines = linesOf(exported(f.transfers, query, ExportFormat::JsonLines), "\n");
        QCOMPARE(lines.size(), 2);
        QJsonParseError error;
        const QJsonObject first = QJsonDocument::fromJson(lines[0], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(first.keys().size(), TransferExporter::columns().size());
        QCOMPARE(first.value(QStringLiteral("logIndex")).toInteger(), 1);
        QVERIFY(first.value(QStringLiteral("transactionHash"))
                    .toString()
                    .startsWith(QStringLiteral("0x0001")));
        QCOMPARE(first.value(QStringLiteral("time")).toString(),
                 QStringLiteral("2025-01-02T02:04:06Z"));
        QCOMPARE(first.value(QStringLiteral("amount")).toString(), QStringLiteral("1500000"));
        QCOMPARE(first.value(QStringLiteral("amountDecimal")).toString(), QStringLiteral("1.5"));
        QCOMPARE(first.value(QStringLiteral("removed")).toBool(), false);
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("transfer"));
        QCOMPARE(first.value(QStringLiteral("logCount")).toInteger(), 1);
        // A public (ERC20) amount has no visibility.
        QVERIFY(first.value(QStringLiteral("providers")).isNull());
        // Without an account the direction is unknown.
        QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("unknown"));
    }

    void hostileSymbolsAreDataOnly()
    {
        Fixture f;
        TransferRecord formula = transfer(1, kBob, kAlice);
        formula.tokenSymbol = QStringLiteral("=HYPERLINK(\"http://x\",\"a,b\")");
        TransferRecord other = transfer(2, kBob, kAlice);
        other.token = kOtherToken;
        other.tokenSymbol = QStringLiteral("-1+2\n@x");
        QVERIFY(f.transfers.write(f.network, {formula, other}));
        TransferQuery query;
        query.network = f.network;
        const QByteArray csv = exported(f.transfers, query, ExportFormat::Csv);
        QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\","));
        QVERIFY(csv.contains(",\"'-1+2\n@x\","));
        const QByteArray json = exported(f.transfers, query, ExportFormat::JsonLines);
        const auto lines = linesOf(json, "\n");
        QCOMPARE(lines.size(), 2); // the line break in the symbol is escaped
        QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("tokenSymbol")),
                 QJsonValue(QStringLiteral("-1+2\n@x")));
    }

    void aTokenWithoutMetadataHasNoDecimalAmount()
    {
        Fixture f;
        TransferRecord bare = transfer(1, kBob, kAlice);
        bare.token = kOtherToken;
        bare.tokenSymbol.clear();
        QVERIFY(f.transfers.write(f.network, {bare}));
        TransferQuery query;
        query.network = f.network;
        const auto lines = linesOf(exported(f.transfers, query, ExportFormat::JsonLines), "\n");
        QCOMPARE(lines.size(), 1);
        const QJsonObject row = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(row.value(QStringLiteral("amount")).toString(), QStringLiteral("1500000"));
        QVERIFY(row.value(QStringLiteral("amountDecimal")).isNull());
        QVERIFY(row.value(QStringLiteral("decimals")).isNull());
        QVERIFY(row.value(QStringLiteral("tokenSymbol")).isNull());
    }

    void followsTheQueryFilter()
    {
        Fixture f;
        TransferRecord other = transfer(3, kAlice, kAlice);
        other.token = kOtherToken;
        other.tokenSymbol = QStringLiteral("OTH");
        QVERIFY(f.transfers.write(f.network,
                                  {transfer(1, kBob, kAlice), transfer(2, kAlice, kBob), other}));
        const qint64 elsewhere = *networkKey(*f.store, {5124, Hash{}});
        QVERIFY(f.transfers.write(elsewhere, {transfer(4, kBob, kAlice)}));
        TransferQuery query;
        query.network = f.network;
        query.token = QStringLiteral("oth");
        QCOMPARE(linesOf(exported(f.transfers, query, ExportFormat::JsonLines), "\n").size(), 1);
        query.token.clear();
        query.account = kAlice;
        query.direction = TransferQuery::Direction::Outgoing;
        QCOMPARE(linesOf(exported(f.transfers, query, ExportFormat::JsonLines), "\n").size(), 2);
        query.direction = TransferQuery::Direction::All;
        query.account.reset();
        query.address = QStringLiteral("0x7099");
        QCOMPARE(linesOf(exported(f.transfers, query, ExportFormat::JsonLines), "\n").size(), 2);
    }

    void pagesReportProgressAndCancel()
    {
        Fixture f;
        std::vector<TransferRecord> many;
        for (quint32 n = 1; n <= 2'500; ++n)
            many.push_back(transfer(n, kBob, kAlice));
        QVERIFY(f.transfers.write(f.network, many));
        TransferQuery query;
        query.network = f.network;

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TransferExporter exporter(f.transfers, query, ExportFormat::JsonLines, buffer);
        QList<std::pair<qint64, qint64>> reports;
        const Status done = exporter.run([&](qint64 written, qint64 total) {
            reports.append({written, total});
            return true;
        });
        QVERIFY(done);
        QCOMPARE(reports,
                 (QList<std::pair<qint64, qint64>>{{1000, 2500}, {2000, 2500}, {2500, 2500}}));
        const auto lines = linesOf(buffer.data(), "\n");
        QCOMPARE(lines.size(), 2'500);
        QCOMPARE(QJsonDocument::fromJson(lines.last())
                     .object()
                     .value(QStringLiteral("blockNumber"))
                     .toInteger(),
                 2'600);

        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        TransferExporter stopped(f.transfers, query, ExportFormat::Csv, cancelled);
        const Status refused = stopped.run([](qint64, qint64) { return false; });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Cancelled);
        QCOMPARE(stopped.written(), TransferExporter::kPageRows);
    }

    void isASnapshotOfWhenItBegan()
    {
        Fixture f;
        QVERIFY(f.transfers.write(f.network, {transfer(1, kBob, kAlice)}));
        TransferQuery query;
        query.network = f.network;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        TransferExporter exporter(f.transfers, query, ExportFormat::JsonLines, buffer);
        QVERIFY(exporter.begin());
        QVERIFY(f.transfers.write(f.network, {transfer(2, kBob, kAlice)}));
        auto more = exporter.step();
        QVERIFY(more && !*more);
        QCOMPARE(exporter.total(), qint64(1));
        QCOMPARE(linesOf(buffer.data(), "\n").size(), 1);
    }

    void aRefusedWriteIsAnIoError()
    {
        Fixture f;
        QVERIFY(f.transfers.write(f.network, {transfer(1, kBob, kAlice)}));
        TransferQuery query;
        query.network = f.network;
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        TransferExporter exporter(f.transfers, query, ExportFormat::Csv, readOnly);
        const Status done = exporter.run();
        QVERIFY(!done);
        QCOMPARE(done.error().kind, ErrorKind::Io);
    }

    void csvLinesQuoteAndDefuseFormulas()
    {
        QCOMPARE(csvLine({QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("a, \"quoted\" note"),
                          QStringLiteral("-1")}),
                 QByteArray("\"'=HYPERLINK(\"\"x\"\")\",\"a, \"\"quoted\"\" note\",'-1\r\n"));
        QCOMPARE(csvLine({QStringLiteral("SRC"), QStringLiteral("two\nlines"), QStringLiteral("+1"),
                          QStringLiteral("@x"), QStringLiteral("\tx")}),
                 QByteArray("SRC,\"two\nlines\",'+1,'@x,'\tx\r\n"));
        QCOMPARE(csvLine({}), QByteArray("\r\n"));
    }

    void formatsAreNamed()
    {
        QCOMPARE(exportFormatNamed(u"CSV"), std::optional(ExportFormat::Csv));
        QCOMPARE(exportFormatNamed(u"json"), std::optional(ExportFormat::JsonLines));
        QCOMPARE(exportFormatNamed(u"xml"), std::optional<ExportFormat>());
    }
};

QTEST_GUILESS_MAIN(TestTransferExport)
#include "tst_transferexport.moc"
