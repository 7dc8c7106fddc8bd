// SPDX-License-Identifier: MIT
// RLP: the canonical vectors of the Ethereum RLP specification and every malformed form.
#include "TestSupport.h"
#include "core/Rlp.h"

using namespace seismic;
using testing::hex;

class TestRlp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesSpecVectors()
    {
        QCOMPARE(toHex(rlpEncodeBytes(asBytes("dog"))), std::string("0x83646f67"));
        QCOMPARE(toHex(rlpEncodeBytes({})), std::string("0x80"));
        QCOMPARE(toHex(rlpEncodeBytes(hex("0x00"))), std::string("0x00"));
        QCOMPARE(toHex(rlpEncodeBytes(hex("0x0f"))), std::string("0x0f"));
        QCOMPARE(toHex(rlpEncodeBytes(hex("0x80"))), std::string("0x8180"));
        QCOMPARE(toHex(RlpList().addBytes(asBytes("cat")).addBytes(asBytes("dog")).encode()),
                 std::string("0xc88363617483646f67"));
        QCOMPARE(toHex(RlpList().encode()), std::string("0xc0"));
        QCOMPARE(toHex(RlpList().addUint(std::uint64_t{0}).encode()), std::string("0xc180"));
        QCOMPARE(toHex(RlpList().addUint(std::uint64_t{15}).encode()), std::string("0xc10f"));
        QCOMPARE(toHex(RlpList().addUint(std::uint64_t{1024}).encode()), std::string("0xc3820400"));
        QCOMPARE(toHex(RlpList().addUint(Uint256(1) << 255).encode()).substr(0, 8),
                 std::string("0xe1a080"));
        QCOMPARE(toHex(RlpList().addBool(true).addBool(false).encode()), std::string("0xc20180"));

        // [ [], [[]], [ [], [[]] ] ]
        RlpList empty;
        RlpList one = RlpList().addList(empty);
        RlpList set =
            RlpList().addList(empty).addList(one).addList(RlpList().addList(empty).addList(one));
        QCOMPARE(toHex(set.encode()), std::string("0xc7c0c1c0c3c0c1c0"));

        const std::string lorem = "Lorem ipsum dolor sit amet, consectetur adipisicing elit";
        const Bytes encoded = rlpEncodeBytes(asBytes(lorem));
        QCOMPARE(toHex(ByteView(encoded).first(2)), std::string("0xb838"));
        QCOMPARE(encoded.size(), lorem.size() + 2);
    }

    void longListHeader()
    {
        RlpList list;
        for (int i = 0; i < 60; ++i)
            list.addUint(std::uint64_t{1});
        const Bytes encoded = list.encode();
        QCOMPARE(toHex(ByteView(encoded).first(2)), std::string("0xf83c"));
        QCOMPARE(list.encodedSize(), encoded.size());
    }

    void decodesRoundTrip()
    {
        const Bytes encoded = RlpList()
                                  .addUint(std::uint64_t{31337})
                                  .addBytes(Bytes(40, 0xaa))
                                  .addList(RlpList().addUint(std::uint64_t{7}))
                                  .addUint(std::uint64_t{0})
                                  .encode();
        auto root = rlpDecode(encoded);
        QVERIFY(root.ok());
        QVERIFY(root->isList);
        auto items = rlpListItems(*root);
        QVERIFY(items.ok());
        QCOMPARE(items->size(), std::size_t(4));
        QCOMPARE(*rlpToUint64((*items)[0]), std::uint64_t(31337));
        QVERIFY(*rlpToBytes((*items)[1]) == Bytes(40, 0xaa));
        QVERIFY((*items)[2].isList);
        QCOMPARE(*rlpToUint64((*items)[3]), std::uint64_t(0));
        QVERIFY(rlpToFixedBytes((*items)[1], 40, "field").ok());
        QVERIFY(!rlpToFixedBytes((*items)[1], 32, "field").ok());
        QVERIFY(!rlpToBytes((*items)[2]).ok());
        QVERIFY(!rlpToUint((*items)[2]).ok());
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << "0x"
                               << "unexpected end";
        QTest::newRow("truncated string") << "0x83646f"
                                          << "longer than the input";
        QTest::newRow("truncated list") << "0xc3820400ff"
                                        << "trailing bytes";
        QTest::newRow("list too short") << "0xc48204"
                                        << "longer than the input";
        QTest::newRow("trailing") << "0x8080"
                                  << "trailing bytes";
        QTest::newRow("single byte as string") << "0x8100"
                                               << "single byte below 0x80";
        QTest::newRow("long form for short") << "0xb80100"
                                             << "long form used for a short length";
        QTest::newRow("length leading zero") << "0xb90038"
                                             << "leading zero";
        QTest::newRow("truncated length") << "0xb9"
                                          << "truncated length";
        QTest::newRow("huge length") << "0xbfffffffffffffffff"
                                     << "longer than the input";
        QTest::newRow("oversized length of length") << "0xff01"
                                                    << "";
    }
    void rejectsMalformed()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const Bytes bytes = hex(input.toStdString());
        auto item = rlpDecode(bytes);
        bool failed = !item.ok();
        if (item.ok() && item->isList)
            failed = !rlpListItems(*item).ok();
        QVERIFY2(failed, "malformed input was accepted");
        if (!item.ok()) {
            QCOMPARE(item.error().kind, ErrorKind::Decode);
            QVERIFY2(QString::fromStdString(item.error().message).contains(message),
                     item.error().message.c_str());
        }
    }

    void rejectsNonCanonicalIntegers()
    {
        // Items are views into their input, so the inputs live in named variables.
        const Bytes leadingZeroInput = hex("0x820001");
        auto leadingZero = rlpDecode(leadingZeroInput);
        QVERIFY(leadingZero.ok());
        QVERIFY(!rlpToUint(*leadingZero).ok());
        const Bytes tooWideInput = rlpEncodeBytes(Bytes(9, 1));
        QVERIFY(!rlpToUint64(*rlpDecode(tooWideInput)).ok());
        const Bytes wideInput = rlpEncodeBytes(Bytes(33, 1));
        QVERIFY(!rlpToUint(*rlpDecode(wideInput)).ok());
    }

    void neverCrashesOnTruncation()
    {
        const Bytes encoded = RlpList()
                                  .addBytes(Bytes(70, 1))
                                  .addList(RlpList().addUint(std::uint64_t{1} << 40))
                                  .encode();
        for (std::size_t n = 0; n < encoded.size(); ++n) {
            auto item = rlpDecode(ByteView(encoded).first(n));
            QVERIFY(!item.ok() || (item->isList && !rlpListItems(*item).ok()) || n == 0);
        }
    }
};

QTEST_APPLESS_MAIN(TestRlp)
#include "tst_rlp.moc"
