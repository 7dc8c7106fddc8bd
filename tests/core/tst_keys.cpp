// SPDX-License-Identifier: MIT
// secp256k1 keys and signatures: parsing and range checks, the spec 11.3/11.4 signatures,
// recovery, low-s, and that secrets are wiped.
#include "TestSupport.h"
#include "core/Keccak.h"
#include "core/PrivateKey.h"

#include <QTest>

#include <new>

using namespace seismic;
using testing::hex;

namespace {

const std::string kAnvil0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const std::string kAnvil0Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
// n, the order of secp256k1, and n/2.
const std::string kOrder = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

Hash hashOf(const std::string& text)
{
    return *Hash::fromHex(text);
}

Signature signatureOf(const std::string& r, const std::string& s, std::uint8_t yParity)
{
    return Signature{*Bytes32::fromHex(r), *Bytes32::fromHex(s), yParity};
}

bool isLowS(const Bytes32& s)
{
    // s <= n/2 = 7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0
    return s <=
           *Bytes32::fromHex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
}

// n - s, big-endian.
Bytes32 negate(const Bytes32& s)
{
    const Bytes n = hex(kOrder);
    Bytes32 out;
    int borrow = 0;
    for (int i = 31; i >= 0; --i) {
        int diff = n[std::size_t(i)] - s.bytes[std::size_t(i)] - borrow;
        borrow = diff < 0 ? 1 : 0;
        out.bytes[std::size_t(i)] = static_cast<std::uint8_t>(diff + (borrow ? 256 : 0));
    }
    return out;
}

} // namespace

class TestKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anvilKeyAddress()
    {
        auto key = PrivateKey::fromHex(kAnvil0);
        QVERIFY(key.ok());
        QCOMPARE(key->address().checksummed(), kAnvil0Address);
        QCOMPARE(key->publicKey().address(), key->address());
        QCOMPARE(toHex(key->secret(), false), kAnvil0);
        auto prefixed = PrivateKey::fromHex("0x" + kAnvil0);
        auto upper = PrivateKey::fromHex(QString::fromStdString(kAnvil0).toUpper().toStdString());
        QVERIFY(prefixed.ok() && upper.ok());
        QCOMPARE(prefixed->address(), key->address());
        QCOMPARE(upper->address(), key->address());
        auto fromBytes = PrivateKey::fromBytes(hex(kAnvil0));
        QVERIFY(fromBytes.ok());
        QCOMPARE(fromBytes->address(), key->address());
    }

    void keysOutOfRange_data()
    {
        QTest::addColumn<QString>("keyHex");
        QTest::newRow("zero") << QString(64, '0');
        QTest::newRow("n") << QString::fromStdString(kOrder);
        QTest::newRow("n+1") << "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364142";
        QTest::newRow("2^256-1") << QString(64, 'f');
    }
    void keysOutOfRange()
    {
        QFETCH(QString, keyHex);
        const Bytes raw = hex(keyHex.toStdString());
        auto fromBytes = PrivateKey::fromBytes(raw);
        QVERIFY(!fromBytes.ok());
        QCOMPARE(fromBytes.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(fromBytes.error().message,
                 std::string("private key is out of range for secp256k1"));
        auto fromHex = PrivateKey::fromHex(keyHex.toStdString());
        QVERIFY(!fromHex.ok());
        QCOMPARE(fromHex.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(fromHex.error().message, std::string("private key is out of range for secp256k1"));
    }

    void keyEdgesInRange()
    {
        // 1 and n-1 are the smallest and largest valid keys.
        Bytes one(32, 0);
        one[31] = 1;
        QVERIFY(PrivateKey::fromBytes(one).ok());
        QVERIFY(
            PrivateKey::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")
                .ok());
    }

    void keyParseErrors()
    {
        for (std::size_t size : {0, 31, 33}) {
            auto key = PrivateKey::fromBytes(Bytes(size, 1));
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(key.error().message,
                     "private key must be 32 bytes, got " + std::to_string(size));
        }
        const std::string secretLike = kAnvil0;
        struct Case
        {
            std::string text;
            std::string message;
        };
        const Case cases[] = {
            {secretLike.substr(1), "private key has 63 hex digits, expected 64"},
            {secretLike + "0", "private key has 65 hex digits, expected 64"},
            {"", "private key has 0 hex digits, expected 64"},
            {"0x", "private key has 0 hex digits, expected 64"},
            {secretLike.substr(0, 10) + "g" + secretLike.substr(11),
             "private key contains a non-hex character at position 11"},
            {"0x" + secretLike.substr(0, 63) + " ",
             "private key contains a non-hex character at position 66"},
            {"0x0x" + secretLike, "private key contains a non-hex character at position 4"},
        };
        for (const Case& c : cases) {
            auto key = PrivateKey::fromHex(c.text);
            QVERIFY(!key.ok());
            QCOMPARE(key.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(key.error().message, c.message);
            QVERIFY(key.error().message.find(secretLike.substr(0, 8)) == std::string::npos);
        }
    }

    void generateGivesDistinctValidKeys()
    {
        const PrivateKey a = PrivateKey::generate();
        const PrivateKey b = PrivateKey::generate();
        QVERIFY(a.address() != b.address());
        QVERIFY(PrivateKey::fromBytes(a.secret()).ok());
        // And they sign verifiably.
        const Hash digest = keccak256(asBytes("generated"));
        QCOMPARE(*recoverAddress(digest, a.sign(digest)), a.address());
    }

    void copiesAreIndependent()
    {
        auto original = PrivateKey::fromHex(kAnvil0);
        QVERIFY(original.ok());
        PrivateKey copy = *original;
        QVERIFY(copy.secret().data() != original->secret().data());
        QCOMPARE(copy.address(), original->address());
        copy = PrivateKey::generate();
        QCOMPARE(toHex(original->secret(), false), kAnvil0);
        QVERIFY(copy.address() != original->address());
        PrivateKey moved = std::move(copy);
        QVERIFY(PrivateKey::fromBytes(moved.secret()).ok());
    }

    void secretWipedOnDestruction()
    {
        alignas(PrivateKey) unsigned char storage[sizeof(PrivateKey)];
        auto* key = new (storage) PrivateKey(*PrivateKey::fromHex(kAnvil0));
        const auto* secretAt = key->secret().data();
        const std::size_t offset = static_cast<std::size_t>(secretAt - storage);
        QVERIFY(offset + 32 <= sizeof(storage));
        QCOMPARE(toHex(ByteView(storage + offset, 32), false), kAnvil0);
        key->~PrivateKey();
        QCOMPARE(toHex(ByteView(storage + offset, 32), false), std::string(64, '0'));
    }

    void publicKeyEncodings()
    {
        // Spec 11.1: the keygen secret's public key is the network key; compress(uncompress(k)).
        auto keygen =
            PrivateKey::fromHex("311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505");
        QVERIFY(keygen.ok());
        const PublicKey pub = keygen->publicKey();
        const std::string network =
            "028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0";
        QCOMPARE(pub.compressed().hex(false), network);
        const FixedBytes<65> full = pub.uncompressed();
        QCOMPARE(full.bytes[0], std::uint8_t(0x04));
        auto reparsed = PublicKey::fromUncompressed(full);
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->compressed().hex(false), network);
        QVERIFY(*reparsed == pub);
        auto fromCompressed = PublicKey::fromCompressed(pub.compressed());
        QVERIFY(fromCompressed.ok());
        QVERIFY(*fromCompressed == pub);
        QCOMPARE(fromCompressed->uncompressed(), full);
        QVERIFY(*PublicKey::parse(full) == pub);
        QVERIFY(*PublicKey::parse(pub.compressed()) == pub);
        QVERIFY(*PublicKey::fromHex("0x" + network) == pub);
        QVERIFY(*PublicKey::fromHex(network) == pub);
        QVERIFY(!(pub == PrivateKey::generate().publicKey()));
        // An odd-Y key compresses with 03 (anvil #0's does).
        auto anvil = PrivateKey::fromHex(kAnvil0);
        const auto compressed = anvil->publicKey().compressed();
        QCOMPARE(compressed.bytes[0],
                 std::uint8_t(0x02 | (anvil->publicKey().uncompressed().bytes[64] & 1)));
    }

    void publicKeyErrors()
    {
        const Bytes network =
            hex("028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0");
        // 33 bytes given to the uncompressed parser: the "65-byte" error (spec 11.1).
        auto wrongParser = PublicKey::fromUncompressed(network);
        QCOMPARE(wrongParser.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(wrongParser.error().message.find("65-byte") != std::string::npos);

        auto shortKey = PublicKey::fromCompressed(ByteView(network).first(32));
        QCOMPARE(shortKey.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(shortKey.error().message.find("expected 33 bytes, got 32") != std::string::npos);

        Bytes prefix04 = network;
        prefix04[0] = 0x04;
        auto badPrefix = PublicKey::fromCompressed(prefix04);
        QCOMPARE(badPrefix.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(badPrefix.error().message.find("must start with 0x02 or 0x03") !=
                std::string::npos);

        // x = 5 has no y with y^2 = x^3 + 7 on secp256k1.
        Bytes notOnCurve(33, 0);
        notOnCurve[0] = 0x02;
        notOnCurve[32] = 0x05;
        auto offCurve = PublicKey::fromCompressed(notOnCurve);
        QCOMPARE(offCurve.error().kind, ErrorKind::Crypto);
        QVERIFY(offCurve.error().message.find("not a point on secp256k1") != std::string::npos);

        FixedBytes<65> full = PrivateKey::generate().publicKey().uncompressed();
        full.bytes[64] ^= 1; // Y no longer matches X
        QCOMPARE(PublicKey::fromUncompressed(full).error().kind, ErrorKind::Crypto);
        full.bytes[0] = 0x06; // hybrid encodings are not accepted
        QCOMPARE(PublicKey::fromUncompressed(full).error().kind, ErrorKind::InvalidArgument);

        auto badSize = PublicKey::parse(Bytes(64, 1));
        QCOMPARE(badSize.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(badSize.error().message.find("got 64") != std::string::npos);
        // Spec 11.15: "0x02" + "ab" * 16 is refused.
        QVERIFY(!PublicKey::fromHex("0x02" + std::string(32, 'a')).ok());
        QVERIFY(!PublicKey::fromHex("0x02zz").ok());
    }

    void rawSignatureVector()
    {
        // Spec 11.3.
        auto key = PrivateKey::fromHex(kAnvil0);
        const Hash digest =
            hashOf("3bd2090142a65daa3ea533a0f9bc00397bdb710890b3060422c820933e2c1c0f");
        const Signature sig = key->sign(digest);
        QCOMPARE(int(sig.yParity), 0);
        QCOMPARE(sig.r.hex(false),
                 std::string("ea4deb5d93eb2566b7d0ea5209f8bc9fd810ad1eff29bf59424de14c5910ab23"));
        QCOMPARE(sig.s.hex(false),
                 std::string("1daa9ada5f7448d737dee3096add2cd9447c2f55c13b7f8ca6ec37105548bf0c"));
        QCOMPARE(recoverAddress(digest, sig)->checksummed(), kAnvil0Address);
        QVERIFY(*recoverPublicKey(digest, sig) == key->publicKey());
        // RFC 6979: deterministic.
        QCOMPARE(key->sign(digest), sig);
    }

    void eip712SignatureVector()
    {
        // Spec 11.4 (a).
        auto key = PrivateKey::fromHex(kAnvil0);
        const Hash digest =
            hashOf("97df07b716306c8ebb936d22d20b811d8050c8608083df60c303bcc31c58fe9f");
        const Signature sig = key->sign(digest);
        QCOMPARE(int(sig.yParity), 1);
        QCOMPARE(sig.r.hex(false),
                 std::string("7ab4bc33c64dff2b56023bb662219a9950337e3cd3a6dd63f5760c0e7bdaceb3"));
        QCOMPARE(sig.s.hex(false),
                 std::string("60bccb842c9f6c6d87d47b5af0cb33dc208be79eb92786417a7c3caa9edd609c"));
        QCOMPARE(recoverAddress(digest, sig)->checksummed(), kAnvil0Address);
    }

    void rustVectorRecovery()
    {
        // Spec 11.4 (b): a signature made elsewhere.
        const Hash digest =
            hashOf("e3bd8539e48a9ea2cafaef070c11f9f82e20c08cdd5063b98a3818c0da9a5e41");
        const Signature sig =
            signatureOf("e93185920818650416b4b0cc953c48f59fd9a29af4b7e1c4b1ac4824392f9220",
                        "79b76b064a83d423997b7234c575588f60da5d3e1e0561eff9804eb04c23789a", 0);
        auto address = recoverAddress(digest, sig);
        QVERIFY(address.ok());
        QCOMPARE(address->checksummed(), std::string("0x9E181A5085c3266eAB8F8a4491D2b70467f5805C"));
        // The other parity gives a different (valid) key, not the signer.
        Signature flipped = sig;
        flipped.yParity = 1;
        auto other = recoverAddress(digest, flipped);
        QVERIFY(!other.ok() || *other != *address);
    }

    void signaturesAreLowS()
    {
        const PrivateKey key = PrivateKey::generate();
        int parities[2] = {0, 0};
        for (int i = 0; i < 200; ++i) {
            const Hash digest = keccak256(asBytes("message " + std::to_string(i)));
            const Signature sig = key.sign(digest);
            QVERIFY(isLowS(sig.s));
            QVERIFY(sig.yParity <= 1);
            ++parities[sig.yParity];
            QCOMPARE(*recoverAddress(digest, sig), key.address());
        }
        // Both recovery ids occur (each with probability 1/2).
        QVERIFY(parities[0] > 0 && parities[1] > 0);
    }

    void recoverRejectsBadSignatures()
    {
        auto key = PrivateKey::fromHex(kAnvil0);
        const Hash digest =
            hashOf("3bd2090142a65daa3ea533a0f9bc00397bdb710890b3060422c820933e2c1c0f");
        const Signature sig = key->sign(digest);

        // The high-s twin (n - s, flipped parity) is mathematically valid but refused (EIP-2).
        Signature highS{sig.r, negate(sig.s), static_cast<std::uint8_t>(sig.yParity ^ 1)};
        QVERIFY(!isLowS(highS.s));
        auto high = recoverPublicKey(digest, highS);
        QVERIFY(!high.ok());
        QCOMPARE(high.error().kind, ErrorKind::Crypto);
        QVERIFY(high.error().message.find("high s") != std::string::npos);

        const Bytes32 zero;
        const Bytes32 order = *Bytes32::fromHex(kOrder);
        const Signature bad[] = {
            {zero, sig.s, 0},   // r = 0
            {sig.r, zero, 0},   // s = 0
            {order, sig.s, 0},  // r = n
            {sig.r, sig.s, 2},  // recovery id out of range
            {sig.r, sig.s, 27}, // v instead of yParity
        };
        for (const Signature& s : bad) {
            auto recovered = recoverPublicKey(digest, s);
            QVERIFY(!recovered.ok());
            QCOMPARE(recovered.error().kind, ErrorKind::Crypto);
            QVERIFY(!recoverAddress(digest, s).ok());
        }
        // A different digest recovers some other key, never the signer.
        const Hash other = keccak256(asBytes("other"));
        auto wrong = recoverAddress(other, sig);
        QVERIFY(!wrong.ok() || *wrong != key->address());
    }

    void rsvEncoding()
    {
        auto key = PrivateKey::fromHex(kAnvil0);
        const Hash digest =
            hashOf("97df07b716306c8ebb936d22d20b811d8050c8608083df60c303bcc31c58fe9f");
        const Signature sig = key->sign(digest);
        const FixedBytes<65> rsv = sig.toRsv();
        QCOMPARE(rsv.hex(false),
                 std::string("7ab4bc33c64dff2b56023bb662219a9950337e3cd3a6dd63f5760c0e7bdaceb3"
                             "60bccb842c9f6c6d87d47b5af0cb33dc208be79eb92786417a7c3caa9edd609c1c"));
        QCOMPARE(*Signature::fromRsv(rsv), sig);
        for (std::uint8_t v : {0, 1, 27, 28}) {
            FixedBytes<65> raw = rsv;
            raw.bytes[64] = v;
            auto parsed = Signature::fromRsv(raw);
            QVERIFY(parsed.ok());
            QCOMPARE(int(parsed->yParity), (v == 0 || v == 27) ? 0 : 1);
        }
        for (std::uint8_t v : {2, 26, 29, 35, 255}) {
            FixedBytes<65> raw = rsv;
            raw.bytes[64] = v;
            auto parsed = Signature::fromRsv(raw);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(parsed.error().message,
                     "signature v must be 0, 1, 27 or 28, got " + std::to_string(v));
        }
        auto shortSig = Signature::fromRsv(ByteView(rsv).first(64));
        QCOMPARE(shortSig.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(shortSig.error().message.find("65 bytes") != std::string::npos);
    }

    void ecdhIsSymmetric()
    {
        const PrivateKey a = PrivateKey::generate();
        const PrivateKey b = PrivateKey::generate();
        QCOMPARE(a.ecdhSharedSecret(b.publicKey()), b.ecdhSharedSecret(a.publicKey()));
        QVERIFY(a.ecdhSharedSecret(b.publicKey()) != a.ecdhSharedSecret(a.publicKey()));
    }
};

QTEST_APPLESS_MAIN(TestKeys)
#include "tst_keys.moc"
