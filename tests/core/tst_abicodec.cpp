// SPDX-License-Identifier: MIT
// ABI encoding and strict decoding: the Solidity specification's vectors, two's complement,
// nested round trips, and every malformed-input path (truncation, bit flips, random data,
// overlapping offsets) ending in a Decode error rather than a crash or a huge allocation.
#include "TestSupport.h"
#include "core/abi/AbiArgumentParser.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"
#include "core/abi/AbiError.h"
#include "core/abi/AbiFunction.h"

#include <QTest>

#include <random>

using namespace seismic;
using testing::hex;

Q_DECLARE_METATYPE(seismic::AbiValue)

namespace {

std::vector<AbiParam> params(std::string_view list)
{
    auto parsed = parseAbiParamList(list);
    if (!parsed)
        qFatal("bad parameter list in test: %s", parsed.error().message.c_str());
    return *parsed;
}

AbiFunction function(std::string_view signature)
{
    auto parsed = AbiFunction::parse(signature);
    if (!parsed)
        qFatal("bad signature in test: %s", parsed.error().message.c_str());
    return *parsed;
}

AbiValue u(unsigned long long v)
{
    return AbiValue::fromUint(Uint256(v));
}

AbiValue s(long long v)
{
    return AbiValue::fromInt(Int256(v));
}

AbiValue str(const char* text)
{
    return AbiValue::fromString(text);
}

AbiValue raw(std::string_view text)
{
    return AbiValue::fromBytes(asBytes(text));
}

std::string words(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view part : parts)
        out += part;
    return out;
}

std::string word(unsigned long long value)
{
    return toWord(Uint256(value)).hex(false);
}

// A nested value exercising every kind, with its type.
std::vector<AbiParam> complexParams()
{
    return params("((uint256 id,string note)[] entries, bytes32 tag, (bool,int8[2])[2] pairs, "
                  "string[][] names, sbytes blob, saddress[] owners, suint256 secret)");
}

std::vector<AbiValue> complexValues()
{
    const Address a = *Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    return {
        AbiValue::array({AbiValue::tuple({u(1), str("first")}),
                         AbiValue::tuple({u(2), str(std::string(70, 'x').c_str())})}),
        AbiValue::fromBytes(Bytes(32, 0x5a)),
        AbiValue::array(
            {AbiValue::tuple({AbiValue::fromBool(true), AbiValue::array({s(-1), s(127)})}),
             AbiValue::tuple({AbiValue::fromBool(false), AbiValue::array({s(-128), s(0)})})}),
        AbiValue::array({AbiValue::array({str("a"), str("")}), AbiValue::array({}),
                         AbiValue::array({str("ccc")})}),
        AbiValue::fromBytes(Bytes(33, 0xee)),
        AbiValue::array({AbiValue::fromAddress(a), AbiValue::fromAddress(Address())}),
        AbiValue::fromUint(std::numeric_limits<Uint256>::max()),
    };
}

struct Sample
{
    std::vector<AbiParam> params;
    Bytes data;
};

// Valid, tightly packed encodings: every strict prefix of one is malformed.
std::vector<Sample> samples()
{
    std::vector<Sample> out;
    out.push_back({params("(uint256[][],string[])"),
                   *AbiEncoder::encode(
                       params("(uint256[][],string[])"),
                       {AbiValue::array({AbiValue::array({u(1), u(2)}), AbiValue::array({u(3)})}),
                        AbiValue::array({str("one"), str("two"), str("three")})})});
    out.push_back({params("(bytes,bool,uint256[])"),
                   *AbiEncoder::encode(params("(bytes,bool,uint256[])"),
                                       {raw("dave"), AbiValue::fromBool(true),
                                        AbiValue::array({u(1), u(2), u(3)})})});
    out.push_back({complexParams(), *AbiEncoder::encode(complexParams(), complexValues())});
    out.push_back({params("(int8,address,bytes4,bool)"),
                   *AbiEncoder::encode(params("(int8,address,bytes4,bool)"),
                                       {s(-3), AbiValue::fromAddress(Address()), raw("abcd"),
                                        AbiValue::fromBool(true)})});
    return out;
}

