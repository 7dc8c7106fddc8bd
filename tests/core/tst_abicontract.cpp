// SPDX-License-Identifier: MIT
// Contract-level ABI: JSON ABI parsing and lookup, selectors and topics (spec 8.1, 8.2, 11.10),
// the Python SDK's test_abi.py behaviour (spec 11.11), event logs and revert decoding.
#include "TestSupport.h"
#include "core/Keccak.h"
#include "core/abi/AbiJson.h"
#include "core/abi/LogDecoder.h"
#include "core/abi/RevertDecoder.h"

#include <QTest>

using namespace seismic;
using testing::hex;

Q_DECLARE_METATYPE(seismic::ErrorKind)

namespace {

// The PY unit tests' counter contract, plus outputs of several shapes.
constexpr const char* kCounterAbi = R"([
  {"type":"function","name":"setNumber","stateMutability":"nonpayable","outputs":[],
   "inputs":[{"name":"newNumber","type":"suint256","internalType":"suint256"}]},
  {"type":"function","name":"increment","inputs":[],"outputs":[],"stateMutability":"nonpayable"},
  {"type":"function","name":"isOdd","inputs":[],"stateMutability":"view",
   "outputs":[{"name":"","type":"bool","internalType":"bool"}]},
  {"type":"function","name":"getNumber","inputs":[],"stateMutability":"view",
   "outputs":[{"name":"","type":"uint256","internalType":"uint256"}]},
  {"type":"function","name":"getInfo","inputs":[],"stateMutability":"view",
   "outputs":[{"name":"n","type":"uint256"},{"name":"odd","type":"bool"},
              {"name":"owner","type":"address"}]},
  {"type":"function","name":"getName","inputs":[],"stateMutability":"view",
   "outputs":[{"name":"","type":"string"}]},
  {"type":"function","name":"getSecret","inputs":[],"stateMutability":"view",
   "outputs":[{"name":"","type":"suint256"}]}
])";

// SRC20 as ISRC20 declares it (spec 8.1, 8.2), with a transparent transfer overload and
// custom errors (the second error entry repeats the first, as multi-contract ABIs do).
constexpr const char* kTokenAbi = R"({"abi":[
  {"type":"constructor","inputs":[{"name":"name_","type":"string"}],"stateMutability":"nonpayable"},
  {"type":"receive","stateMutability":"payable"},
  {"type":"function","name":"name","inputs":[],"outputs":[{"name":"","type":"string"}],"stateMutability":"view"},
  {"type":"function","name":"decimals","inputs":[],"outputs":[{"name":"","type":"uint8"}],"stateMutability":"view"},
  {"type":"function","name":"transfer","stateMutability":"nonpayable",
   "inputs":[{"name":"to","type":"address"},{"name":"amount","type":"suint256"}],
   "outputs":[{"name":"","type":"bool"}]},
  {"type":"function","name":"transfer","stateMutability":"nonpayable",
   "inputs":[{"name":"to","type":"address"},{"name":"amount","type":"uint256"}],
   "outputs":[{"name":"","type":"bool"}]},
  {"type":"function","name":"approve","stateMutability":"nonpayable",
   "inputs":[{"name":"spender","type":"address"},{"name":"amount","type":"suint256"}],
   "outputs":[{"name":"","type":"bool"}]},
  {"type":"event","name":"Transfer","anonymous":false,"inputs":[
   {"name":"from","type":"address","indexed":true},{"name":"to","type":"address","indexed":true},
   {"name":"encryptKeyHash","type":"bytes32","indexed":true},
   {"name":"encryptedAmount","type":"bytes","indexed":false}]},
  {"type":"event","name":"Approval","anonymous":false,"inputs":[
   {"name":"owner","type":"address","indexed":true},{"name":"spender","type":"address","indexed":true},
   {"name":"encryptKeyHash","type":"bytes32","indexed":true},
   {"name":"encryptedAmount","type":"bytes","indexed":false}]},
  {"type":"error","name":"InsufficientBalance","inputs":[
   {"name":"available","type":"uint256"},{"name":"required","type":"uint256"}]},
  {"type":"error","name":"InsufficientBalance","inputs":[
   {"name":"available","type":"uint256"},{"name":"required","type":"uint256"}]},
  {"type":"error","name":"Unauthorized","inputs":[{"name":"who","type":"address"}]},
  {"type":"error","name":"Oops","inputs":[{"name":"","type":"uint8"},{"name":"","type":"uint16[]"}]}
]})";

ContractAbi abi(const char* json)
{
    auto parsed = parseAbiJson(json);
    if (!parsed)
        qFatal("bad ABI in test: %s", parsed.error().message.c_str());
    return std::move(*parsed);
}

const AbiFunction& fn(const ContractAbi& contract, std::string_view name)
{
    auto found = contract.function(name);
    if (!found)
        qFatal("function missing in test: %s", found.error().message.c_str());
    return **found;
}

