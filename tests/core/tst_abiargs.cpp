// SPDX-License-Identifier: MIT
// ABI argument values from user text (CLI, GUI forms), their errors, and formatting back.
#include "TestSupport.h"
#include "core/abi/AbiArgumentParser.h"
#include "core/abi/AbiEncoder.h"

#include <QTest>

using namespace seismic;

namespace {

AbiType type(std::string_view text)
{
    auto parsed = AbiType::parse(text);
    if (!parsed)
        qFatal("bad type in test: %s", parsed.error().message.c_str());
    return *parsed;
}

const std::string kUintMax =
    "115792089237316195423570985008687907853269984665640564039457584007913129639935";

// 2^255: int256 spans -2^255 .. 2^255 - 1.
const std::string kInt256Limit =
    "57896044618658097711785492504343953926634992332820282019728792003956564819968";

} // namespace

class TestAbiArgs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValues_data()
    {
        // formatted: AbiValue::toString of the result.
        struct Row
        {
            const char* name;
            QString typeText;
            QString text;
            QString formatted;
        };
        const Row rows[] = {
            {"decimal", "uint256", "42", "42"},
            {"hex", "uint256", "0x2A", "42"},
            {"spaces", "suint256", "  7 ", "7"},
            {"uint max", "uint256", QString::fromStdString(kUintMax),
             QString::fromStdString(kUintMax)},
            {"uint8 max", "uint8", "255", "255"},
            {"negative", "int8", "-128", "-128"},
            {"negative hex", "int256", "-0x10", "-16"},
            {"sint", "sint64", "-9", "-9"},
            {"int256 min", "int256", QString::fromStdString("-" + kInt256Limit),
             QString::fromStdString("-" + kInt256Limit)},
            {"int256 min hex", "int256", "-0x8" + QString(63, '0'),
             QString::fromStdString("-" + kInt256Limit)},
            {"address lower", "address", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
             "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
            {"address checksummed", "saddress", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
             "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
            {"true", "bool", "true", "true"},
            {"True", "sbool", "True", "true"},
            {"one", "bool", "1", "true"},
            {"zero", "bool", "0", "false"},
            {"FALSE", "bool", "FALSE", "false"},
            {"bytes", "bytes", "0xDEADbeef", "0xdeadbeef"},
            {"empty bytes", "bytes", "0x", "0x"},
            {"bytes4", "bytes4", "0x01020304", "0x01020304"},
            {"string verbatim", "string", "  hello, [world] \"x\" ", "  hello, [world] \"x\" "},
            {"empty string", "string", "", ""},
            {"uint array", "uint256[]", "[1, 2, 0x03]", "[1,2,3]"},
            {"empty array", "uint8[]", " [ ] ", "[]"},
            {"quoted numbers", "uint256[2]", R"(["1", "0x10"])", "[1,16]"},
            {"exact big numbers", "uint256[]",
             QString::fromStdString("[" + kUintMax + "," + kUintMax + "]"),
             QString::fromStdString("[" + kUintMax + "," + kUintMax + "]")},
            {"nested", "uint256[][]", "[[1,2],[3],[]]", "[[1,2],[3],[]]"},
            {"addresses", "address[]",
             R"(["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 0x000000000000000000000000000000000000dead])",
             R"(["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266","0x000000000000000000000000000000000000dEaD"])"},
            {"strings", "string[]", "[\"a,b\", \"é\", \"\\u00e9\\n\", bare]",
             "[\"a,b\",\"é\",\"é\\n\",\"bare\"]"},
            {"surrogates", "string[]", "[\"\\ud83d\\ude00\"]", "[\"😀\"]"},
            {"tuple", "(address,uint256)", R"(["0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 5])",
             R"(["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",5])"},
            {"named tuple object", "(address to, suint256 amount)",
             R"({"amount": 5, "to": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"})",
             R"(["0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",5])"},
            {"tuple array", "(bool,bytes2,int8)[]", "[[true,0xabcd,-1],[0,\"0x0000\",5]]",
             R"([[true,"0xabcd",-1],[false,"0x0000",5]])"},
        };
        QTest::addColumn<QString>("typeText");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("formatted");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.typeText << row.text << row.formatted;
    }
    void parsesValues()
    {
        QFETCH(QString, typeText);
        QFETCH(QString, text);
        QFETCH(QString, formatted);
        const AbiType t = type(typeText.toStdString());
        auto value = AbiArgumentParser::parse(t, text.toStdString(), "value");
        QVERIFY2(value.ok(), value.ok() ? "" : value.error().message.c_str());
        QVERIFY(value->check(t, "value").ok());
        QCOMPARE(QString::fromStdString(value->toString()), formatted);
        // The formatted text reads back to the same value.
        QCOMPARE(*AbiArgumentParser::parse(t, value->toString(), "value"), *value);
    }

    void rejectsBadValues_data()
    {
        struct Row
        {
            const char* name;
            QString typeText;
            QString param;
            QString text;
            QString message;
        };
        const Row rows[] = {
            {"fraction", "suint256", "amount", "1.5", "amount: '1.5' is not an integer"},
            {"exponent", "uint256", "amount", "1e18", "amount: '1e18' is not an integer"},
            {"empty int", "uint256", "amount", "", "amount: '' is not an integer"},
            {"bare 0x", "uint256", "amount", "0x", "'0x' is not an integer"},
            {"words", "uint256", "amount", "ten", "'ten' is not an integer"},
            {"plus", "int256", "delta", "+5", "delta: '+5' is not an integer"},
            {"negative uint", "uint8", "amount", "-5",
             "amount: '-5' is negative, but uint8 is unsigned"},
            {"uint8 256", "uint8", "amount", "256",
             "amount: 256 is out of range for uint8 (max 255)"},
            {"int8 -129", "int8", "delta", "-129",
             "delta: -129 is out of range for int8 (min -128, max 127)"},
            {"int8 hex 0x80", "int8", "delta", "0x80", "delta: 128 is out of range for int8"},
            {"uint overflow", "uint256", "amount", QString::fromStdString(kUintMax + "0"),
             "amount: '" + QString::fromStdString(kUintMax) + "0' does not fit in 256 bits"},
            {"int256 below min", "int256", "delta",
             "-57896044618658097711785492504343953926634992332820282019728792003956564819969",
             "delta: "
             "-57896044618658097711785492504343953926634992332820282019728792003956564819969 is "
             "out of range for int256"},
            {"int256 above max", "int256", "delta", QString::fromStdString(kInt256Limit),
             "is out of range for int256"},
            {"int overflow", "int256", "delta", QString::fromStdString("-" + kUintMax),
             "is out of range for int256"},
            {"checksum", "address", "to", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92267",
             "to: address checksum mismatch (EIP-55): check for a typo"},
            {"short address", "address", "to", "0x1234",
             "to: address must have 40 hex digits, got 4"},
            {"address no prefix", "saddress", "to", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
             "to: address must start with 0x"},
            {"bool yes", "bool", "flag", "yes",
             "flag: 'yes' is not a boolean (use true, false, 1 or 0)"},
            {"bool 2", "bool", "flag", "2", "'2' is not a boolean"},
            {"bytes no prefix", "bytes", "data", "abcd",
             "data: bytes must be 0x-hex: hex string must start with 0x"},
            {"bytes odd", "bytes", "data", "0xabc",
             "data: bytes must be 0x-hex: hex string has an odd number"},
            {"bytes digit", "bytes", "data", "0xzz", "invalid hex digit"},
            {"bytes32 short", "bytes32", "hash", "0x" + QString(62, 'a'),
             "hash: expected 32 bytes for bytes32, got 31"},
            {"sbytes4 long", "sbytes4", "id", "0x0102030405",
             "id: expected 4 bytes for sbytes4, got 5"},
            {"array no brackets", "uint256[]", "ids", "1,2,3",
             "ids: expected a JSON array for uint256[]"},
            {"array unterminated", "uint256[]", "ids", "[1,2",
             "ids: malformed JSON at position 4: expected ',' or ']'"},
            {"array trailing", "uint256[]", "ids", "[1] x",
             "ids: malformed JSON at position 4: unexpected text"},
            {"array empty item", "uint256[]", "ids", "[1,,2]",
             "ids: malformed JSON at position 3: unexpected ','"},
            {"array bad element", "uint256[]", "ids", "[1, 2.5]",
             "ids[1]: '2.5' is not an integer"},
            {"array nested value", "uint256[]", "ids", "[1,[2]]",
             "ids[1]: expected a single value for uint256, got a JSON array"},
            {"fixed length", "uint256[3]", "ids", "[1,2]",
             "ids: expected 3 elements for uint256[3], got 2"},
            {"element range", "uint8[]", "ids", "[1,256]",
             "ids[1]: 256 is out of range for uint8 (max 255)"},
            {"tuple arity", "(uint256,bool)", "pair", "[1]",
             "pair: expected 2 components for (uint256,bool), got 1"},
            {"tuple scalar", "(uint256,bool)", "pair", "5",
             "pair: expected a JSON array for (uint256,bool)"},
            {"nested path", "(address maker,(uint64 price,bool)[] legs)[]", "orders",
             R"([["0x000000000000000000000000000000000000dead", [[1,true],["x",false]]]])",
             "orders[0].legs[1].price: 'x' is not an integer"},
            {"object unknown key", "(address to,uint256 amount)", "t",
             R"({"to":"0x000000000000000000000000000000000000dead","amt":1})",
             "t: unknown component 'amt' for (address,uint256)"},
            {"object missing key", "(address to,uint256 amount)", "t",
             R"({"to":"0x000000000000000000000000000000000000dead"})",
             "t: missing component 'amount'"},
            {"object twice", "(uint256 a)", "t", R"({"a":1,"a":2})",
             "t: component 'a' given twice"},
            {"object unnamed", "(uint256,bool)", "t", R"({"a":1})", "t: unknown component 'a'"},
            {"object key unquoted", "(uint256 a)", "t", "{a:1}", "expected a quoted key"},
            {"object for scalar elements", "uint256[]", "ids", R"({"a":1})",
             "ids: expected a JSON array for uint256[]"},
            {"bad escape", "string[]", "names", "[\"\\q\"]",
             "names: malformed JSON at position 4: invalid escape '\\q'"},
            {"unterminated string", "string[]", "names", "[\"abc", "unterminated string"},
            {"lone surrogate", "string[]", "names", "[\"\\ud83d\"]", "unpaired surrogate"},
            {"bad unicode", "string[]", "names", "[\"\\u12g4\"]", "invalid \\u escape"},
            {"deep nesting", "uint256[]", "ids", QString(100, '['), "nested too deeply"},
            {"empty json", "uint256[]", "ids", "  ",
             "ids: expected a JSON array for uint256[], e.g. [1,2]"},
            {"missing element", "uint256[]", "ids", "[1,",
             "ids: malformed JSON at position 3: expected a value"},
        };
        QTest::addColumn<QString>("typeText");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.typeText << row.param << row.text << row.message;
    }
    void rejectsBadValues()
    {
        QFETCH(QString, typeText);
        QFETCH(QString, param);
        QFETCH(QString, text);
        QFETCH(QString, message);
        auto value = AbiArgumentParser::parse(type(typeText.toStdString()), text.toStdString(),
                                              param.toStdString());
        QVERIFY(!value.ok());
        QCOMPARE(value.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(QString::fromStdString(value.error().message).contains(message),
                 value.error().message.c_str());
    }

    void parsesArgumentLists()
    {
        const auto params = *parseAbiParamList("(address to, suint256 amount, bytes)");
        auto values = AbiArgumentParser::parse(
            params, {"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1000", "0x"});
        QVERIFY(values.ok());
        QCOMPARE(values->size(), std::size_t(3));
        QCOMPARE((*values)[1], AbiValue::fromUint(1000));
        QVERIFY(AbiEncoder::encode(params, *values).ok());

        auto count = AbiArgumentParser::parse(params, {"0x"});
        QCOMPARE(count.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(count.error().message, std::string("expected 3 arguments, got 1"));
        auto unnamed = AbiArgumentParser::parse(
            params, {"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "5", "zz"});
        QCOMPARE(unnamed.error().message,
                 std::string("arg2: bytes must be 0x-hex: hex string must start with 0x"));
        auto amount = AbiArgumentParser::parse(
            params, {"0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "1.5", "0x"});
        QCOMPARE(amount.error().message, std::string("amount: '1.5' is not an integer"));
        QVERIFY(AbiArgumentParser::parse({}, {})->empty());
    }
};

QTEST_APPLESS_MAIN(TestAbiArgs)
#include "tst_abiargs.moc"
