// SPDX-License-Identifier: MIT
// Key files: raw hex keys and Web3 Secret Storage v3 keystores (the official test vectors, geth
// and foundry files), round trips, and a precise error for every kind of bad file — none of
// which may reveal the key or the password.
#include "TestSupport.h"
#include "core/KeyFile.h"
#include "core/Keystore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <stop_token>

using namespace seismic;

namespace {

const std::string kAnvil0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const std::string kAnvil0Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const std::string kWikiKey = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
const std::string kPassword = "correct horse battery staple";

// Web3 Secret Storage Definition test vectors (also go-ethereum
// accounts/keystore/testdata/v3_test_vector.json), password "testpassword".
const std::string kWikiScrypt = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "83dbcc02d8ccb40e466191a123791e0e"},
    "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
    "kdf": "scrypt",
    "kdfparams": {"dklen": 32, "n": 262144, "r": 1, "p": 8,
                  "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
    "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";
const std::string kWikiPbkdf2 = R"({
  "crypto": {
    "cipher": "aes-128-ctr",
    "cipherparams": {"iv": "6087dab2f9fdbbfaddc31a909735c1e6"},
    "ciphertext": "5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46",
    "kdf": "pbkdf2",
    "kdfparams": {"c": 262144, "dklen": 32, "prf": "hmac-sha256",
                  "salt": "ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
    "mac": "517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"
  },
  "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
  "version": 3
})";
// go-ethereum testdata: keys that old geth versions stored without their leading zero bytes
// (password "foo").
const std::string kGeth31ByteKey =
    R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"e0c41130a323adc1446fc82f724bca2f"},)"
    R"("ciphertext":"9517cd5bdbe69076f9bf5057248c6c050141e970efa36ce53692d5d59a3984","kdf":"scrypt",)"
    R"("kdfparams":{"dklen":32,"n":2,"r":8,"p":1,)"
    R"("salt":"711f816911c92d649fb4c84b047915679933555030b3552c1212609b38208c63"},)"
    R"("mac":"d5e116151c6aa71470e67a7d42c9620c75c4d23229847dcc127794f0732b0db5"},)"
    R"("id":"fecfc4ce-e956-48fd-953b-30f8b52ed66c","version":3})";
const std::string kGeth30ByteKey =
    R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"3ca92af36ad7c2cd92454c59cea5ef00"},)"
    R"("ciphertext":"108b7d34f3442fc26ab1ab90ca91476ba6bfa8c00975a49ef9051dc675aa","kdf":"scrypt",)"
    R"("kdfparams":{"dklen":32,"n":2,"r":8,"p":1,)"
    R"("salt":"d0769e608fb86cda848065642a9c6fa046845c928175662b8e356c77f914cd3b"},)"
    R"("mac":"75d0e6759f7b3cefa319c3be41680ab6beea7d8328653474bd06706d4cc67420"},)"
    R"("id":"a37e1559-5955-450d-8075-7b8931b392b2","version":3})";
// go-ethereum testdata/very-light-scrypt.json (empty password), with geth's "address" field.
const std::string kGethVeryLight =
    R"({"address":"45dea0fb0bba44f4fcf290bba71fd57d7117cbb8","crypto":{"cipher":"aes-128-ctr",)"
    R"("ciphertext":"b87781948a1befd247bff51ef4063f716cf6c2d3481163e9a8f42e1f9bb74145",)"
    R"("cipherparams":{"iv":"dc4926b48a105133d2f16b96833abf1e"},"kdf":"scrypt",)"
    R"("kdfparams":{"dklen":32,"n":2,"p":1,"r":8,)"
    R"("salt":"004244bbdc51cadda545b1cfa43cff9ed2ae88e08c61f1479dbb45410722f8f0"},)"
    R"("mac":"39990c1684557447940d4c69e06b1b82b2aceacb43f284df65c956daf3046b85"},)"
    R"("id":"ce541d8d-c79b-40f8-9f8c-20f59616faba","version":3})";