AbiValue u(unsigned long long v)
{
    return AbiValue::fromUint(Uint256(v));
}

std::string word(unsigned long long value)
{
    return toWord(Uint256(value)).hex(false);
}

Hash paddedAddress(const Address& address)
{
    Hash out;
    std::copy(address.view().begin(), address.view().end(), out.bytes.begin() + 12);
    return out;
}

const Address kAlice = *Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
const Address kBob = *Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const Address kDead = *Address::parse("0x000000000000000000000000000000000000dEaD");

} // namespace

class TestAbiContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Spec 11.10 and 8.1, computed from the signatures (shielded names kept).
    void selectors_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("selector");
        const std::pair<const char*, const char*> rows[] = {
            {"setNumber(suint256)", "24a7f0b7"},
            {"setNumber(uint256)", "3fb5c1cb"},
            {"increment()", "d09de08a"},
            {"isOdd()", "43bd0d70"},
            {"getNumber()", "f2c9ecd8"},
            {"number()", "8381f58a"},
            {"setSecret(suint256)", "8987b128"},
            {"revertWithSecret()", "e0f7bec4"},
            {"setKey(suint256 _key)", "70df0933"},
            {"getKey()", "82678dd6"},
            {"checkHasKey(address)", "8b2f9fd1"},
            {"keyHash(address to)", "eefbaf18"},
            {"encrypt(address to, bytes)", "b7f5f9b7"},
            {"decrypt(bytes)", "210ca7be"},
            {"packEncryptedData(bytes,uint96)", "415028a9"},
            {"parseEncryptedData(bytes)", "e8d6c79a"},
            {"encryptToProviders(bytes)", "4a8fcf9a"},
            {"numProviders()", "ed03b300"},
            {"providers(uint256)", "50f3fc81"},
            {"addProvider(address)", "46e2577a"},
            {"removeProvider(address)", "8a355a57"},
            {"emitTransfer(address,address,bytes32,bytes)", "5ccf664e"},
            {"emitApproval(address,address,bytes32,bytes)", "fd8bc5eb"},
            {"Error(string)", "08c379a0"},
            {"Panic(uint256)", "4e487b71"},
            {"deposit(bytes node_pubkey, bytes consensus_pubkey, bytes withdrawal_credentials, "
             "bytes node_signature, bytes consensus_signature, bytes32 deposit_data_root)",
             "79f6caf5"},
            {"get_deposit_count()", "621fd130"},
            {"get_deposit_root()", "c5f2892f"},
            {"supportsInterface(bytes4)", "01ffc9a7"},
            {"name()", "06fdde03"},
            {"symbol()", "95d89b41"},
            {"decimals()", "313ce567"},
            {"balance()", "b69ef8a8"},
            {"balanceOf()", "722713f7"},
            {"allowance(address spender)", "3e5beab9"},
            {"approve(address spender, suint256 amount)", "2e62b8c8"},
            {"transfer(address to, suint256 amount)", "b10c99b5"},
            {"transferFrom(address from, address to, suint256 amount)", "9552331e"},
            {"permit(address,address,suint256,uint256,uint8,bytes32,bytes32)", "bdda9413"},
            {"DOMAIN_SEPARATOR()", "3644e515"},
            {"nonces(address)", "7ecebe00"},
            {"balanceOfSigned(address owner, uint256 expiry, bytes signature)", "5253f919"},
            {"mint(address,suint256)", "d590f35f"},
            {"burn(address,suint256)", "68787310"},
            {"baz(uint32,bool)", "cdcd77c0"},
        };
        for (const auto& [signature, selector] : rows)
            QTest::newRow(signature) << signature << selector;
    }
    void selectors()
    {
        QFETCH(QString, signature);
        QFETCH(QString, selector);
        auto function = AbiFunction::parse(signature.toStdString());
        QVERIFY2(function.ok(), function.ok() ? "" : function.error().message.c_str());
        QCOMPARE(QString::fromStdString(toHex(function->selector(), false)), selector);
        auto error = AbiError::parse(signature.toStdString());
        QCOMPARE(QString::fromStdString(toHex(error->selector(), false)), selector);
    }

    // Spec 8.2, 8.6, 9.2, 11.10 and the ERC-20 events.
    void topics_data()
    {
        struct Row
        {
            const char* name;
            QString signature;
            QString topic;
        };
        const Row rows[] = {
            {"SRC20 Transfer",
             "Transfer(address indexed from, address indexed to, bytes32 indexed encryptKeyHash, "
             "bytes encryptedAmount)",
             "80ffa007a69623ef13594f5e8178eee6c4ef2d0cba74c08329e879f695b7d3f6"},
            {"SRC20 Approval",
             "Approval(address indexed owner, address indexed spender, bytes32 indexed "
             "encryptKeyHash, bytes encryptedAmount)",
             "8ef65e17890b61a4796f8848475471f8895cd361b1de7e7260a6800ba0623f40"},
            {"KeySet", "KeySet(address indexed addr)",
             "e09b54ab39b458cc6e350a9444815a294301d94eaa79ba68d8a2f9f9c7c0b4cc"},
            {"DepositEvent",
             "DepositEvent(bytes node_pubkey, bytes consensus_pubkey, bytes "
             "withdrawal_credentials, bytes amount, bytes node_signature, bytes "
             "consensus_signature, bytes index)",
             "0cff1634a9a72df9d813ea7e3a3874a76086e081904ad3cf81e12e43f4d4c87a"},
            {"ERC20 Transfer", "Transfer(address indexed from, address indexed to, uint256 value)",
             "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"},
            {"ERC20 Approval",
             "Approval(address indexed owner, address indexed spender, uint256 value)",
             "8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925"},
        };
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("topic");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.signature << row.topic;
    }
    void topics()
    {
        QFETCH(QString, signature);
        QFETCH(QString, topic);
        auto event = AbiEvent::parse(signature.toStdString());
        QVERIFY2(event.ok(), event.ok() ? "" : event.error().message.c_str());
        QCOMPARE(QString::fromStdString(event->topic0().hex(false)), topic);
        QCOMPARE(event->topic0(), keccak256(asBytes(event->signature())));
    }

    // test_abi.py TestHasShieldedParams and TestRemapAbiInputs.
    void shieldedInputs()
    {
        const ContractAbi counter = abi(kCounterAbi);
        QVERIFY(fn(counter, "setNumber").hasShieldedInputs());
        QVERIFY(!fn(counter, "increment").hasShieldedInputs());
        QVERIFY(!fn(counter, "isOdd").hasShieldedInputs());
        QVERIFY(!fn(counter, "getNumber").hasShieldedInputs());
        // Only inputs count, and outputs keep their shielded names.
        const AbiFunction& getSecret = fn(counter, "getSecret");
        QVERIFY(!getSecret.hasShieldedInputs());
        QCOMPARE(getSecret.outputs()[0].type.canonicalName(), std::string("suint256"));
        QVERIFY(getSecret.outputs()[0].type.isShielded());
        QCOMPARE(fn(counter, "setNumber").inputs()[0].type.canonicalName(),
                 std::string("suint256"));

        auto missing = counter.function("nonexistent");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
        QCOMPARE(missing.error().message, std::string("function 'nonexistent' not found in ABI"));
    }

    // test_abi.py TestEncodeShieldedCalldata; spec 7.1 and 11.10.
    void shieldedCalldata()
    {
        const ContractAbi counter = abi(kCounterAbi);
        const AbiFunction& setNumber = fn(counter, "setNumber");
        QCOMPARE(setNumber.signature(), std::string("setNumber(suint256)"));
        auto calldata = setNumber.encodeCall({u(42)});
        QVERIFY(calldata.ok());
        QCOMPARE(toHex(*calldata, false),
                 std::string(
                     "24a7f0b7000000000000000000000000000000000000000000000000000000000000002a"));
        // Selector of the original types, not of uint256 (3fb5c1cb); parameters as uint256.
        QCOMPARE(toHex(ByteView(*calldata).first(4), false),
                 toHex(selectorOf("setNumber(suint256)"), false));
        QCOMPARE(calldata->size(), std::size_t(36));
        QCOMPARE(toHex(ByteView(*calldata).subspan(4), false), word(42));
        QCOMPARE(*setNumber.decodeCall(*calldata), std::vector<AbiValue>{u(42)});

        const auto increment = fn(counter, "increment").encodeCall({});
        QCOMPARE(toHex(*increment, false), std::string("d09de08a"));

        const auto setKey =
            AbiFunction::parse("setKey(suint256)")
                ->encodeCall({AbiValue::fromUint(uint256FromBytes(Bytes(32, 0xab)).value())});
        std::string key;
        for (int k = 0; k < 32; ++k)
            key += "ab";
        QCOMPARE(toHex(*setKey, false), "70df0933" + key);

        auto wrongCount = setNumber.encodeCall({});
        QCOMPARE(wrongCount.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(wrongCount.error().message,
                 std::string("setNumber(suint256): expected 1 value, got 0"));
        QCOMPARE(setNumber.decodeCall(hex("0x3fb5c1cb" + word(42))).error().kind,
                 ErrorKind::Decode);
        QCOMPARE(counter.function("missing").error().message,
                 std::string("function 'missing' not found in ABI"));
    }

    // test_abi.py TestDecodeAbiOutput.
    void decodesOutputs()
    {
        const ContractAbi counter = abi(kCounterAbi);
        QCOMPARE(*fn(counter, "getNumber").decodeOutputs(hex(word(42))),
                 std::vector<AbiValue>{u(42)});
        QCOMPARE(*fn(counter, "isOdd").decodeOutputs(hex(word(1))),
                 std::vector<AbiValue>{AbiValue::fromBool(true)});
        QCOMPARE(*fn(counter, "isOdd").decodeOutputs(hex(word(0))),
                 std::vector<AbiValue>{AbiValue::fromBool(false)});
        const auto info =
            fn(counter, "getInfo").decodeOutputs(hex(word(100) + word(1) + word(0xdead)));
        QVERIFY(info.ok());
        QCOMPARE(*info, (std::vector<AbiValue>{u(100), AbiValue::fromBool(true),
                                               AbiValue::fromAddress(kDead)}));
        QCOMPARE(info->at(2).toString(), std::string("0x000000000000000000000000000000000000dEaD"));
        // No outputs: nothing, with or without data.
        QVERIFY(fn(counter, "increment").decodeOutputs(hex(word(42)))->empty());
        QVERIFY(fn(counter, "increment").decodeOutputs({})->empty());
        // Empty data: zero values.
        QCOMPARE(*fn(counter, "getNumber").decodeOutputs({}), std::vector<AbiValue>{u(0)});
        QCOMPARE(*fn(counter, "isOdd").decodeOutputs({}),
                 std::vector<AbiValue>{AbiValue::fromBool(false)});
        QCOMPARE(*fn(counter, "getInfo").decodeOutputs({}),
                 (std::vector<AbiValue>{u(0), AbiValue::fromBool(false),
                                        AbiValue::fromAddress(Address())}));
        QCOMPARE(AbiValue::fromAddress(Address()).toString(),
                 std::string("0x0000000000000000000000000000000000000000"));
        // string "hello world".
        const Bytes hello =
            hex(word(0x20) + word(11) + "68656c6c6f20776f726c64" + std::string(42, '0'));
        QCOMPARE(fn(counter, "getName").decodeOutputs(hello)->at(0).asString(),
                 std::string("hello world"));
        // The spec 11.7 node return data abi.encode(true).
        QCOMPARE(fn(counter, "isOdd")
                     .decodeOutputs(
                         hex("0000000000000000000000000000000000000000000000000000000000000001"))
                     ->at(0),
                 AbiValue::fromBool(true));
        QCOMPARE(fn(counter, "isOdd").decodeOutputs(hex(word(2))).error().kind, ErrorKind::Decode);
    }

    void parsesJsonAbi()
    {
        const ContractAbi token = abi(kTokenAbi);
        QCOMPARE(token.functions().size(), std::size_t(5));
        QCOMPARE(token.events().size(), std::size_t(2));
        QCOMPARE(token.errors().size(), std::size_t(3)); // the repeated error is kept once
        QVERIFY(token.constructor().has_value());
        QCOMPARE(token.constructor()->inputs()[0].type.canonicalName(), std::string("string"));
        QVERIFY(token.hasReceive());
        QVERIFY(!token.hasFallback());
        const AbiFunction& name = fn(token, "name");
        QCOMPARE(name.stateMutability(), StateMutability::View);
        QVERIFY(name.isReadOnly());
        QVERIFY(!fn(token, "approve").isReadOnly());
        QCOMPARE(fn(token, "approve").inputs()[1].name, std::string("amount"));

        // Legacy flags and entries without "type".
        const ContractAbi legacy = abi(R"([
            {"constant":true,"name":"get","inputs":[],"outputs":[{"type":"uint"}]},
            {"payable":true,"name":"pay","inputs":[]},
            {"type":"fallback"}])");
        QCOMPARE(fn(legacy, "get").stateMutability(), StateMutability::View);
        QCOMPARE(fn(legacy, "get").outputs()[0].type.canonicalName(), std::string("uint256"));
        QCOMPARE(fn(legacy, "pay").stateMutability(), StateMutability::Payable);
        QVERIFY(legacy.hasFallback());
        QVERIFY(!legacy.constructor().has_value());
        QCOMPARE(stateMutabilityName(StateMutability::NonPayable), std::string_view("nonpayable"));
        QVERIFY(abi("[]").functions().empty());
    }

    void rejectsBadJsonAbi_data()
    {
        struct Row
        {
            const char* name;
            QString json;
            ErrorKind kind;
            QString message;
        };
        const ErrorKind decode = ErrorKind::Decode;
        const Row rows[] = {
            {"not json", "[{", decode, "invalid ABI JSON"},
            {"object", R"({"functions":[]})", decode,
             "must be an array of entries or an artifact object"},
            {"scalar entry", "[5]", decode, "ABI entry 0: must be an object"},
            {"no name", R"([{"type":"function"}])", decode, "ABI entry 0: function has no name"},
            // Found by fuzz_abi_json: a name that no signature can spell (selector mismatch), and
            // untrusted text quoted in the message.
            {"name with a space", R"([{"name":"getc ","inputs":[]}])", decode,
             "ABI entry 0: function name is not a Solidity identifier"},
            {"name with escapes", "[{\"type\":\"event\",\"name\":\"E\\u001b[32mOK\"}]", decode,
             "ABI entry 0: event name is not a Solidity identifier"},
            {"unknown type", R"([{"type":"weird","name":"x"}])", decode,
             "ABI entry 0 'x': unknown entry type 'weird'"},
            {"inputs not array", R"([{"name":"f","inputs":{}}])", decode,
             "ABI entry 0 'f': 'inputs' must be an array"},
            {"param not object", R"([{"name":"f","inputs":[1]}])", decode,
             "entry 0 'f', inputs[0]: parameter must be an object"},
            {"bad type",
             R"([{"name":"ok","inputs":[]},{"name":"f","inputs":[{"name":"a","type":"uint7"}]}])",
             ErrorKind::InvalidArgument,
             "ABI entry 1 'f', inputs[0]: invalid ABI type 'uint7': integer width"},
            {"bad output", R"([{"name":"f","inputs":[],"outputs":[{"type":"bytes33"}]}])",
             ErrorKind::InvalidArgument, "entry 0 'f', outputs[0]: invalid ABI type 'bytes33'"},
            {"fixed point", R"([{"name":"f","inputs":[{"name":"x","type":"fixed128x18"}]}])",
             ErrorKind::Unsupported, "fixed-point types are not supported"},
            {"mutability", R"([{"name":"f","stateMutability":"weird"}])", decode,
             "unknown stateMutability 'weird'"},
            {"too many indexed", R"([{"type":"event","name":"E","inputs":[
                 {"type":"uint8","indexed":true},{"type":"uint8","indexed":true},
                 {"type":"uint8","indexed":true},{"type":"uint8","indexed":true}]}])",
             decode, "ABI entry 0 'E': event has 4 indexed parameters, at most 3"},
        };
        QTest::addColumn<QString>("json");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<QString>("message");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.json << row.kind << row.message;
    }
    void rejectsBadJsonAbi()
    {
        QFETCH(QString, json);
        QFETCH(ErrorKind, kind);
        QFETCH(QString, message);
        auto parsed = parseAbiJson(json.toStdString());
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, kind);
        QVERIFY2(QString::fromStdString(parsed.error().message).contains(message),
                 parsed.error().message.c_str());
    }

    void looksUpEntries()
    {
        const ContractAbi token = abi(kTokenAbi);
        auto ambiguous = token.function("transfer");
        QVERIFY(!ambiguous.ok());
        QCOMPARE(ambiguous.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(ambiguous.error().message,
                 std::string("function 'transfer' is ambiguous, use the full signature: "
                             "transfer(address,suint256), transfer(address,uint256)"));
        auto shielded = token.function("transfer(address,suint256)");
        QVERIFY(shielded.ok());
        QCOMPARE(toHex((*shielded)->selector(), false), std::string("b10c99b5"));
        // Spacing, names and aliases are normalised.
        QCOMPARE(*token.function(" transfer( address to , uint amount ) "),
                 *token.function("transfer(address,uint256)"));
        QCOMPARE(token.function("transfer(address)").error().kind, ErrorKind::NotFound);
        QCOMPARE(token.function("transfer(address)").error().message,
                 std::string("function 'transfer(address)' not found in ABI"));
        QCOMPARE(token.function("transfer(address,uint7)").error().kind,
                 ErrorKind::InvalidArgument);

        QVERIFY(token.event("Transfer").ok());
        QCOMPARE((*token.event("Approval(address indexed,address indexed,bytes32 indexed,bytes)"))
                     ->topic0()
                     .hex(false),
                 std::string("8ef65e17890b61a4796f8848475471f8895cd361b1de7e7260a6800ba0623f40"));
        QCOMPARE(token.event("Minted").error().message,
                 std::string("event 'Minted' not found in ABI"));
        QVERIFY(token.error("InsufficientBalance").ok());
        QCOMPARE(token.error("Nope").error().message, std::string("error 'Nope' not found in ABI"));

        QCOMPARE(token.functionBySelector(Selector{0xb1, 0x0c, 0x99, 0xb5}),
                 *token.function("transfer(address,suint256)"));
        QVERIFY(token.functionBySelector(Selector{0, 0, 0, 0}) == nullptr);
    }

    void parsesHumanReadableSignatures()
    {
        auto balanceOf =
            AbiFunction::parse("balanceOf(address owner) external view returns (uint256 balance)");
        QVERIFY(balanceOf.ok());
        QCOMPARE(balanceOf->name(), std::string("balanceOf"));
        QCOMPARE(balanceOf->signature(), std::string("balanceOf(address)"));
        QCOMPARE(balanceOf->stateMutability(), StateMutability::View);
        QCOMPARE(balanceOf->outputs()[0].name, std::string("balance"));
        QCOMPARE(AbiFunction::parse("f() pure")->stateMutability(), StateMutability::Pure);
        QCOMPARE(AbiFunction::parse("f() payable")->stateMutability(), StateMutability::Payable);
        QCOMPARE(AbiFunction::parse("f(uint256) foo").error().message,
                 std::string("function signature 'f(uint256) foo': unexpected 'foo'"));
        QVERIFY(!AbiFunction::parse("f(uint256) returns uint256").ok());
        QVERIFY(!AbiFunction::parse("f(uint256 indexed a)").ok());
        QVERIFY(!AbiFunction::parse("(uint256)").ok());

        auto anonymous = AbiEvent::parse("Anon(uint256 indexed a, uint256 indexed b, uint256 "
                                         "indexed c, uint256 indexed d) anonymous");
        QVERIFY(anonymous.ok());
        QVERIFY(anonymous->isAnonymous());
        QCOMPARE(anonymous->indexedCount(), std::size_t(4));
        auto tooMany = AbiEvent::parse(
            "E(uint8 indexed a, uint8 indexed b, uint8 indexed c, uint8 indexed d)");
        QCOMPARE(
            tooMany.error().message,
            std::string("event E(uint8,uint8,uint8,uint8) has 4 indexed parameters, at most 3"));
        QVERIFY(!AbiEvent::parse("E() foo").ok());
        QVERIFY(!AbiError::parse("E() foo").ok());
        QVERIFY(!AbiError::parse("E(uint7)").ok());
    }

    // Spec 8.2: topics = [topic0, pad32(from), pad32(to), encryptKeyHash], data = abi(bytes).
    void decodesSrc20TransferLog()
    {
        const ContractAbi token = abi(kTokenAbi);
        const LogDecoder decoder(token.events());
        const Hash keyHash = keccak256(asBytes("viewing key"));
        const Bytes ciphertext = hex("0x" + std::string(96, 'c'));
        const std::vector<Hash> topics{
            *Hash::fromHex("0x80ffa007a69623ef13594f5e8178eee6c4ef2d0cba74c08329e879f695b7d3f6"),
            paddedAddress(kAlice), paddedAddress(kBob), keyHash};
        const Bytes data = hex(word(0x20) + word(48) + std::string(96, 'c') + std::string(32, '0'));

        auto log = decoder.decode(topics, data);
        QVERIFY2(log.ok(), log.ok() ? "" : log.error().message.c_str());
        QCOMPARE(log->event, std::string("Transfer"));
        QCOMPARE(log->args.size(), std::size_t(4));
        QCOMPARE(log->find("from")->value.asAddress(), kAlice);
        QVERIFY(log->find("from")->indexed);
        QVERIFY(!log->find("from")->hashed);
        QCOMPARE(log->find("to")->value.asAddress(), kBob);
        QCOMPARE(log->find("encryptKeyHash")->value.asBytes(), keyHash.toBytes());
        QCOMPARE(log->find("encryptedAmount")->value.asBytes(), ciphertext);
        QVERIFY(!log->find("encryptedAmount")->indexed);
        QVERIFY(log->find("nothing") == nullptr);

        // encodeLog produces exactly that log.
        const AbiEvent& transfer = **token.event("Transfer");
        auto encoded = transfer.encodeLog(
            {AbiValue::fromAddress(kAlice), AbiValue::fromAddress(kBob),
             AbiValue::fromBytes(keyHash.view()), AbiValue::fromBytes(ciphertext)});
        QVERIFY(encoded.ok());
        QCOMPARE(encoded->topics, topics);
        QCOMPARE(encoded->data, data);

        // Approval goes to its own event.
        std::vector<Hash> approval = topics;
        approval[0] = (*token.event("Approval"))->topic0();
        QCOMPARE(decoder.decode(approval, data)->event, std::string("Approval"));
        QCOMPARE(decoder.decode(approval, data)->find("spender")->value.asAddress(), kBob);
    }

    void decodesErc20Log()
    {
        const auto event =
            AbiEvent::parse("Transfer(address indexed from, address indexed to, uint256 value)");
        const LogDecoder decoder({*event});
        const std::vector<Hash> topics{event->topic0(), paddedAddress(kAlice),
                                       paddedAddress(kDead)};
        auto log = decoder.decode(topics, hex(word(1000)));
        QVERIFY(log.ok());
        QCOMPARE(log->find("value")->value, u(1000));
        QCOMPARE(log->find("to")->value.asAddress(), kDead);
        QVERIFY(decoder.find(event->topic0()) != nullptr);
    }

    void rejectsMalformedLogs()
    {
        const ContractAbi token = abi(kTokenAbi);
        const LogDecoder decoder(token.events());
        const Hash topic0 = (*token.event("Transfer"))->topic0();
        const Bytes data = hex(word(0x20) + word(1) + "ab" + std::string(62, '0'));
        const std::vector<Hash> good{topic0, paddedAddress(kAlice), paddedAddress(kBob), Hash()};
        QVERIFY(decoder.decode(good, data).ok());

        auto noTopics = decoder.decode({}, data);
        QCOMPARE(noTopics.error().kind, ErrorKind::NotFound);
        auto unknown = decoder.decode(std::vector<Hash>{Hash()}, data);
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QVERIFY(unknown.error().message.find("no event with topic0 0x0000") != std::string::npos);

        auto fewer = decoder.decode(std::vector<Hash>(good.begin(), good.end() - 1), data);
        QCOMPARE(fewer.error().kind, ErrorKind::Decode);
        QCOMPARE(
            fewer.error().message,
            std::string(
                "event Transfer(address,address,bytes32,bytes) expects 4 topics, the log has 3"));

        std::vector<Hash> dirty = good;
        dirty[1].bytes[0] = 1;
        auto dirtyLog = decoder.decode(dirty, data);
        QCOMPARE(dirtyLog.error().kind, ErrorKind::Decode);
        QVERIFY2(dirtyLog.error().message.find("topic for 'from'") != std::string::npos,
                 dirtyLog.error().message.c_str());

        auto badData = decoder.decode(good, hex(word(0x20) + word(100)));
        QCOMPARE(badData.error().kind, ErrorKind::Decode);
        QVERIFY2(badData.error().message.find("at 'encryptedAmount'") != std::string::npos,
                 badData.error().message.c_str());

        const AbiEvent& transfer = **token.event("Transfer");
        std::vector<Hash> wrongTopic0 = good;
        wrongTopic0[0] = Hash();
        QVERIFY(transfer.decodeLog(wrongTopic0, data)
                    .error()
                    .message.find("is not the topic of event Transfer") != std::string::npos);
        QCOMPARE(transfer.encodeLog({u(1)}).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(transfer.encodeLog({u(1), u(2), u(3), u(4)}).error().kind,
                 ErrorKind::InvalidArgument);
    }

    // Indexed values that are not one word are hashed (Solidity's indexed-parameter encoding).
    void hashedIndexedTopics()
    {
        const auto event =
            AbiEvent::parse("Named(string indexed label, uint256[] indexed ids, (uint256,bool) "
                            "indexed pair, string[] names, uint8 small)");
        QVERIFY(event.ok());
        const std::vector<AbiValue> values{
            AbiValue::fromString("hello"), AbiValue::array({u(1), u(2)}),
            AbiValue::tuple({u(5), AbiValue::fromBool(true)}),
            AbiValue::array({AbiValue::fromString("a"), AbiValue::fromString("bc")}), u(7)};
        auto log = event->encodeLog(values);
        QVERIFY(log.ok());
        QCOMPARE(log->topics.size(), std::size_t(4));
        QCOMPARE(log->topics[1], keccak256(asBytes("hello")));
        QCOMPARE(log->topics[2], keccak256(hex(word(1) + word(2))));
        QCOMPARE(log->topics[3], keccak256(hex(word(5) + word(1))));

        auto decoded = event->decodeLog(log->topics, log->data);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->find("label")->hashed);
        QCOMPARE(decoded->find("label")->value.asBytes(), keccak256(asBytes("hello")).toBytes());
        QVERIFY(decoded->find("pair")->hashed);
        QCOMPARE(decoded->find("names")->value, values[3]);
        QCOMPARE(decoded->find("small")->value, u(7));

        // Nested strings are padded to whole words; a top-level one is not.
        const AbiType strings = *AbiType::parse("string[]");
        QCOMPARE(*AbiEvent::indexedTopic(strings, values[3]),
                 keccak256(hex("61" + std::string(62, '0') + "6263" + std::string(60, '0'))));
        const AbiType bytes = *AbiType::parse("bytes");
        QCOMPARE(*AbiEvent::indexedTopic(bytes, AbiValue::fromBytes(Bytes(33, 7))),
                 keccak256(Bytes(33, 7)));
        QCOMPARE(*AbiEvent::indexedTopic(*AbiType::parse("address"), AbiValue::fromAddress(kBob)),
                 paddedAddress(kBob));
        QCOMPARE(AbiEvent::indexedTopic(*AbiType::parse("uint8"), u(256)).error().kind,
                 ErrorKind::InvalidArgument);
    }

    void decodesAnonymousEvents()
    {
        const auto event = AbiEvent::parse("Anon(address indexed who, uint256 amount) anonymous");
        const std::vector<Hash> topics{paddedAddress(kAlice)};
        auto log = event->decodeLog(topics, hex(word(5)));
        QVERIFY(log.ok());
        QCOMPARE(log->find("who")->value.asAddress(), kAlice);
        QCOMPARE(log->find("amount")->value, u(5));
        // An anonymous event has no topic0, so a LogDecoder never picks it.
        const LogDecoder decoder({*event});
        QVERIFY(decoder.find(event->topic0()) == nullptr);
        QCOMPARE(decoder.decode(topics, hex(word(5))).error().kind, ErrorKind::NotFound);
    }

    // Spec 11.7: the revert data of Error("secret=987654321"), and 6.3's reason format.
    void decodesErrorString()
    {
        const Bytes data =
            hex("08c379a000000000000000000000000000000000000000000000000000000000000000200000000000"
                "0000000000000000000000000000000000000000000000000000107365637265743d39383736353433"
                "323100000000000000000000000000000000");
        const RevertReason reason = RevertDecoder::decode(data);
        QCOMPARE(reason.kind, RevertReason::Kind::ErrorString);
        QCOMPARE(reason.reason, std::string("secret=987654321"));
        QCOMPARE(reason.message(), std::string("execution reverted: secret=987654321"));
        QCOMPARE(reason.data, data);

        const RevertReason empty = RevertDecoder::decode({});
        QCOMPARE(empty.kind, RevertReason::Kind::Empty);
        QCOMPARE(empty.message(), std::string("execution reverted"));

        // A truncated Error(string) is kept raw.
        const RevertReason truncated = RevertDecoder::decode(ByteView(data).first(70));
        QCOMPARE(truncated.kind, RevertReason::Kind::Unknown);
        QCOMPARE(truncated.message(),
                 std::string("execution reverted (unrecognised revert data, selector 0x08c379a0)"));
        const RevertReason tiny = RevertDecoder::decode(Bytes{1, 2});
        QCOMPARE(tiny.kind, RevertReason::Kind::Unknown);
        QCOMPARE(tiny.message(),
                 std::string("execution reverted (unrecognised revert data 0x0102)"));
    }

    void decodesPanics_data()
    {
        struct Row
        {
            const char* name;
            QString code;
            QString meaning;
        };
        const Row rows[] = {
            {"0x00", "00", "generic compiler panic"},
            {"0x01", "01", "assertion failed"},
            {"0x11", "11", "arithmetic overflow or underflow"},
            {"0x12", "12", "division or modulo by zero"},
            {"0x21", "21", "invalid enum value"},
            {"0x22", "22", "incorrectly encoded storage byte array"},
            {"0x31", "31", "pop() on an empty array"},
            {"0x32", "32", "array index out of bounds"},
            {"0x41", "41", "out of memory (too large an allocation)"},
            {"0x51", "51", "call to an uninitialised internal function"},
            {"0x99", "99", "unknown panic code"},
            {"huge", "0100", "unknown panic code"},
        };
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("meaning");
        for (const Row& row : rows)
            QTest::newRow(row.name) << row.code << row.meaning;
    }
    void decodesPanics()
    {
        QFETCH(QString, code);
        QFETCH(QString, meaning);
        const std::string digits = code.toStdString();
        const Bytes data = hex("4e487b71" + std::string(64 - digits.size(), '0') + digits);
        const RevertReason reason = RevertDecoder::decode(data);
        QCOMPARE(reason.kind, RevertReason::Kind::Panic);
        QCOMPARE(reason.panicCode, *parseUint256("0x" + digits));
        QCOMPARE(QString::fromStdString(reason.reason), meaning);
        QCOMPARE(QString::fromStdString(reason.message()),
                 "execution reverted: panic " +
                     QString::fromStdString(toQuantity(reason.panicCode)) + " (" + meaning + ")");
    }

    void decodesCustomErrors()
    {
        const ContractAbi token = abi(kTokenAbi);
        const AbiError& insufficient = **token.error("InsufficientBalance");
        const Bytes data = *insufficient.encode({u(0), u(5)});
        QCOMPARE(toHex(ByteView(data).first(4), false), std::string("cf479181"));

        const RevertReason reason = RevertDecoder::decode(data, token.errors());
        QCOMPARE(reason.kind, RevertReason::Kind::CustomError);
        QCOMPARE(reason.errorName, std::string("InsufficientBalance"));
        QCOMPARE(reason.args, (std::vector<AbiValue>{u(0), u(5)}));
        QCOMPARE(reason.message(),
                 std::string("execution reverted: InsufficientBalance(available=0, required=5)"));

        const Bytes unauthorized =
            *(*token.error("Unauthorized"))->encode({AbiValue::fromAddress(kBob)});
        QCOMPARE(RevertDecoder::decode(unauthorized, token.errors()).message(),
                 std::string("execution reverted: "
                             "Unauthorized(who=0x70997970C51812dc3A010C7d01b50e0d17dc79C8)"));
        const Bytes oops = *(*token.error("Oops"))->encode({u(5), AbiValue::array({u(1), u(2)})});
        QCOMPARE(RevertDecoder::decode(oops, token.errors()).message(),
                 std::string("execution reverted: Oops(5, [1,2])"));

        // Without the ABI (or with malformed arguments) the data stays raw.
        const RevertReason unknown = RevertDecoder::decode(data);
        QCOMPARE(unknown.kind, RevertReason::Kind::Unknown);
        QCOMPARE(unknown.message(),
                 std::string("execution reverted (unrecognised revert data, selector 0xcf479181)"));
        QCOMPARE(RevertDecoder::decode(ByteView(data).first(40), token.errors()).kind,
                 RevertReason::Kind::Unknown);
    }
};

QTEST_APPLESS_MAIN(TestAbiContract)
#include "tst_abicontract.moc"
