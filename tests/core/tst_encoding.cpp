// SPDX-License-Identifier: MIT
// Hex, addresses, 256-bit integers, units and keccak: the value types everything else uses.
#include "TestSupport.h"
#include "core/Address.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "core/Units.h"

#include <QTest>

using namespace seismic;

class TestEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hexRoundTrip()
    {
        const Bytes bytes{0x00, 0xab, 0xff};
        QCOMPARE(toHex(bytes), std::string("0x00abff"));
        QCOMPARE(toHex(bytes, false), std::string("00abff"));
        auto parsed = parseHex("0x00ABff");
        QVERIFY(parsed.ok());
        QVERIFY(*parsed == bytes);
        QVERIFY(parseHex("0x")->empty());
        QVERIFY(parseHex("")->empty());
    }

    void hexRejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("prefix");
        QTest::addColumn<QString>("message");
        QTest::newRow("odd") << "0xabc" << int(HexPrefix::Optional) << "odd number of digits";
        QTest::newRow("digit") << "0xzz" << int(HexPrefix::Optional)
                               << "invalid hex digit at position 2";
        QTest::newRow("missing prefix")
            << "abcd" << int(HexPrefix::Required) << "must start with 0x";
        QTest::newRow("extra prefix") << "0xabcd" << int(HexPrefix::Forbidden) << "must not start";
        QTest::newRow("double prefix")
            << "0x0xab" << int(HexPrefix::Optional) << "invalid hex digit";
    }
    void hexRejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(int, prefix);
        QFETCH(QString, message);
        auto parsed = parseHex(text.toStdString(), static_cast<HexPrefix>(prefix));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    void hexSized()
    {
        QVERIFY(parseHexSized("0x0102", 2).ok());
        auto wrong = parseHexSized("0x0102", 3);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().message, std::string("expected 3 bytes, got 2"));
        QVERIFY(!Bytes32::fromHex("0x" + std::string(32, 'a')).ok());
        QVERIFY(Bytes32::fromHex(std::string(64, 'a')).ok());
    }

    void keccakKnownAnswers()
    {
        QCOMPARE(keccak256({}).hex(false),
                 std::string("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        const Bytes emptyList{0xc0};
        QCOMPARE(keccak256(emptyList).hex(false),
                 std::string("1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347"));
        const auto selector = selectorOf("setNumber(suint256)");
        QCOMPARE(toHex(selector, false), std::string("24a7f0b7"));
        QCOMPARE(toHex(selectorOf("Error(string)"), false), std::string("08c379a0"));
    }

    void addressChecksum()
    {
        auto address = Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        QVERIFY(address.ok());
        QCOMPARE(address->checksummed(), std::string("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QVERIFY(Address::parse("0xF39FD6E51AAD88F6F4CE6AB8827279CFFFB92266").ok());
        QVERIFY(Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").ok());
    }

    void addressRejectsBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("checksum") << "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92267"
                                  << "checksum";
        QTest::newRow("wrong case") << "0xF39fd6e51aad88F6F4ce6aB8827279cffFb92266"
                                    << "checksum";
        QTest::newRow("short") << "0xf39fd6e51aad88f6f4ce6ab8827279cfffb922"
                               << "40 hex digits";
        QTest::newRow("long") << "0xf39fd6e51aad88f6f4ce6ab8827279cfffb9226600"
                              << "40 hex digits";
        QTest::newRow("no prefix") << "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                                   << "start with 0x";
        QTest::newRow("bad digit") << "0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                                   << "non-hex";
    }
    void addressRejectsBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto parsed = Address::parse(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    void uint256Parsing()
    {
        QCOMPARE(toDecimal(*parseUint256("0")), std::string("0"));
        QCOMPARE(toDecimal(*parseUint256("0xff")), std::string("255"));
        const std::string max =
            "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        QCOMPARE(toDecimal(*parseUint256(max)), max);
        QVERIFY(!parseUint256(max.substr(0, max.size() - 1) + "6").ok());
        QVERIFY(!parseUint256("-1").ok());
        QVERIFY(!parseUint256("").ok());
        QVERIFY(!parseUint256(" 1").ok());
        QVERIFY(!parseUint256("0x").ok());
        QCOMPARE(toDecimal(*parseInt256("-5")), std::string("-5"));
        QVERIFY(
            parseInt256(
                "-57896044618658097711785492504343953926634992332820282019728792003956564819968")
                .ok());
        QVERIFY(
            !parseInt256(
                 "57896044618658097711785492504343953926634992332820282019728792003956564819968")
                 .ok());
    }

    void quantities()
    {
        QCOMPARE(toQuantity(0), std::string("0x0"));
        QCOMPARE(toQuantity(0x5208), std::string("0x5208"));
        QCOMPARE(toQuantity(0x100), std::string("0x100"));
        QCOMPARE(*parseQuantity("0x5208"), Uint256(21000));
        QVERIFY(!parseQuantity("5208").ok());
        QCOMPARE(toHex(toMinimalBytes(0)), std::string("0x"));
        QCOMPARE(toHex(toMinimalBytes(1024)), std::string("0x0400"));
        QCOMPARE(toWord(42).hex(false).substr(60), std::string("002a"));
        QCOMPARE(*uint256FromBytes(toWord(Uint256(123456789)).view()), Uint256(123456789));
        QVERIFY(!uint256FromBytes(Bytes(33, 1)).ok());
    }

    void units()
    {
        QCOMPARE(toDecimal(*parseUnits("1.5", 18)), std::string("1500000000000000000"));
        QCOMPARE(toDecimal(*parseUnits("0.000001", 6)), std::string("1"));
        QCOMPARE(toDecimal(*parseUnits("42", 0)), std::string("42"));
        QCOMPARE(toDecimal(*parseUnits(".5", 1)), std::string("5"));
        QVERIFY(!parseUnits("0.0000001", 6).ok());
        QVERIFY(!parseUnits("1.", 6).ok());
        QVERIFY(!parseUnits("", 6).ok());
        QVERIFY(!parseUnits("-1", 6).ok());
        QVERIFY(!parseUnits("1e3", 6).ok());
        QVERIFY(!parseUnits("1.2.3", 6).ok());
        QCOMPARE(formatUnits(*parseUnits("1.5", 18), 18), std::string("1.5"));
        QCOMPARE(formatUnits(1, 6), std::string("0.000001"));
        QCOMPARE(formatUnits(0, 18), std::string("0"));
        QCOMPARE(formatUnits(1000000, 6), std::string("1"));
        QCOMPARE(formatUnits(12345, 0), std::string("12345"));
    }
};

QTEST_APPLESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