// Written by foundry's `cast wallet new` (no "address" field, scrypt N = 2^13), password
// "test123", address 0xe27952879c504b1c8e9fF34aB53Fa0d3c08C47B9 (from ethui's regression test).
const std::string kCastKeystore =
    R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"9ac58c41f3cfb68fb8ed629e93f22d28"},)"
    R"("ciphertext":"3e355b65148cb1cc194207a25436038d920faf25a6c5cfb9ba8d914d57253f23",)"
    R"("kdf":"scrypt","kdfparams":{"dklen":32,"n":8192,"p":1,"r":8,)"
    R"("salt":"e52897a58091613e00db586696f35a68c833e470d9dd55bb1170e0ea0cce82d2"},)"
    R"("mac":"ad7da2792c9b73ee96ffe31bba7f6ca999074b600f62d49eff840d1bf67bbfae"},)"
    R"("id":"c29a7096-a490-40db-b75e-2512647a4496","version":3})";
const std::string kCastPassword = "test123";
const std::string kCastAddress = "0xe27952879c504b1c8e9fF34aB53Fa0d3c08C47B9";

const KeystoreKdf kFastScrypt{KeystoreKdf::Kind::Scrypt, 1 << 10, 8, 1, 0};
const KeystoreKdf kFastPbkdf2{KeystoreKdf::Kind::Pbkdf2, 0, 0, 0, 1000};

// Every secret these tests use, in forms a careless message could contain.
bool containsSecret(const std::string& message)
{
    const std::string secrets[] = {
        kAnvil0.substr(0, 16), kAnvil0.substr(48), kWikiKey.substr(0, 16),
        kWikiKey.substr(48),   kPassword,          "testpassword",
        kCastPassword,         "wrong-password"};
    QString lower = QString::fromStdString(message).toLower();
    for (const std::string& secret : secrets)
        if (lower.contains(QString::fromStdString(secret).toLower()))
            return true;
    return false;
}

template<typename T>
void expectError(const Result<T>& result, ErrorKind kind, const std::string& fragment)
{
    QVERIFY2(!result.ok(), fragment.c_str());
    QCOMPARE(result.error().kind, kind);
    QVERIFY2(result.error().message.find(fragment) != std::string::npos,
             (result.error().message + " does not contain: " + fragment).c_str());
    QVERIFY2(!containsSecret(result.error().message), result.error().message.c_str());
}

// The cast keystore with one field replaced (or removed when `value` is empty); `path` is a
// dot-separated path into the JSON.
std::string withField(const std::string& json, const QString& path, std::optional<QJsonValue> value)
{
    QJsonObject root = QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
    const QStringList parts = path.split('.');
    std::function<void(QJsonObject&, int)> edit = [&](QJsonObject& object, int depth) {
        const QString& key = parts[depth];
        if (depth + 1 == parts.size()) {
            if (value)
                object.insert(key, *value);
            else
                object.remove(key);
            return;
        }
        QJsonObject child = object.value(key).toObject();
        edit(child, depth + 1);
        object.insert(key, child);
    };
    edit(root, 0);
    return QJsonDocument(root).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject parseJson(const std::string& json)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

} // namespace