// Random canonical type text, nested up to `depth` more levels.
std::string randomType(std::mt19937_64& random, int depth)
{
    const auto pick = random() % (depth > 0 ? 12 : 9);
    const std::string shield = random() % 4 == 0 ? "s" : "";
    switch (pick) {
    case 0:
        return shield + "uint" + std::to_string(8 * (1 + random() % 32));
    case 1:
        return shield + "int" + std::to_string(8 * (1 + random() % 32));
    case 2:
        return shield + "address";
    case 3:
        return shield + "bool";
    case 4:
        return shield + "bytes" + std::to_string(1 + random() % 32);
    case 5:
        return shield + "bytes";
    case 6:
    case 7:
    case 8:
        return "string";
    case 9:
        return randomType(random, depth - 1) + "[" + std::to_string(1 + random() % 3) + "]";
    case 10:
        return randomType(random, depth - 1) + "[]";
    default: {
        std::string out = "(";
        const auto count = 1 + random() % 3;
        for (std::size_t k = 0; k < count; ++k)
            out += (k > 0 ? "," : "") + randomType(random, depth - 1);
        return out + ")";
    }
    }
}

Uint256 randomBits(std::mt19937_64& random, std::size_t bits)
{
    Uint256 value = 0;
    for (int limb = 0; limb < 4; ++limb)
        value = (value << 64) | Uint256(random());
    return bits < 256 ? value & ((Uint256(1) << bits) - 1) : value;
}

Bytes randomBytes(std::mt19937_64& random, std::size_t size)
{
    Bytes out(size);
    for (auto& b : out)
        b = static_cast<std::uint8_t>(random());
    return out;
}

AbiValue randomValue(std::mt19937_64& random, const AbiType& type)
{
    switch (type.kind()) {
    case AbiType::Kind::Uint:
        return AbiValue::fromUint(randomBits(random, random() % 4 == 0 ? 8 : type.size()));
    case AbiType::Kind::Int: {
        if (random() % 8 == 0)
            return AbiValue::fromInt(-(Int256(1) << (type.size() - 1)));
        const Int256 magnitude(randomBits(random, type.size() - 1));
        return AbiValue::fromInt(random() % 2 == 0 ? magnitude : Int256(-magnitude));
    }
    case AbiType::Kind::Address:
        return AbiValue::fromAddress(*Address::fromView(randomBytes(random, 20)));
    case AbiType::Kind::Bool:
        return AbiValue::fromBool(random() % 2 == 0);
    case AbiType::Kind::FixedBytes:
        return AbiValue::fromBytes(randomBytes(random, type.size()));
    case AbiType::Kind::Bytes:
        return AbiValue::fromBytes(randomBytes(random, random() % 70));
    case AbiType::Kind::String: {
        // Quotes, backslashes, control characters and UTF-8 exercise the JSON text form.
        static const std::string kAlphabet[] = {"a",    "Z", " ", "\"", "\\", "\n",
                                                "\x01", "é", "😀", ",",  "]"};
        std::string text;
        for (std::size_t k = random() % 12; k > 0; --k)
            text += kAlphabet[random() % std::size(kAlphabet)];
        return AbiValue::fromString(text);
    }
    case AbiType::Kind::FixedArray:
    case AbiType::Kind::Array: {
        const std::size_t count =
            type.kind() == AbiType::Kind::FixedArray ? type.size() : random() % 4;
        std::vector<AbiValue> items;
        for (std::size_t k = 0; k < count; ++k)
            items.push_back(randomValue(random, type.element()));
        return AbiValue::array(std::move(items));
    }
    case AbiType::Kind::Tuple: {
        std::vector<AbiValue> items;
        for (const AbiParam& component : type.components())
            items.push_back(randomValue(random, component.type));
        return AbiValue::tuple(std::move(items));
    }
    }
    return {};
}
} // namespace

class TestAbiCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Examples of the Solidity "Contract ABI Specification".
    void solidityExamples_data()
    {
        struct Row
        {
            const char* name;
            QString signature;
            AbiValue args;
            QString calldata;
        };
        const Row rows[] = {
            {"baz", "baz(uint32,bool)", AbiValue::tuple({u(69), AbiValue::fromBool(true)}),
             QString::fromStdString("cdcd77c0" + words({word(0x45), word(1)}))},
            {"bar", "bar(bytes3[2])", AbiValue::tuple({AbiValue::array({raw("abc"), raw("def")})}),
             QString::fromStdString(words(
                 {"fce353f6", "6162630000000000000000000000000000000000000000000000000000000000",
                  "6465660000000000000000000000000000000000000000000000000000000000"}))},
            {"sam", "sam(bytes,bool,uint256[])",
             AbiValue::tuple(
                 {raw("dave"), AbiValue::fromBool(true), AbiValue::array({u(1), u(2), u(3)})}),
             QString::fromStdString(
                 words({"a5643bf2", word(0x60), word(1), word(0xa0), word(4),
                        "6461766500000000000000000000000000000000000000000000000000000000", word(3),
                        word(1), word(2), word(3)}))},
            {"f", "f(uint,uint32[],bytes10,bytes)",
             AbiValue::tuple({u(0x123), AbiValue::array({u(0x456), u(0x789)}), raw("1234567890"),
                              raw("Hello, world!")}),
             QString::fromStdString(
                 words({"8be65246", word(0x123), word(0x80),
                        "3132333435363738393000000000000000000000000000000000000000000000",
                        word(0xe0), word(2), word(0x456), word(0x789), word(0xd),
                        "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"}))},
            {"g", "g(uint256[][],string[])",
             AbiValue::tuple(
                 {AbiValue::array({AbiValue::array({u(1), u(2)}), AbiValue::array({u(3)})}),
                  AbiValue::array({str("one"), str("two"), str("three")})}),
             QString::fromStdString(
                 words({"2289b18c",
                        word(0x40),
                        word(0x140),
                        word(2),
                        word(0x40),
                        word(0xa0),
                        word(2),
                        word(1),
                        word(2),
                        word(1),
                        word(3),
                        word(3),
                        word(0x60),
                        word(0xa0),
                        word(0xe0),
                        word(3),
                        "6f6e650000000000000000000000000000000000000000000000000000000000",
                        word(3),
                        "74776f0000000000000000000000000000000000000000000000000000000000",
                        word(5),
                        "7468726565000000000000000000000000000000000000000000000000000000"}))},
        };
        QTest::addColumn<QString>("signature");
        QTest::addColumn<AbiValue>("args");
        QTest::addColumn<QString>("calldata");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.signature << row.args << row.calldata;
    }
    void solidityExamples()
    {
        QFETCH(QString, signature);
        QFETCH(AbiValue, args);
        QFETCH(QString, calldata);
        const AbiFunction fn = function(signature.toStdString());
        auto encoded = fn.encodeCall(args.items());
        QVERIFY2(encoded.ok(), encoded.ok() ? "" : encoded.error().message.c_str());
        QCOMPARE(QString::fromStdString(toHex(*encoded, false)), calldata);
        auto decoded = fn.decodeCall(*encoded);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(AbiValue::tuple(*decoded), args);
    }

    void customErrorSelector()
    {
        // The specification's error example.
        auto error = AbiError::parse("InsufficientBalance(uint256 available, uint256 required)");
        QVERIFY(error.ok());
        QCOMPARE(toHex(error->selector(), false), std::string("cf479181"));
        auto data = error->encode({u(0), u(5)});
        QVERIFY(data.ok());
        QCOMPARE(toHex(*data, false), "cf479181" + word(0) + word(5));
        QCOMPARE(*error->decode(*data), (std::vector<AbiValue>{u(0), u(5)}));
        QCOMPARE(error->decode(hex("0x08c379a0")).error().kind, ErrorKind::Decode);
        QVERIFY(!error->encode({u(1)}).ok());
    }

    void twosComplement_data()
    {
        struct Row
        {
            const char* name;
            QString typeText;
            AbiValue value;
            QString encoded;
        };
        const QString ones(64, 'f');
        const Row rows[] = {
            {"int8 -1", "int8", s(-1), ones},
            {"int256 -1", "int256", s(-1), ones},
            {"sint64 -1", "sint64", s(-1), ones},
            {"int16 -2", "int16", s(-2), QString(63, 'f') + "e"},
            {"int8 -128", "int8", s(-128), QString(62, 'f') + "80"},
            {"int8 127", "int8", s(127), QString(62, '0') + "7f"},
            {"int32 -256", "int32", s(-256), QString(62, 'f') + "00"},
            {"int256 min", "int256", AbiValue::fromInt(-(Int256(1) << 255)),
             "8" + QString(63, '0')},
            {"int256 max", "int256", AbiValue::fromInt((Int256(1) << 255) - 1),
             "7" + QString(63, 'f')},
            {"int0", "int256", s(0), QString(64, '0')},
            {"uint8 255", "uint8", u(255), QString(62, '0') + "ff"},
            {"uint256 max", "uint256", AbiValue::fromUint(std::numeric_limits<Uint256>::max()),
             ones},
            {"suint256 42", "suint256", u(42), QString(62, '0') + "2a"},
            {"bool", "sbool", AbiValue::fromBool(true), QString(63, '0') + "1"},
            {"bytes2", "bytes2", AbiValue::fromBytes(Bytes{0xab, 0xcd}), "abcd" + QString(60, '0')},
            {"address", "saddress",
             AbiValue::fromAddress(*Address::parse("0x000000000000000000000000000000000000dEaD")),
             QString(60, '0') + "dead"},
        };
        QTest::addColumn<QString>("typeText");
        QTest::addColumn<AbiValue>("value");
        QTest::addColumn<QString>("encoded");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.typeText << row.value << row.encoded;
    }
    void twosComplement()
    {
        QFETCH(QString, typeText);
        QFETCH(AbiValue, value);
        QFETCH(QString, encoded);
        const AbiType type = *AbiType::parse(typeText.toStdString());
        auto bytes = AbiEncoder::encodeSingle(type, value);
        QVERIFY2(bytes.ok(), bytes.ok() ? "" : bytes.error().message.c_str());
        QCOMPARE(QString::fromStdString(toHex(*bytes, false)), encoded);
        QCOMPARE(*AbiDecoder::decodeWord(type, *bytes), value);
        QCOMPARE(AbiDecoder::decode({AbiParam{"v", type, {}, false}}, *bytes)->at(0), value);
    }

    void shieldedTypesEncodeAsBaseTypes()
    {
        const auto values = complexValues();
        std::vector<AbiParam> plain = complexParams();
        for (AbiParam& p : plain)
            p.type = p.type.remapped();
        QCOMPARE(*AbiEncoder::encode(complexParams(), values), *AbiEncoder::encode(plain, values));
    }

    void nestedRoundTrips()
    {
        const auto values = complexValues();
        auto encoded = AbiEncoder::encode(complexParams(), values);
        QVERIFY2(encoded.ok(), encoded.ok() ? "" : encoded.error().message.c_str());
        QCOMPARE(encoded->size() % 32, std::size_t(0));
        auto decoded = AbiDecoder::decode(complexParams(), *encoded);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
        QCOMPARE(*decoded, values);

        // Static tuples sit in place: (uint256,address) as one tuple equals the two alone.
        const Address a = *Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        QCOMPARE(
            *AbiEncoder::encode(params("((uint256,address))"),
                                {AbiValue::tuple({u(7), AbiValue::fromAddress(a)})}),
            *AbiEncoder::encode(params("(uint256,address)"), {u(7), AbiValue::fromAddress(a)}));
        // A dynamic tuple is referenced by an offset.
        QCOMPARE(toHex(*AbiEncoder::encode(params("((uint256,string))"),
                                           {AbiValue::tuple({u(7), str("hi")})}),
                       false),
                 words({word(0x20), word(7), word(0x40), word(2),
                        "6869000000000000000000000000000000000000000000000000000000000000"}));
        // No parameters: empty encoding.
        QVERIFY(AbiEncoder::encode({}, {})->empty());
        QVERIFY(AbiDecoder::decode({}, {})->empty());
        // Empty dynamic values.
        const auto empties = params("(bytes,string,uint8[])");
        const std::vector<AbiValue> emptyValues{AbiValue::fromBytes(Bytes()), str(""),
                                                AbiValue::array({})};
        auto emptyEncoded = AbiEncoder::encode(empties, emptyValues);
        QCOMPARE(toHex(*emptyEncoded, false),
                 words({word(0x60), word(0x80), word(0xa0), word(0), word(0), word(0)}));
        QCOMPARE(*AbiDecoder::decode(empties, *emptyEncoded), emptyValues);
    }

    void encoderRejectsBadValues()
    {
        auto arity = AbiEncoder::encode(params("(uint256,bool)"), {u(1)});
        QVERIFY(!arity.ok());
        QCOMPARE(arity.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(arity.error().message, std::string("expected 2 values, got 1"));
        auto unnamed = AbiEncoder::encode(params("(uint256,uint8)"), {u(1), u(256)});
        QCOMPARE(unnamed.error().message,
                 std::string("arg1: 256 is out of range for uint8 (max 255)"));
        auto named = function("setNumber(suint8 number)").encodeCall({u(300)});
        QCOMPARE(named.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(
            named.error().message,
            std::string("setNumber(suint8): number: 300 is out of range for suint8 (max 255)"));
        QCOMPARE(function("f(bytes4)").encodeCall({raw("abc")}).error().message,
                 std::string("f(bytes4): arg0: expected 4 bytes for bytes4, got 3"));
    }

    void decodesOutputsPythonStyle()
    {
        const auto outputs = params("(uint256,bool,address,string,uint8[2],bytes)");
        auto zeros = AbiDecoder::decodeOutputs(outputs, {});
        QVERIFY(zeros.ok());
        QCOMPARE(zeros->size(), std::size_t(6));
        QCOMPARE((*zeros)[0], u(0));
        QCOMPARE((*zeros)[1], AbiValue::fromBool(false));
        QVERIFY((*zeros)[2].asAddress().isZero());
        QCOMPARE((*zeros)[3], str(""));
        QCOMPARE((*zeros)[4], AbiValue::array({u(0), u(0)}));
        QCOMPARE((*zeros)[5], AbiValue::fromBytes(Bytes()));
        // No outputs: nothing, whatever the data.
        QVERIFY(AbiDecoder::decodeOutputs({}, hex(word(1)))->empty());
        // Non-empty data is decoded strictly, unlike empty data.
        auto shortData = AbiDecoder::decodeOutputs(params("(uint256)"), Bytes(31, 0));
        QVERIFY(!shortData.ok());
        QCOMPARE(shortData.error().kind, ErrorKind::Decode);
        // Strict decoding of empty data with outputs is an error.
        QCOMPARE(AbiDecoder::decode(params("(uint256)"), {}).error().kind, ErrorKind::Decode);
        // Trailing bytes after the values are ignored.
        QCOMPARE(AbiDecoder::decode(params("(uint256)"), hex(word(9) + "ff"))->at(0), u(9));
    }

    // Found by fuzzing: each type is bounded (4 MiB), but a 16 KB JSON ABI with 400 such outputs
    // made empty return data allocate gigabytes of zero values.
    void zeroOutputsAreBoundedAsAWhole()
    {
        const auto oneMax = params("(uint256[131072])");
        QCOMPARE(oneMax[0].type.minEncodedSize(), AbiType::kMaxEncodedSize);
        auto zeros = AbiDecoder::decodeOutputs(oneMax, {});
        QVERIFY(zeros.ok());
        QCOMPARE((*zeros)[0].items().size(), std::size_t(131072));

        const auto twoMax = params("(uint256[131072],bool)");
        auto refused = AbiDecoder::decodeOutputs(twoMax, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Decode);
        QVERIFY(QString::fromStdString(refused.error().message).contains("more than 4 MiB"));
        // Data is decoded strictly: its own size bounds what it decodes to.
        QCOMPARE(AbiDecoder::decodeOutputs(twoMax, hex(word(1))).error().kind, ErrorKind::Decode);
    }

    void rejectsMalformedData_data()
    {
        struct Row
        {
            const char* name;
            QString paramList;
            QString data;
            QString message;
        };
        const Row rows[] = {
            {"bool 2", "(bool flag)", QString::fromStdString(word(2)),
             "at 'flag': bool value is not 0 or 1"},
            {"bool high byte", "(bool)", "01" + QString(62, '0') + "01",
             "at 'arg0': bool value is not 0 or 1"},
            {"address dirty", "(address to)", "01" + QString(62, '0'),
             "at 'to': address has non-zero high-order bytes"},
            {"uint8 256", "(uint8)", QString::fromStdString(word(256)),
             "uint8 value has non-zero high-order bytes"},
            {"suint8 256", "(suint8)", QString::fromStdString(word(256)),
             "suint8 value has non-zero high-order bytes"},
            {"int8 128", "(int8)", QString::fromStdString(word(128)),
             "int8 value is not sign-extended"},
            {"int8 -129", "(int8)", QString(62, 'f') + "7f", "int8 value is not sign-extended"},
            {"bytes4 padding", "(bytes4)", "abcdef0101" + QString(54, '0'),
             "bytes4 value has non-zero padding"},
            {"string padding", "(string s)",
             QString::fromStdString(word(0x20) + word(2) + "686901" + std::string(58, '0')),
             "at 's': string value has non-zero padding"},
            {"missing padding", "(bytes)", QString::fromStdString(word(0x20) + word(2) + "6869"),
             "data ends inside the padding of a 2-byte value"},
            {"empty", "(uint256)", "", "data too short: needs 32 bytes of heads, has 0"},
            {"short head", "(uint256,uint256)", QString::fromStdString(word(1)),
             "needs 64 bytes of heads, has 32"},
            {"offset past end", "(bytes)", QString::fromStdString(word(0x40)),
             "offset 64 points past the end of the data (32 bytes)"},
            {"offset at end", "(bytes)", QString::fromStdString(word(0x20)),
             "offset 32 points past the end"},
            {"offset huge", "(string)", "80" + QString(62, '0'),
             "offset 0x80" + QString(62, '0') + " is too large"},
            {"offset 2^64-1", "(string)", QString(48, '0') + QString(16, 'f'),
             "offset 18446744073709551615 points past the end"},
            {"length too large", "(bytes)",
             QString::fromStdString(word(0x20)) + "01" + QString(62, '0'),
             "length 0x01" + QString(62, '0') + " is too large"},
            {"length 2^64-1", "(bytes)",
             QString::fromStdString(word(0x20)) + QString(48, '0') + QString(16, 'f'),
             "length 18446744073709551615 exceeds the 0 bytes left"},
            {"length exceeds", "(bytes)", QString::fromStdString(word(0x20) + word(33) + word(0)),
             "length 33 exceeds the 32 bytes left"},
            {"array length huge", "(uint256[] values)",
             QString::fromStdString(word(0x20) + word(1ull << 40)),
             "at 'values': array length 1099511627776 needs more than the 0 bytes left"},
            {"array length exceeds", "(uint256[])",
             QString::fromStdString(word(0x20) + word(2) + word(1)),
             "array length 2 needs more than the 32 bytes left"},
            {"nested element", "((uint256 a,bool[] flags)[] items)",
             QString::fromStdString(word(0x20) + word(1) + word(0x20) + word(5) + word(0x40) +
                                    word(1) + word(7)),
             "at 'items[0].flags[0]': bool value is not 0 or 1"},
            {"nested offset", "(string[] names)",
             QString::fromStdString(word(0x20) + word(1) + word(0x1000)),
             "at 'names[0]': offset 4096 points past the end"},
            {"static array short", "(uint256[1000])", QString::fromStdString(word(1)),
             "needs 32000 bytes of heads, has 32"},
        };
        QTest::addColumn<QString>("paramList");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.paramList << row.data << row.message;
    }
    void rejectsMalformedData()
    {
        QFETCH(QString, paramList);
        QFETCH(QString, data);
        QFETCH(QString, message);
        auto decoded = AbiDecoder::decode(params(paramList.toStdString()), hex(data.toStdString()));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, ErrorKind::Decode);
        QVERIFY2(QString::fromStdString(decoded.error().message).contains(message),
                 decoded.error().message.c_str());
    }

    void decodeWordChecks()
    {
        const AbiType address = *AbiType::parse("address");
        QVERIFY(AbiDecoder::decodeWord(address, hex(word(0xdead))).ok());
        QCOMPARE(AbiDecoder::decodeWord(address, hex("0x01" + std::string(62, '0'))).error().kind,
                 ErrorKind::Decode);
        QCOMPARE(AbiDecoder::decodeWord(address, Bytes(31, 0)).error().kind, ErrorKind::Decode);
        QCOMPARE(AbiDecoder::decodeWord(*AbiType::parse("string"), Bytes(32, 0)).error().kind,
                 ErrorKind::InvalidArgument);
    }

    // Offsets that all point at one large array would make a small input decode to millions
    // of values; the decoder refuses instead of allocating.
    void refusesOverlappingOffsets()
    {
        const std::size_t n = 1000;
        std::string data = word(0x20) + word(n);
        for (std::size_t k = 0; k < n; ++k)
            data += word(32 * n);
        data += word(n);
        for (std::size_t k = 0; k < n; ++k)
            data += word(k);
        auto decoded = AbiDecoder::decode(params("(uint256[][])"), hex(data));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, ErrorKind::Decode);
        QVERIFY2(decoded.error().message.find("overlapping offsets") != std::string::npos,
                 decoded.error().message.c_str());

        std::string blobs = word(0x20) + word(n);
        for (std::size_t k = 0; k < n; ++k)
            blobs += word(32 * n);
        blobs += word(32 * 64) + std::string(64 * 64, 'a');
        auto aliased = AbiDecoder::decode(params("(bytes[])"), hex(blobs));
        QVERIFY(!aliased.ok());
        QVERIFY2(aliased.error().message.find("overlapping offsets") != std::string::npos,
                 aliased.error().message.c_str());

        // A little sharing is tolerated: two heads pointing at one string.
        auto shared =
            AbiDecoder::decode(params("(string,string)"), hex(word(0x40) + word(0x40) + word(2) +
                                                              "6869" + std::string(60, '0')));
        QVERIFY(shared.ok());
        QCOMPARE(shared->at(1), str("hi"));
    }

    void truncationAlwaysFails()
    {
        for (const Sample& sample : samples()) {
            QVERIFY(AbiDecoder::decode(sample.params, sample.data).ok());
            for (std::size_t length = 0; length < sample.data.size(); ++length) {
                auto decoded =
                    AbiDecoder::decode(sample.params, ByteView(sample.data).first(length));
                QVERIFY2(!decoded.ok(), std::to_string(length).c_str());
                QCOMPARE(decoded.error().kind, ErrorKind::Decode);
            }
        }
    }

    void bitFlipsNeverCrash()
    {
        std::size_t accepted = 0;
        std::size_t rejected = 0;
        for (const Sample& sample : samples()) {
            for (std::size_t at = 0; at < sample.data.size(); ++at) {
                for (std::uint8_t mask : {0x01, 0x10, 0x80, 0xff}) {
                    Bytes mutated = sample.data;
                    mutated[at] ^= mask;
                    auto decoded = AbiDecoder::decode(sample.params, mutated);
                    if (!decoded.ok()) {
                        QCOMPARE(decoded.error().kind, ErrorKind::Decode);
                        ++rejected;
                        continue;
                    }
                    // Whatever decodes is a valid value of the types: it re-encodes and
                    // decodes to itself.
                    auto again = AbiEncoder::encode(sample.params, *decoded);
                    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
                    QCOMPARE(*AbiDecoder::decode(sample.params, *again), *decoded);
                    ++accepted;
                }
            }
        }
        QVERIFY(accepted > 0);
        QVERIFY(rejected > 0);
    }

    // Random types and values: encode/decode and the text form (AbiValue::toString read back
    // by AbiArgumentParser) round-trip; mutations of the encodings decode or fail cleanly.
    void randomRoundTrips()
    {
        std::mt19937_64 random(7);
        for (int round = 0; round < 400; ++round) {
            std::vector<AbiParam> list;
            std::vector<AbiValue> values;
            for (std::size_t k = random() % 4; k > 0; --k) {
                const std::string text = randomType(random, 3);
                auto parsed = AbiType::parse(text);
                QVERIFY2(parsed.ok(), text.c_str());
                list.push_back(AbiParam{"p" + std::to_string(k), *parsed, {}, false});
                values.push_back(randomValue(random, *parsed));
                auto reread = AbiArgumentParser::parse(*parsed, values.back().toString(), "p");
                QVERIFY2(reread.ok(), reread.ok() ? ""
                                                  : (text + " / " + values.back().toString() +
                                                     " / " + reread.error().message)
                                                        .c_str());
                QVERIFY2(*reread == values.back(), text.c_str());
            }
            auto encoded = AbiEncoder::encode(list, values);
            QVERIFY2(encoded.ok(), encoded.ok() ? "" : encoded.error().message.c_str());
            auto decoded = AbiDecoder::decode(list, *encoded);
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : decoded.error().message.c_str());
            QVERIFY(*decoded == values);
            for (int mutation = 0; mutation < 8 && !encoded->empty(); ++mutation) {
                Bytes mutated = *encoded;
                if (mutation % 2 == 0)
                    mutated.resize(random() % mutated.size());
                else
                    mutated[random() % mutated.size()] ^=
                        static_cast<std::uint8_t>(1 + random() % 255);
                auto result = AbiDecoder::decode(list, mutated);
                if (!result.ok())
                    QCOMPARE(result.error().kind, ErrorKind::Decode);
            }
        }
    }

    void randomDataNeverCrashes()
    {
        std::mt19937_64 random(20240601);
        const std::vector<std::vector<AbiParam>> shapes = {
            complexParams(), params("(uint256[][],string[])"), params("(bytes,bool,uint256[])"),
            params("((string,uint8[])[2][],int16)"), params("(bytes32[3],address,string[2])")};
        std::size_t accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            // Words are mostly small numbers, so that some offsets and lengths are plausible.
            const std::size_t count = random() % 24;
            std::string data;
            for (std::size_t w = 0; w < count; ++w) {
                const auto pick = random() % 4;
                if (pick == 0)
                    data += toWord(Uint256(random())).hex(false);
                else if (pick == 3)
                    data += std::string(64, 'f');
                else
                    data += word((random() % 24) * (pick == 1 ? 32 : 1));
            }
            if (random() % 3 == 0 && !data.empty())
                data.resize(data.size() - 2 * (1 + random() % 31));
            for (const auto& shape : shapes) {
                auto decoded = AbiDecoder::decode(shape, hex(data));
                if (decoded.ok())
                    ++accepted;
                else
                    QCOMPARE(decoded.error().kind, ErrorKind::Decode);
            }
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_APPLESS_MAIN(TestAbiCodec)
#include "tst_abicodec.moc"
