// SPDX-License-Identifier: MIT
// The viewing key file the command line (--viewing-key-file) and the app (a watch-only
// account's key) read: 64 hex digits, optional 0x and surrounding whitespace; every bad file a
// precise error that names the path and never quotes the content.
#include "TestSupport.h"
#include "core/ViewingKeyFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace seismic;

namespace {

const QByteArray kKeyHex = "0f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778899aabbccddeeff0";

} // namespace

class TestViewingKeyFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& contents)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write the test file");
        return file.fileName();
    }

private Q_SLOTS:
    void readsAKey_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("bare") << kKeyHex;
        QTest::newRow("0x") << "0x" + kKeyHex;
        QTest::newRow("upper case 0X and digits") << "0X" + kKeyHex.toUpper();
        QTest::newRow("surrounding whitespace") << " \t\n" + kKeyHex + "\r\n\n";
        QTest::newRow("byte order mark") << "\xEF\xBB\xBF" + kKeyHex + "\n";
    }

    void readsAKey()
    {
        QFETCH(QByteArray, contents);
        const auto key = readViewingKeyFile(write(QStringLiteral("key.hex"), contents));
        QVERIFY2(key, key ? "" : key.error().describe().c_str());
        QCOMPARE(Bytes(key->bytes().begin(), key->bytes().end()), testing::hex(kKeyHex.data()));
    }

    void refusesWhatIsNoKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("problem");
        const QByteArray shortKey = kKeyHex.left(62);
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("absent.hex")) << ErrorKind::Io
                                 << QStringLiteral("no such file");
        QTest::newRow("directory")
            << m_dir.path() << ErrorKind::Io << QStringLiteral("is a directory, not a file");
        QTest::newRow("empty") << write(QStringLiteral("empty.hex"), {})
                               << ErrorKind::InvalidArgument << QStringLiteral("is empty");
        QTest::newRow("whitespace only")
            << write(QStringLiteral("blank.hex"), " \n\t\n") << ErrorKind::InvalidArgument
            << QStringLiteral("is empty");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << ErrorKind::Io
                                   << QStringLiteral("is too large (at most 4 KiB)");
        QTest::newRow("large file")
            << write(QStringLiteral("large.hex"), QByteArray(4097, 'a')) << ErrorKind::Io
            << QStringLiteral("is too large (at most 4 KiB)");
        QTest::newRow("31 bytes") << write(QStringLiteral("short.hex"), shortKey)
                                  << ErrorKind::InvalidArgument
                                  << QStringLiteral("has 62 hex digits, expected 64");
        QTest::newRow("33 bytes") << write(QStringLiteral("long.hex"), "0x" + kKeyHex + "00")
                                  << ErrorKind::InvalidArgument
                                  << QStringLiteral("has 66 hex digits, expected 64");
        QTest::newRow("non-hex") << write(QStringLiteral("word.hex"), "0x" + kKeyHex.left(10) + "g")
                                 << ErrorKind::InvalidArgument
                                 << QStringLiteral("contains a non-hex character at position 13");
        QTest::newRow("two keys") << write(QStringLiteral("two.hex"), kKeyHex + "\n" + kKeyHex)
                                  << ErrorKind::InvalidArgument
                                  << QStringLiteral("contains a non-hex character at position 65");
    }

    void refusesWhatIsNoKey()
    {
        QFETCH(QString, path);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, problem);
        const auto key = readViewingKeyFile(path);
        QVERIFY(!key);
        QCOMPARE(key.error().kind, kind);
        QCOMPARE(QString::fromStdString(key.error().message),
                 QStringLiteral("viewing key file %1: %2").arg(path, problem));
    }

    void messagesNeverQuoteTheContent()
    {
        const QByteArray nearlyKey = kKeyHex.left(40) + "xyz";
        const auto key = readViewingKeyFile(write(QStringLiteral("near.hex"), nearlyKey));
        QVERIFY(!key);
        QVERIFY(!QByteArray::fromStdString(key.error().message).contains(kKeyHex.left(8)));
    }

    void parsesTextWithoutAFile()
    {
        const auto key = parseViewingKey(testing::hex("00"));
        QVERIFY(!key);
        QCOMPARE(QString::fromStdString(key.error().message),
                 QStringLiteral("viewing key contains a non-hex character at position 1"));
        const QByteArray text = "0x" + kKeyHex;
        const auto parsed = parseViewingKey(
            ByteView(reinterpret_cast<const std::uint8_t*>(text.constData()), text.size()));
        QVERIFY(parsed);
    }
};

QTEST_GUILESS_MAIN(TestViewingKeyFile)
#include "tst_viewingkeyfile.moc"