class TestKeystore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string writeFile(const QString& name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            qFatal("cannot write a test file");
        return path.toStdString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void officialScryptVector()
    {
        auto key = decryptKeystore(asBytes(kWikiScrypt), "testpassword");
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(toHex(key->secret(), false), kWikiKey);
    }

    void officialPbkdf2Vector()
    {
        auto key = decryptKeystore(asBytes(kWikiPbkdf2), "testpassword");
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(toHex(key->secret(), false), kWikiKey);
    }

    void gethFiles()
    {
        auto veryLight = decryptKeystore(asBytes(kGethVeryLight), "");
        QVERIFY2(veryLight.ok(), veryLight.ok() ? "" : veryLight.error().message.c_str());
        QCOMPARE(veryLight->address().lowerHex(),
                 std::string("0x45dea0fb0bba44f4fcf290bba71fd57d7117cbb8"));
        expectError(decryptKeystore(asBytes(kGethVeryLight), "bad"), ErrorKind::WrongPassword,
                    "wrong password");

        // Short ciphertexts are keys with leading zero bytes dropped.
        auto key31 = decryptKeystore(asBytes(kGeth31ByteKey), "foo");
        QVERIFY(key31.ok());
        QCOMPARE(toHex(key31->secret(), false),
                 std::string("00fa7b3db73dc7dfdf8c5fbdb796d741e4488628c41fc4febd9160a866ba0f35"));
        auto key30 = decryptKeystore(asBytes(kGeth30ByteKey), "foo");
        QVERIFY(key30.ok());
        QCOMPARE(toHex(key30->secret(), false),
                 std::string("000081c29e8142bb6a81bef5a92bda7a8328a5c85bb2f9542e76f9b0f94fc018"));
    }

    void castFile()
    {
        auto key = decryptKeystore(asBytes(kCastKeystore), kCastPassword);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(key->address().checksummed(), kCastAddress);
        expectError(decryptKeystore(asBytes(kCastKeystore), "wrong-password"),
                    ErrorKind::WrongPassword, "wrong password");
        expectError(decryptKeystore(asBytes(kCastKeystore), ""), ErrorKind::WrongPassword,
                    "wrong password");
    }

    void capitalisedCryptoField()
    {
        // ethers v5 writes "Crypto"; geth reads field names case-insensitively.
        QJsonObject root = parseJson(kGethVeryLight);
        root.insert("Crypto", root.take("crypto"));
        const QByteArray json = QJsonDocument(root).toJson();
        auto key = decryptKeystore(asBytes(json.toStdString()), "");
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(key->address().lowerHex(),
                 std::string("0x45dea0fb0bba44f4fcf290bba71fd57d7117cbb8"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("scrypt") << int(KeystoreKdf::Kind::Scrypt);
        QTest::newRow("pbkdf2") << int(KeystoreKdf::Kind::Pbkdf2);
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        const KeystoreKdf kdf = kind == int(KeystoreKdf::Kind::Scrypt) ? kFastScrypt : kFastPbkdf2;
        auto key = PrivateKey::fromHex(kAnvil0);
        auto json = encryptKeystore(*key, kPassword, kdf);
        QVERIFY(json.ok());
        QVERIFY(json->find(kAnvil0) == std::string::npos);
        QVERIFY(json->find(kPassword) == std::string::npos);

        const QJsonObject root = parseJson(*json);
        QCOMPARE(root.value("version").toInt(), 3);
        QCOMPARE(root.value("address").toString(),
                 QString("f39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
        QVERIFY(QRegularExpression("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                   "[0-9a-f]{12}$")
                    .match(root.value("id").toString())
                    .hasMatch());
        const QJsonObject crypto = root.value("crypto").toObject();
        QCOMPARE(crypto.value("cipher").toString(), QString("aes-128-ctr"));
        QCOMPARE(crypto.value("cipherparams").toObject().value("iv").toString().size(), 32);
        QCOMPARE(crypto.value("ciphertext").toString().size(), 64);
        QCOMPARE(crypto.value("mac").toString().size(), 64);
        const QJsonObject params = crypto.value("kdfparams").toObject();
        QCOMPARE(params.value("dklen").toInt(), 32);
        QCOMPARE(params.value("salt").toString().size(), 64);
        if (kdf.kind == KeystoreKdf::Kind::Scrypt) {
            QCOMPARE(crypto.value("kdf").toString(), QString("scrypt"));
            QCOMPARE(params.value("n").toInt(), 1024);
            QCOMPARE(params.value("r").toInt(), 8);
            QCOMPARE(params.value("p").toInt(), 1);
        } else {
            QCOMPARE(crypto.value("kdf").toString(), QString("pbkdf2"));
            QCOMPARE(params.value("c").toInt(), 1000);
            QCOMPARE(params.value("prf").toString(), QString("hmac-sha256"));
        }

        auto decrypted = decryptKeystore(asBytes(*json), kPassword);
        QVERIFY(decrypted.ok());
        QCOMPARE(toHex(decrypted->secret(), false), kAnvil0);
        expectError(decryptKeystore(asBytes(*json), "wrong-password"), ErrorKind::WrongPassword,
                    "wrong password");

        // Fresh salt, iv and id every time.
        auto again = encryptKeystore(*key, kPassword, kdf);
        const QJsonObject other = parseJson(*again);
        QVERIFY(other.value("id") != root.value("id"));
        QVERIFY(other.value("crypto").toObject().value("ciphertext") != crypto.value("ciphertext"));
        QVERIFY(other.value("crypto").toObject().value("kdfparams").toObject().value("salt") !=
                params.value("salt"));
    }

    void roundTripEmptyAndUnicodePasswords()
    {
        const PrivateKey key = PrivateKey::generate();
        for (const std::string& password : {std::string(), std::string("pässwörd 🔑")}) {
            auto json = encryptKeystore(key, password, kFastScrypt);
            QVERIFY(json.ok());
            auto back = decryptKeystore(asBytes(*json), password);
            QVERIFY(back.ok());
            QCOMPARE(back->address(), key.address());
        }
    }

    void encryptRejectsBadKdf()
    {
        const PrivateKey key = PrivateKey::generate();
        const KeystoreKdf bad[] = {
            {KeystoreKdf::Kind::Scrypt, 1000, 8, 1, 0},     // not a power of two
            {KeystoreKdf::Kind::Scrypt, 1, 8, 1, 0},        // N = 1
            {KeystoreKdf::Kind::Scrypt, 1024, 0, 1, 0},     // r = 0
            {KeystoreKdf::Kind::Scrypt, 1024, 8, 0, 0},     // p = 0
            {KeystoreKdf::Kind::Scrypt, 1u << 21, 8, 1, 0}, // 2 GiB
            {KeystoreKdf::Kind::Pbkdf2, 0, 0, 0, 0},        // no iterations
            {KeystoreKdf::Kind::Pbkdf2, 0, 0, 0, 20'000'000},
        };
        for (const KeystoreKdf& kdf : bad) {
            auto json = encryptKeystore(key, kPassword, kdf);
            QVERIFY(!json.ok());
            QCOMPARE(json.error().kind, ErrorKind::InvalidArgument);
        }
    }

    void malformedKeystores_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("fragment");
        const std::string cast = kCastKeystore;
        auto row = [](const char* name, const std::string& json, const char* fragment) {
            QTest::newRow(name) << QString::fromStdString(json) << QString(fragment);
        };
        row("truncated", cast.substr(0, cast.size() / 2), "not valid JSON");
        row("cut last brace", cast.substr(0, cast.size() - 1), "not valid JSON");
        row("empty object", "{}", "not a keystore");
        row("array", "[1, 2]", "must be an object");
        row("package.json", R"({"name": "app", "version": "1.0.0"})", "not a keystore");
        row("no version", withField(cast, "version", std::nullopt), "missing version");
        row("version 4", withField(cast, "version", 4), "unsupported keystore version 4");
        row("version string", withField(cast, "version", "3"), "version must be the number 3");
        row("crypto not object", withField(cast, "crypto", "x"), "crypto must be a JSON object");
        row("no cipher", withField(cast, "crypto.cipher", std::nullopt), "missing crypto.cipher");
        row("cbc cipher", withField(cast, "crypto.cipher", "aes-128-cbc"),
            "unsupported keystore cipher \"aes-128-cbc\"");
        row("no ciphertext", withField(cast, "crypto.ciphertext", std::nullopt),
            "missing crypto.ciphertext");
        row("bad hex ciphertext",
            withField(cast, "crypto.ciphertext",
                      "3e355b65148cb1cc194207a25436038d920faf25a6c5cfb9ba8d914d5725zz23"),
            "crypto.ciphertext is not valid hex (invalid hex digit at position 60)");
        row("odd ciphertext", withField(cast, "crypto.ciphertext", "3e3"),
            "crypto.ciphertext is not valid hex");
        row("numeric ciphertext", withField(cast, "crypto.ciphertext", 12),
            "crypto.ciphertext must be a string");
        row("empty ciphertext", withField(cast, "crypto.ciphertext", ""),
            "crypto.ciphertext must be 1 to 32 bytes");
        row("long ciphertext", withField(cast, "crypto.ciphertext", QString(66, 'a')),
            "crypto.ciphertext must be 1 to 32 bytes (a private key), got 33");
        row("no cipherparams", withField(cast, "crypto.cipherparams", std::nullopt),
            "missing crypto.cipherparams");
        row("no iv", withField(cast, "crypto.cipherparams.iv", std::nullopt),
            "missing crypto.cipherparams.iv");
        row("short iv", withField(cast, "crypto.cipherparams.iv", "9ac58c41f3cfb68f"),
            "crypto.cipherparams.iv must be 16 bytes, got 8");
        row("no kdf", withField(cast, "crypto.kdf", std::nullopt), "missing crypto.kdf");
        row("argon2", withField(cast, "crypto.kdf", "argon2id"),
            "unsupported keystore kdf \"argon2id\"");
        row("no kdfparams", withField(cast, "crypto.kdfparams", std::nullopt),
            "missing crypto.kdfparams");
        row("no salt", withField(cast, "crypto.kdfparams.salt", std::nullopt),
            "missing crypto.kdfparams.salt");
        row("bad salt", withField(cast, "crypto.kdfparams.salt", "0xnothex"),
            "crypto.kdfparams.salt is not valid hex");
        row("no n", withField(cast, "crypto.kdfparams.n", std::nullopt),
            "missing crypto.kdfparams.n");
        row("no r", withField(cast, "crypto.kdfparams.r", std::nullopt),
            "missing crypto.kdfparams.r");
        row("no p", withField(cast, "crypto.kdfparams.p", std::nullopt),
            "missing crypto.kdfparams.p");
        row("no dklen", withField(cast, "crypto.kdfparams.dklen", std::nullopt),
            "missing crypto.kdfparams.dklen");
        row("dklen 16", withField(cast, "crypto.kdfparams.dklen", 16),
            "crypto.kdfparams.dklen must be 32, got 16");
        row("n not power of two", withField(cast, "crypto.kdfparams.n", 1000),
            "scrypt N must be a power of two");
        row("n fractional", withField(cast, "crypto.kdfparams.n", 8192.5),
            "crypto.kdfparams.n must be a whole number");
        row("n negative", withField(cast, "crypto.kdfparams.n", -8192),
            "crypto.kdfparams.n must be a whole number");
        row("n string", withField(cast, "crypto.kdfparams.n", "8192"),
            "crypto.kdfparams.n must be a whole number");
        row("n huge", withField(cast, "crypto.kdfparams.n", double(1ll << 40)),
            "more than the 1 GiB of memory allowed");
        row("r zero", withField(cast, "crypto.kdfparams.r", 0),
            "crypto.kdfparams.r must be a whole number");
        row("no mac", withField(cast, "crypto.mac", std::nullopt), "missing crypto.mac");
        row("short mac", withField(cast, "crypto.mac", "ad7da279"),
            "crypto.mac must be 32 bytes, got 4");
        row("address mismatch",
            withField(cast, "address", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
            "does not match its key's address 0xe27952879c504b1c8e9fF34aB53Fa0d3c08C47B9");
        row("address not hex", withField(cast, "address", "nope"), "address is not valid hex");

        std::string pbkdf2 = kWikiPbkdf2;
        row("pbkdf2 sha512", withField(pbkdf2, "crypto.kdfparams.prf", "hmac-sha512"),
            "unsupported keystore pbkdf2 prf \"hmac-sha512\"");
        row("pbkdf2 no prf", withField(pbkdf2, "crypto.kdfparams.prf", std::nullopt),
            "missing crypto.kdfparams.prf");
        row("pbkdf2 no c", withField(pbkdf2, "crypto.kdfparams.c", std::nullopt),
            "missing crypto.kdfparams.c");
        row("pbkdf2 c too big", withField(pbkdf2, "crypto.kdfparams.c", 4000000000.0),
            "pbkdf2 iteration count must be 1 to 10000000");
    }
    void malformedKeystores()
    {
        QFETCH(QString, json);
        QFETCH(QString, fragment);
        expectError(decryptKeystore(asBytes(json.toStdString()), kCastPassword), ErrorKind::KeyFile,
                    fragment.toStdString());
    }

    void keystoreAboveTheMemoryCapNeedsOptingIn()
    {
        // N = 2^19, r = 8: 512 MiB, a valid keystore but above the default 256 MiB.
        std::string cast = kCastKeystore;
        const std::string costly =
            withField(withField(cast, "crypto.kdfparams.n", 524288), "crypto.kdfparams.r", 8);
        expectError(decryptKeystore(asBytes(costly), kCastPassword), ErrorKind::InvalidArgument,
                    "need 512 MiB of memory, more than the 256 MiB allowed; more must be allowed "
                    "explicitly (--kdf-max-memory MIB, at most 1024 MiB)");
        // Allowed, it gets to the derivation; stopped there so that the test takes no 512 MiB.
        std::stop_source stop;
        stop.request_stop();
        expectError(decryptKeystore(asBytes(costly), kCastPassword,
                                    ScryptLimits{kScryptMaxMemory, stop.get_token()}),
                    ErrorKind::Cancelled, "cancelled");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("costly.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(costly));
        file.close();
        expectError(readKeyFile(path.toStdString(), kCastPassword), ErrorKind::InvalidArgument,
                    "more than the 256 MiB allowed");
    }

    void outOfRangeKeyInKeystore()
    {
        // Authentic keystores (the MAC matches) whose plaintext is n or 0: made with an
        // independent implementation (@noble/hashes + @noble/ciphers), pbkdf2 with c = 1.
        const std::string order =
            R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"22222222222222222222222222222222"},)"
            R"("ciphertext":"ce5b6e6e19503af465fed24c59d827090ba72e8a09a3305abd02b5c897fa34ed",)"
            R"("kdf":"pbkdf2","kdfparams":{"c":1,"dklen":32,"prf":"hmac-sha256",)"
            R"("salt":"1111111111111111111111111111111111111111111111111111111111111111"},)"
            R"("mac":"4b89b5dd1dc3a7b8a808527e3876ca0104b8acd8f0c78d77f153ff04a44ca086"},)"
            R"("id":"0e8f3c34-5d3b-4b0c-9a57-3c4c1e0a7f10","version":3})";
        const std::string zero =
            R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"22222222222222222222222222222222"},)"
            R"("ciphertext":"31a49191e6afc50b9a012db3a627d8f7b109f26ca6eb906102d0eb4447cc75ac",)"
            R"("kdf":"pbkdf2","kdfparams":{"c":1,"dklen":32,"prf":"hmac-sha256",)"
            R"("salt":"1111111111111111111111111111111111111111111111111111111111111111"},)"
            R"("mac":"0f774bbff149bba9254373b8313f8fb825c00fc5b83af6cb37329ba365e31047"},)"
            R"("id":"0e8f3c34-5d3b-4b0c-9a57-3c4c1e0a7f10","version":3})";
        for (const std::string& json : {order, zero}) {
            expectError(decryptKeystore(asBytes(json), "testpassword"), ErrorKind::KeyFile,
                        "keystore holds a private key that is out of range for secp256k1");
            expectError(decryptKeystore(asBytes(json), "wrong-password"), ErrorKind::WrongPassword,
                        "wrong password");
        }
    }

    void tamperedCiphertextIsCaughtByTheMac()
    {
        auto json = encryptKeystore(PrivateKey::generate(), kPassword, kFastPbkdf2);
        QVERIFY(json.ok());
        QJsonObject root = parseJson(*json);
        QJsonObject crypto = root.value("crypto").toObject();
        QString ciphertext = crypto.value("ciphertext").toString();
        ciphertext[0] = ciphertext[0] == QChar('0') ? QChar('1') : QChar('0');
        crypto.insert("ciphertext", ciphertext);
        root.insert("crypto", crypto);
        const std::string tampered = QJsonDocument(root).toJson().toStdString();
        // The MAC is the format's only integrity check, so tampering reads as a wrong password.
        expectError(decryptKeystore(asBytes(tampered), kPassword), ErrorKind::WrongPassword,
                    "wrong password");
    }

    void rawKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("plain") << QByteArray::fromStdString(kAnvil0);
        QTest::newRow("newline") << QByteArray::fromStdString(kAnvil0 + "\n");
        QTest::newRow("crlf and spaces") << QByteArray::fromStdString("  \t" + kAnvil0 + " \r\n");
        QTest::newRow("0x") << QByteArray::fromStdString("0x" + kAnvil0 + "\n");
        QTest::newRow("0X upper") << QByteArray::fromStdString(
            "0X" + QString::fromStdString(kAnvil0).toUpper().toStdString());
        QTest::newRow("bom") << QByteArray::fromStdString("\xEF\xBB\xBF" + kAnvil0 + "\n");
    }
    void rawKeyFiles()
    {
        QFETCH(QByteArray, contents);
        const ByteView bytes(reinterpret_cast<const std::uint8_t*>(contents.constData()),
                             std::size_t(contents.size()));
        QCOMPARE(*detectKeyFileFormat(bytes), KeyFileFormat::RawHex);
        auto key = parseRawKeyFile(bytes);
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(key->address().checksummed(), kAnvil0Address);
    }

    void badRawKeyFiles_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("fragment");
        const QByteArray key = QByteArray::fromStdString(kAnvil0);
        QTest::newRow("63 digits") << key.left(63) + "\n"
                                   << "key file has 63 hex digits, expected 64";
        QTest::newRow("65 digits") << key + "0"
                                   << "key file has 65 hex digits, expected 64";
        QTest::newRow("0x only") << QByteArray("0x\n") << "key file has 0 hex digits, expected 64";
        QTest::newRow("bad char") << QByteArray(key).replace(20, 1, "x")
                                  << "key file contains a non-hex character at position 21";
        QTest::newRow("split line") << key.left(32) + "\n" + key.mid(32)
                                    << "key file contains a non-hex character at position 33";
        QTest::newRow("zero") << QByteArray(64, '0') << "out of range for secp256k1";
        QTest::newRow("order")
            << QByteArray("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")
            << "out of range for secp256k1";
        QTest::newRow("max") << QByteArray(64, 'f') << "out of range for secp256k1";
        QTest::newRow("empty") << QByteArray() << "key file is empty";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << "key file is empty";
    }
    void badRawKeyFiles()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, fragment);
        const ByteView bytes(reinterpret_cast<const std::uint8_t*>(contents.constData()),
                             std::size_t(contents.size()));
        expectError(parseRawKeyFile(bytes), ErrorKind::KeyFile, fragment.toStdString());
    }

    void detectFormats()
    {
        QCOMPARE(*detectKeyFileFormat(asBytes(kCastKeystore)), KeyFileFormat::KeystoreV3);
        QCOMPARE(*detectKeyFileFormat(asBytes("\n  " + kWikiScrypt)), KeyFileFormat::KeystoreV3);
        // Broken files of a recognisable format are detected so the parser can explain.
        QCOMPARE(*detectKeyFileFormat(asBytes(kCastKeystore.substr(0, 40))),
                 KeyFileFormat::KeystoreV3);
        QCOMPARE(*detectKeyFileFormat(asBytes(kAnvil0.substr(0, 63))), KeyFileFormat::RawHex);
        QCOMPARE(*detectKeyFileFormat(asBytes(kAnvil0 + "x")), KeyFileFormat::RawHex);

        const Bytes png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        expectError(detectKeyFileFormat(png), ErrorKind::KeyFile, "not a key file");
        expectError(detectKeyFileFormat(asBytes("Dear diary, today I made a wallet.\n")),
                    ErrorKind::KeyFile, "not a key file");
        expectError(detectKeyFileFormat(asBytes("password123")), ErrorKind::KeyFile,
                    "not a key file");
        expectError(detectKeyFileFormat(asBytes("   \n")), ErrorKind::KeyFile, "key file is empty");
    }

    void readKeyFiles()
    {
        const std::string raw = writeFile("raw.key", QByteArray::fromStdString(kAnvil0 + "\n"));
        auto rawKey = readKeyFile(raw);
        QVERIFY(rawKey.ok());
        QCOMPARE(rawKey->address().checksummed(), kAnvil0Address);
        // A password given for a raw key is ignored.
        QVERIFY(readKeyFile(raw, "unused").ok());

        const std::string keystore =
            writeFile("cast.json", QByteArray::fromStdString(kCastKeystore + "\n"));
        auto castKey = readKeyFile(keystore, kCastPassword);
        QVERIFY(castKey.ok());
        QCOMPARE(castKey->address().checksummed(), kCastAddress);
        expectError(readKeyFile(keystore, "wrong-password"), ErrorKind::WrongPassword,
                    "wrong password");

        const std::string truncated =
            writeFile("truncated.json", QByteArray::fromStdString(kCastKeystore.substr(0, 100)));
        expectError(readKeyFile(truncated, kCastPassword), ErrorKind::KeyFile, "not valid JSON");
        const std::string shortKey =
            writeFile("short.key", QByteArray::fromStdString("0x" + kAnvil0.substr(1)));
        expectError(readKeyFile(shortKey), ErrorKind::KeyFile,
                    "key file has 63 hex digits, expected 64");
        const std::string binary = writeFile("image.png", QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
        expectError(readKeyFile(binary), ErrorKind::KeyFile, "not a key file");
    }

    void readKeyFileErrorsNameThePath()
    {
        const std::string missing = m_dir.filePath("missing.json").toStdString();
        expectError(readKeyFile(missing), ErrorKind::KeyFile, missing + ": no such file");
        const std::string directory = m_dir.path().toStdString();
        expectError(readKeyFile(directory), ErrorKind::KeyFile, directory + ": is a directory");

        QByteArray large = QByteArray::fromStdString(kAnvil0);
        large.append(QByteArray(1024 * 1024, ' '));
        const std::string big = writeFile("big.key", large);
        expectError(readKeyFile(big), ErrorKind::KeyFile, big + ": is too large");

        // Exactly 1 MiB is still accepted.
        QByteArray limit = QByteArray::fromStdString(kAnvil0);
        limit.append(QByteArray(1024 * 1024 - limit.size(), '\n'));
        QVERIFY(readKeyFile(writeFile("limit.key", limit)).ok());
        // Special files report a size of 0 and never end: the read stops past the limit.
        expectError(readKeyFile("/dev/zero"), ErrorKind::KeyFile,
                    "key file /dev/zero: is too large (at most 1 MiB)");
        const std::string empty = writeFile("empty.key", QByteArray());
        expectError(readKeyFile(empty), ErrorKind::KeyFile, "key file is empty");
    }
};

QTEST_APPLESS_MAIN(TestKeystore)
#include "tst_keystore.moc"
