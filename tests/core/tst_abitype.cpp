// SPDX-License-Identifier: MIT
// ABI types (canonical and JSON forms, Seismic shielded types) and value checking.
#include "TestSupport.h"
#include "core/abi/AbiJson.h"
#include "core/abi/AbiType.h"
#include "core/abi/AbiValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace seismic;

Q_DECLARE_METATYPE(seismic::AbiValue)
Q_DECLARE_METATYPE(seismic::ErrorKind)

namespace {

AbiType type(std::string_view text)
{
    auto parsed = AbiType::parse(text);
    if (!parsed)
        qFatal("bad type in test: %s", parsed.error().message.c_str());
    return *parsed;
}

AbiParam paramFromJson(const char* json)
{
    auto param = parseAbiParamJson(QJsonDocument::fromJson(json).object());
    if (!param)
        qFatal("bad param in test: %s", param.error().message.c_str());
    return *param;
}

AbiValue u(unsigned long long v)
{
    return AbiValue::fromUint(Uint256(v));
}

AbiValue i(long long v)
{
    return AbiValue::fromInt(Int256(v));
}

} // namespace

class TestAbiType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCanonicalTypes_data()
    {
        struct Row
        {
            const char* name;
            QString text;
            QString canonical;
            bool dynamic;
            int headSize;
            bool shielded;
        };
        const Row rows[] = {
            {"uint256", "uint256", "uint256", false, 32, false},
            {"uint alias", "uint", "uint256", false, 32, false},
            {"int alias", "int", "int256", false, 32, false},
            {"uint8", "uint8", "uint8", false, 32, false},
            {"int24", "int24", "int24", false, 32, false},
            {"address", "address", "address", false, 32, false},
            {"bool", "bool", "bool", false, 32, false},
            {"bytes1", "bytes1", "bytes1", false, 32, false},
            {"bytes32", "bytes32", "bytes32", false, 32, false},
            {"bytes", "bytes", "bytes", true, 32, false},
            {"string", "string", "string", true, 32, false},
            {"fixed array", "uint256[3]", "uint256[3]", false, 96, false},
            {"nested fixed", "uint8[2][3]", "uint8[2][3]", false, 192, false},
            {"dyn of fixed", "uint256[2][]", "uint256[2][]", true, 32, false},
            {"fixed of dyn", "string[2]", "string[2]", true, 32, false},
            {"tuple", "(uint256,address)", "(uint256,address)", false, 64, false},
            {"tuple array", "(uint256,address)[]", "(uint256,address)[]", true, 32, false},
            {"tuple keyword", "tuple(bool,bytes)", "(bool,bytes)", true, 32, false},
            {"spaces", "( uint , bool )[2]", "(uint256,bool)[2]", false, 128, false},
            {"named components", "(uint256 a, address b)", "(uint256,address)", false, 64, false},
            {"nested tuple", "((uint256,bool)[2],string)", "((uint256,bool)[2],string)", true, 32,
             false},
            {"suint alias", "suint", "suint256", false, 32, true},
            {"suint256", "suint256", "suint256", false, 32, true},
            {"sint128", "sint128", "sint128", false, 32, true},
            {"saddress", "saddress", "saddress", false, 32, true},
            {"sbool", "sbool", "sbool", false, 32, true},
            {"sbytes32", "sbytes32", "sbytes32", false, 32, true},
            {"sbytes", "sbytes", "sbytes", true, 32, true},
            {"saddress[3]", "saddress[3]", "saddress[3]", false, 96, true},
            {"shielded in tuple", "(uint256,(bool,sbool))[]", "(uint256,(bool,sbool))[]", true, 32,
             true},
        };
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<bool>("dynamic");
        QTest::addColumn<int>("headSize");
        QTest::addColumn<bool>("shielded");
        for (const Row& row : rows)
            QTest::newRow(row.name)
                << row.text << row.canonical << row.dynamic << row.headSize << row.shielded;
    }
    void parsesCanonicalTypes()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(bool, dynamic);
        QFETCH(int, headSize);
        QFETCH(bool, shielded);
        auto parsed = AbiType::parse(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().message.c_str());
        QCOMPARE(QString::fromStdString(parsed->canonicalName()), canonical);
        QCOMPARE(parsed->isDynamic(), dynamic);
        QCOMPARE(parsed->headSize(), std::size_t(headSize));
        QCOMPARE(parsed->isShielded(), shielded);
        // The canonical name parses back to the same type.
        QVERIFY(*AbiType::parse(parsed->canonicalName()) == *parsed);
    }

    void typeStructure()
    {
        const AbiType t = type("(uint64,bytes7,int16[2])[]");
        QCOMPARE(t.kind(), AbiType::Kind::Array);
        const AbiType& tuple = t.element();
        QCOMPARE(tuple.kind(), AbiType::Kind::Tuple);
        QCOMPARE(tuple.components().size(), std::size_t(3));
        QCOMPARE(tuple.components()[0].type.kind(), AbiType::Kind::Uint);
        QCOMPARE(tuple.components()[0].type.size(), std::size_t(64));
        QCOMPARE(tuple.components()[1].type.kind(), AbiType::Kind::FixedBytes);
        QCOMPARE(tuple.components()[1].type.size(), std::size_t(7));
        QCOMPARE(tuple.components()[2].type.kind(), AbiType::Kind::FixedArray);
        QCOMPARE(tuple.components()[2].type.size(), std::size_t(2));
        QCOMPARE(tuple.components()[2].type.element().kind(), AbiType::Kind::Int);
        QVERIFY(tuple.components()[0].type.isWord());
        QVERIFY(!tuple.components()[2].type.isWord());
        QVERIFY(!type("string").isWord());
        QVERIFY(type("sint8").isShieldedName());
        QVERIFY(!type("sint8[]").isShieldedName());
        QVERIFY(type("sint8[]").isShielded());
        QCOMPARE(AbiType().canonicalName(), std::string("uint256"));
    }

    void typeEquality()
    {
        QVERIFY(type("uint") == type("uint256"));
        QVERIFY(type("(uint a,bool b)") == type("(uint256,bool)"));
        QVERIFY(!(type("suint256") == type("uint256")));
        QVERIFY(!(type("uint256[2]") == type("uint256[3]")));
        QVERIFY(!(type("uint256[2]") == type("uint256[]")));
        QVERIFY(!(type("(uint256,bool)") == type("(uint256,bool,bool)")));
    }

    void rejectsInvalidTypes_data()
    {
        struct Row
        {
            const char* name;
            QString text;
            ErrorKind kind;
            QString message;
        };
        const ErrorKind invalid = ErrorKind::InvalidArgument;
        const QString width = "integer width must be a multiple of 8 from 8 to 256";
        const Row rows[] = {
            {"uint7", "uint7", invalid, "invalid ABI type 'uint7': " + width},
            {"uint264", "uint264", invalid, "'uint264': " + width},
            {"uint0", "uint0", invalid, width},
            {"uint08", "uint08", invalid, width},
            {"int9", "int9", invalid, width},
            {"suint7", "suint7", invalid, "'suint7': " + width},
            {"bytes33", "bytes33", invalid, "'bytes33': fixed bytes length must be from 1 to 32"},
            {"bytes0", "bytes0", invalid, "fixed bytes length must be from 1"},
            {"bytes01", "bytes01", invalid, "fixed bytes length"},
            {"foo", "foo", invalid, "invalid ABI type 'foo': unknown type"},
            {"sstring", "sstring", invalid, "'sstring': unknown type"},
            {"uintx", "uintx", invalid, "unknown type"},
            {"Uint256", "Uint256", invalid, "unknown type"},
            {"empty", "", invalid, "empty type"},
            {"open paren", "(uint256", invalid, "unbalanced parentheses"},
            {"close paren", "uint256)", invalid, "unbalanced parentheses"},
            {"extra close", "(uint256))", invalid, "unbalanced parentheses"},
            {"nested unbalanced", "((uint256,bool)", invalid, "unbalanced parentheses"},
            {"open bracket", "uint256[", invalid, "malformed array suffix '['"},
            {"junk suffix", "uint256[2]x", invalid, "malformed array suffix 'x'"},
            {"tuple junk", "(uint256)x", invalid, "malformed array suffix 'x'"},
            {"zero length", "uint256[0]", invalid,
             "'uint256[0]': fixed array length must be at least 1"},
            {"leading zero", "uint256[01]", invalid, "array length '01'"},
            {"letter length", "uint256[x]", invalid, "array length 'x'"},
            {"empty tuple", "()", invalid, "a tuple needs at least one component"},
            {"bare tuple", "tuple", invalid, "a tuple needs its components"},
            {"empty component", "(uint256,,bool)", invalid, "has an empty parameter"},
            {"bad component", "(uint7,bool)", invalid, "'uint7': " + width},
            {"space inside", "uint 256", invalid, "unknown type"},
            {"fixed", "fixed128x18", ErrorKind::Unsupported, "fixed-point types are not supported"},
            {"ufixed", "ufixed", ErrorKind::Unsupported, "fixed-point types are not supported"},
            {"function", "function", ErrorKind::Unsupported, "function types are not supported"},
            {"deep tuple", QString(40, '(') + "bool" + QString(40, ')'), invalid,
             "nested more than 32 levels deep"},
            {"deep array", "bool" + QString("[]").repeated(40), invalid,
             "nested more than 32 levels deep"},
            {"huge static", "uint256[1000000]", invalid,
             "'uint256[1000000]': encoding would exceed 4 MiB"},
            {"huge nested", "uint256[65536][65536]", invalid,
             "'uint256[65536][65536]': encoding would exceed 4 MiB"},
            {"huge dynamic", "string[1000][1000]", invalid,
             "'string[1000][1000]': encoding would exceed 4 MiB"},
            {"huge tuple", "(uint256[100000],uint256[100000])", invalid,
             "encoding would exceed 4 MiB"},
            {"huge length", "uint256[9999999999]", invalid,
             "is not a canonical decimal below 10^9"},
        };
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.text << row.kind << row.message;
    }
    void rejectsInvalidTypes()
    {
        QFETCH(QString, text);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        auto parsed = AbiType::parse(text.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, kind);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    // test_abi.py TestRemapSeismicParam: shielded types encode as their base types.
    void remapsShieldedTypes_data()
    {
        struct Row
        {
            const char* name;
            QString text;
            QString remapped;
            bool shielded;
        };
        const Row rows[] = {
            {"suint256", "suint256", "uint256", true},
            {"sint128", "sint128", "int128", true},
            {"sbool", "sbool", "bool", true},
            {"saddress", "saddress", "address", true},
            {"suint256[5]", "suint256[5]", "uint256[5]", true},
            {"sbool[]", "sbool[]", "bool[]", true},
            {"saddress[]", "saddress[]", "address[]", true},
            {"sint64[]", "sint64[]", "int64[]", true},
            {"sbytes32", "sbytes32", "bytes32", true},
            {"sbytes", "sbytes", "bytes", true},
            {"uint256 passthrough", "uint256", "uint256", false},
            {"address passthrough", "address", "address", false},
            {"string passthrough", "string", "string", false},
            {"nested", "(sbool,(saddress,uint8)[])[2]", "(bool,(address,uint8)[])[2]", true},
        };
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("remapped");
        QTest::addColumn<bool>("shielded");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.text << row.remapped << row.shielded;
    }
    void remapsShieldedTypes()
    {
        QFETCH(QString, text);
        QFETCH(QString, remapped);
        QFETCH(bool, shielded);
        const AbiType original = type(text.toStdString());
        QCOMPARE(original.isShielded(), shielded);
        QCOMPARE(QString::fromStdString(original.remapped().canonicalName()), remapped);
        QVERIFY(!original.remapped().isShielded());
        // Remapping keeps the layout: same head size and dynamism.
        QCOMPARE(original.remapped().headSize(), original.headSize());
        QCOMPARE(original.remapped().isDynamic(), original.isDynamic());
        // The original name is what the selector hashes.
        QCOMPARE(QString::fromStdString(original.canonicalName()), text);
    }

    // test_abi.py test_tuple_recursive.
    void remapsTupleRecursively()
    {
        const AbiParam param = paramFromJson(R"({"name":"p","type":"tuple","components":[
            {"name":"secret","type":"suint256"},{"name":"open","type":"uint256"}]})");
        QVERIFY(param.type.isShielded());
        QVERIFY(param.type.components()[0].type.isShielded());
        QVERIFY(!param.type.components()[1].type.isShielded());
        const AbiType remapped = param.type.remapped();
        QCOMPARE(remapped.canonicalName(), std::string("(uint256,uint256)"));
        QCOMPARE(remapped.components()[0].name, std::string("secret"));
        QCOMPARE(remapped.components()[1].name, std::string("open"));
        QVERIFY(!remapped.isShielded());
    }

    void parsesJsonParams()
    {
        const AbiParam order = paramFromJson(R"({"name":"orders","type":"tuple[2][]",
            "internalType":"struct Market.Order[2][]","components":[
              {"name":"maker","type":"address","internalType":"address"},
              {"name":"legs","type":"tuple[]","components":[
                 {"name":"amount","type":"suint256"},{"name":"memo","type":"string"}]}]})");
        QCOMPARE(order.name, std::string("orders"));
        QCOMPARE(order.internalType, std::string("struct Market.Order[2][]"));
        QCOMPARE(order.type.canonicalName(), std::string("(address,(suint256,string)[])[2][]"));
        QVERIFY(order.type.isShielded());
        const AbiType& tuple = order.type.element().element();
        QCOMPARE(tuple.components()[0].name, std::string("maker"));
        QCOMPARE(tuple.components()[0].internalType, std::string("address"));
        QCOMPARE(tuple.components()[1].type.element().components()[1].name, std::string("memo"));

        const AbiParam indexed =
            paramFromJson(R"({"name":"from","type":"address","indexed":true})");
        QVERIFY(indexed.indexed);
        QCOMPARE(paramFromJson(R"({"type":"uint"})").type.canonicalName(), std::string("uint256"));
    }

    void rejectsBadJsonParams_data()
    {
        struct Row
        {
            const char* name;
            QString json;
            ErrorKind kind;
            QString message;
        };
        const Row rows[] = {
            {"no type", R"({"name":"x"})", ErrorKind::Decode, "parameter has no \"type\" string"},
            {"tuple without components", R"({"name":"x","type":"tuple"})",
             ErrorKind::InvalidArgument, "'tuple': a tuple needs components"},
            {"components on uint", R"({"type":"uint256","components":[{"type":"bool"}]})",
             ErrorKind::InvalidArgument, "only tuple types have components"},
            {"bad component", R"({"type":"tuple","components":[{"name":"c","type":"uint7"}]})",
             ErrorKind::InvalidArgument, "component 'c': invalid ABI type 'uint7'"},
            {"components not array", R"({"type":"tuple","components":5})", ErrorKind::Decode,
             "must be an array"},
            {"bad suffix", R"({"type":"tuple[x]","components":[{"type":"bool"}]})",
             ErrorKind::InvalidArgument, "array length 'x'"},
        };
        QTest::addColumn<QString>("json");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.json << row.kind << row.message;
    }
    void rejectsBadJsonParams()
    {
        QFETCH(QString, json);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        auto param = parseAbiParamJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!param.ok());
        QCOMPARE(param.error().kind, kind);
        QVERIFY2(QString::fromStdString(param.error().message).contains(message),
                 param.error().message.c_str());
    }

    void parsesParameterLists()
    {
        auto params = parseAbiParamList("(address to, suint256 amount)");
        QVERIFY(params.ok());
        QCOMPARE(params->size(), std::size_t(2));
        QCOMPARE((*params)[0].name, std::string("to"));
        QCOMPARE((*params)[1].type.canonicalName(), std::string("suint256"));
        QVERIFY(parseAbiParamList("()")->empty());
        QVERIFY(parseAbiParamList("( )")->empty());

        auto event = parseAbiParamList("(address indexed from, bytes memory data, uint256)", true);
        QVERIFY(event.ok());
        QVERIFY((*event)[0].indexed);
        QCOMPARE((*event)[1].name, std::string("data"));
        QVERIFY(!(*event)[1].indexed);
        QVERIFY((*event)[2].name.empty());

        auto notEvent = parseAbiParamList("(address indexed from)");
        QVERIFY(!notEvent.ok());
        QVERIFY(notEvent.error().message.find("only allowed in event parameters") !=
                std::string::npos);
        auto twoNames = parseAbiParamList("(uint256 a b)");
        QVERIFY(!twoNames.ok());
        QVERIFY(twoNames.error().message.find("unexpected 'b'") != std::string::npos);
        QVERIFY(!parseAbiParamList("uint256").ok());
        QVERIFY(!parseAbiParamList("(uint256)(bool)").ok());
        QVERIFY(!parseAbiParamList("(uint256 1x)").ok());

        auto split = splitAbiSignature(" transfer (address,uint256) view ");
        QVERIFY(split.ok());
        QCOMPARE(split->name, std::string_view("transfer"));
        QCOMPARE(split->params, std::string_view("(address,uint256)"));
        QCOMPARE(split->rest, std::string_view("view"));
        QVERIFY(!splitAbiSignature("transfer").ok());
        QVERIFY(!splitAbiSignature("1transfer()").ok());
        QVERIFY(!splitAbiSignature("transfer(uint256").ok());
        QCOMPARE(abiSignature("setNumber", *parseAbiParamList("(suint256 n)")),
                 std::string("setNumber(suint256)"));
    }

    void checksValues_data()
    {
        // message: the expected error, empty for a valid value.
        struct Row
        {
            const char* name;
            QString typeText;
            AbiValue value;
            QString message;
        };
        const Row rows[] = {
            {"uint8 max", "uint8", u(255), ""},
            {"uint8 256", "uint8", u(256), "amount: 256 is out of range for uint8 (max 255)"},
            {"suint16", "suint16", u(65536),
             "amount: 65536 is out of range for suint16 (max 65535)"},
            {"uint256 max", "uint256", AbiValue::fromUint(std::numeric_limits<Uint256>::max()), ""},
            {"int8 min", "int8", i(-128), ""},
            {"int8 max", "int8", i(127), ""},
            {"int8 -129", "int8", i(-129),
             "amount: -129 is out of range for int8 (min -128, max 127)"},
            {"int8 128", "int8", i(128), "128 is out of range for int8"},
            {"int256 min", "int256", AbiValue::fromInt(-(Int256(1) << 255)), ""},
            {"int256 below min", "int256", AbiValue::fromInt(-(Int256(1) << 255) - 1),
             "out of range for int256"},
            {"int256 above max", "int256", AbiValue::fromInt(Int256(1) << 255),
             "out of range for int256"},
            {"uint for int", "int256", u(1),
             "amount: expected a signed integer for int256, got an unsigned integer"},
            {"string for suint", "suint256", AbiValue::fromString("5"),
             "amount: expected an unsigned integer for suint256, got a string"},
            {"bytes32 short", "bytes32", AbiValue::fromBytes(Bytes(31, 1)),
             "amount: expected 32 bytes for bytes32, got 31"},
            {"bytes any", "bytes", AbiValue::fromBytes(Bytes(33, 1)), ""},
            {"bool", "bool", AbiValue::fromBool(true), ""},
            {"address for bool", "bool", AbiValue::fromAddress(Address()),
             "expected a boolean for bool, got an address"},
            {"array length", "uint256[3]", AbiValue::array({u(1), u(2)}),
             "amount: expected 3 elements for uint256[3], got 2"},
            {"array element", "uint8[]", AbiValue::array({u(1), u(300)}),
             "amount[1]: 300 is out of range for uint8 (max 255)"},
            {"tuple for array", "uint8[]", AbiValue::tuple({u(1)}),
             "expected an array for uint8[], got a tuple"},
            {"tuple arity", "(uint256,bool)", AbiValue::tuple({u(1)}),
             "amount: expected 2 components for (uint256,bool), got 1"},
            {"unnamed component", "(uint256,bool)", AbiValue::tuple({u(1), u(0)}),
             "amount[1]: expected a boolean for bool, got an unsigned integer"},
            {"named nested", "(address maker,(uint64 price,bool)[] legs)",
             AbiValue::tuple(
                 {AbiValue::fromAddress(Address()),
                  AbiValue::array({AbiValue::tuple({u(1), AbiValue::fromBool(true)}),
                                   AbiValue::tuple({i(-1), AbiValue::fromBool(false)})})}),
             "amount.legs[1].price: expected an unsigned integer for uint64, got a signed integer"},
        };
        QTest::addColumn<QString>("typeText");
        QTest::addColumn<AbiValue>("value");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.typeText << row.value << row.message;
    }
    void checksValues()
    {
        QFETCH(QString, typeText);
        QFETCH(AbiValue, value);
        QFETCH(QString, message);
        const Status checked = value.check(type(typeText.toStdString()), "amount");
        if (message.isEmpty()) {
            QVERIFY2(checked.ok(), checked.ok() ? "" : checked.error().message.c_str());
            return;
        }
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(QString::fromStdString(checked.error().message).contains(message),
                 checked.error().message.c_str());
    }

    void zeroValues()
    {
        const AbiType t = type("(uint8,int16,address,bool,bytes3,bytes,string,uint8[2],bool[])");
        const AbiValue zero = AbiValue::zero(t);
        QVERIFY(zero.check(t, "zero").ok());
        const auto& items = zero.items();
        QCOMPARE(items[0], u(0));
        QCOMPARE(items[1], i(0));
        QVERIFY(items[2].asAddress().isZero());
        QCOMPARE(items[3].asBool(), false);
        QCOMPARE(items[4].asBytes(), Bytes(3, 0));
        QVERIFY(items[5].asBytes().empty());
        QVERIFY(items[6].asString().empty());
        QCOMPARE(items[7], AbiValue::array({u(0), u(0)}));
        QVERIFY(items[8].items().empty());
    }

    void formatsValues()
    {
        const Address dead = *Address::parse("0x000000000000000000000000000000000000dead");
        QCOMPARE(u(42).toString(), std::string("42"));
        QCOMPARE(i(-7).toString(), std::string("-7"));
        QCOMPARE(AbiValue::fromAddress(dead).toString(),
                 std::string("0x000000000000000000000000000000000000dEaD"));
        QCOMPARE(AbiValue::fromBool(true).toString(), std::string("true"));
        QCOMPARE(AbiValue::fromBytes(Bytes{0xab, 0x01}).toString(), std::string("0xab01"));
        QCOMPARE(AbiValue::fromString("a \"b\"").toString(), std::string("a \"b\""));
        const AbiValue nested = AbiValue::tuple(
            {u(1),
             AbiValue::array({AbiValue::fromString("x\"\\\n\x01"), AbiValue::fromString("é")}),
             AbiValue::fromAddress(dead), AbiValue::fromBytes(Bytes{}), AbiValue::fromBool(false),
             i(-5)});
        QCOMPARE(nested.toString(),
                 std::string("[1,[\"x\\\"\\\\\\n\\u0001\",\"é\"],"
                             "\"0x000000000000000000000000000000000000dEaD\",\"0x\",false,-5]"));
        QCOMPARE(nested.toJson(), nested.toString());
        QCOMPARE(AbiValue::fromString("hi").toJson(), std::string("\"hi\""));
        QCOMPARE(AbiValue().toString(), std::string("false"));
    }

    void valueEquality()
    {
        QVERIFY(u(1) == u(1));
        QVERIFY(!(u(1) == i(1)));
        QVERIFY(!(AbiValue::array({u(1)}) == AbiValue::tuple({u(1)})));
        QVERIFY(AbiValue::array({u(1), AbiValue::fromString("a")}) ==
                AbiValue::array({u(1), AbiValue::fromString("a")}));
        QCOMPARE(AbiValue::fromBytes(ByteView(Bytes{1, 2})).asBytes(), (Bytes{1, 2}));
    }
};

QTEST_APPLESS_MAIN(TestAbiType)
#include "tst_abitype.moc"
