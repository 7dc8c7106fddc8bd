// SPDX-License-Identifier: MIT
// Randomness, SHA-256, HKDF, AES-256-GCM and the ECDH key schedule, against the known answers of
// RFC 5869 and spec sections 11.1, 11.2, 11.5, 11.7, 11.8, 11.9 and 11.12.
#include "TestSupport.h"
#include "core/AesGcm.h"
#include "core/Hkdf.h"
#include "core/PrivateKey.h"
#include "core/Random.h"
#include "core/Scrypt.h"
#include "core/Sha256.h"

#include <QTest>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <set>
#include <stop_token>
#include <thread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace seismic;
using testing::hex;

namespace {

const std::string kRequestInfo = "aes-gcm key";
const std::string kResponseInfo = "seismic/response/aes-256-gcm/v1";

std::string hexOf(ByteView bytes)
{
    return toHex(bytes, false);
}

Bytes requestKey(const PrivateKey& key, const PublicKey& peer)
{
    const Bytes32 shared = key.ecdhSharedSecret(peer);
    return *hkdfSha256(shared, {}, asBytes(kRequestInfo), 32);
}

Bytes bytesOf(std::size_t count, std::uint8_t value)
{
    return Bytes(count, value);
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFillsAndDiffers()
    {
        std::array<std::uint8_t, 32> a{};
        std::array<std::uint8_t, 32> b{};
        fillRandom(a);
        fillRandom(b);
        QVERIFY(a != b);
        QVERIFY(std::any_of(a.begin(), a.end(), [](std::uint8_t x) { return x != 0; }));
        std::set<Bytes> seen;
        for (int i = 0; i < 20; ++i) {
            Bytes nonce(12);
            fillRandom(nonce);
            seen.insert(nonce);
        }
        QCOMPARE(seen.size(), std::size_t(20));
        fillRandom({}); // an empty request is fine
    }

    void sha256KnownAnswers()
    {
        QCOMPARE(sha256({}).hex(false),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256(asBytes("abc")).hex(false),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        const std::string million(1000000, 'a');
        QCOMPARE(sha256(asBytes(million)).hex(false),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void hkdfRfc5869()
    {
        // RFC 5869 A.1 (salt and info) and A.3 (no salt, no info).
        const Bytes ikm = bytesOf(22, 0x0b);
        auto a1 =
            hkdfSha256(ikm, hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QVERIFY(a1.ok());
        QCOMPARE(hexOf(*a1), std::string("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db0"
                                         "2d56ecc4c5bf34007208d5b887185865"));
        auto a3 = hkdfSha256(ikm, {}, {}, 42);
        QVERIFY(a3.ok());
        QCOMPARE(hexOf(*a3), std::string("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec345"
                                         "4e5f3c738d2d9d201395faa4b61a96c8"));
        // "No salt" is 32 zero bytes (spec 2.3).
        QCOMPARE(*hkdfSha256(ikm, bytesOf(32, 0), {}, 42), *a3);
        // Longest output, and an empty IKM is a valid input.
        QCOMPARE(hkdfSha256(ikm, {}, {}, 8160)->size(), std::size_t(8160));
        QCOMPARE(hkdfSha256({}, {}, asBytes("x"), 32)->size(), std::size_t(32));
    }

    void hkdfRejectsBadLength()
    {
        for (std::size_t length : {std::size_t(0), std::size_t(8161)}) {
            auto out = hkdfSha256(asBytes("ikm"), {}, {}, length);
            QVERIFY(!out.ok());
            QCOMPARE(out.error().kind, ErrorKind::InvalidArgument);
            QVERIFY(out.error().message.find("1 to 8160") != std::string::npos);
        }
    }

    void hkdfPrecompileAnswers()
    {
        // Spec 11.12: the HKDF precompile is HKDF-SHA256(IKM, no salt, "seismic_hkdf_105", 32),
        // for the ASCII IKM "HelloHKDF" and the bytes 12 34 ab cd.
        const auto info = asBytes("seismic_hkdf_105");
        QCOMPARE(hexOf(*hkdfSha256(asBytes("HelloHKDF"), {}, info, 32)),
                 std::string("7f527a655fecfa58cd49e00b13684f2df335a3e1a3b9bee749f4d494087038f2"));
        QCOMPARE(hexOf(*hkdfSha256(hex("1234abcd"), {}, info, 32)),
                 std::string("67b4c8f882a3a82e4eb12b97aa70652afd62167d0ffd28f81b22e1684c1e8fb2"));
    }

    void scryptRfc7914()
    {
        // RFC 7914 section 12.
        struct Case
        {
            std::string password;
            std::string salt;
            std::uint64_t n;
            std::uint32_t r;
            std::uint32_t p;
            std::string expected;
        };
        const Case cases[] = {
            {"", "", 16, 1, 1,
             "77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a7"
             "53a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906"},
            {"password", "NaCl", 1024, 8, 16,
             "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff10"
             "9279d9830dac727afb94a83ee6d8360cbdfa2cc0640"},
            {"pleaseletmein", "SodiumChloride", 16384, 8, 1,
             "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49"
             "705242a9af9e61e85dc0d651e40dfcf017b45575887"},
        };
        for (const Case& c : cases) {
            Bytes out(64);
            QVERIFY(scrypt(asBytes(c.password), asBytes(c.salt), c.n, c.r, c.p, out).ok());
            QCOMPARE(hexOf(out), c.expected);
        }
    }

    void scryptRejectsBadParameters()
    {
        struct Case
        {
            std::uint64_t n;
            std::uint32_t r;
            std::uint32_t p;
            std::string fragment;
        };
        const Case cases[] = {
            {0, 8, 1, "power of two greater than 1"},
            {1, 8, 1, "power of two greater than 1"},
            {1000, 8, 1, "power of two greater than 1, got 1000"},
            {1024, 0, 1, "r and p must be at least 1"},
            {1024, 8, 0, "r and p must be at least 1"},
            {std::uint64_t(1) << 21, 8, 1, "more than the 1 GiB of memory"},
            {std::uint64_t(1) << 62, 8, 1, "more than the 1 GiB of memory"},
            {2, 8, 1u << 15, "more than 16 MiB of working blocks"},
            {2, 1, UINT32_MAX, "more than 16 MiB of working blocks"},
            {std::uint64_t(1) << 18, 8, 64, "more work than allowed"},
        };
        for (const Case& c : cases) {
            Bytes out(32);
            auto status = scrypt(asBytes("pw"), asBytes("salt"), c.n, c.r, c.p, out);
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, ErrorKind::InvalidArgument);
            QVERIFY2(status.error().message.find(c.fragment) != std::string::npos,
                     status.error().message.c_str());
        }
        // The largest setting wallets offer is within bounds (not run: 1 GiB).
        QVERIFY(checkScryptParameters(std::uint64_t(1) << 20, 8, 1).ok());
    }

    void scryptMemoryAboveTheDefaultNeedsOptingIn()
    {
        // N = 2^19, r = 8: 512 MiB, within the format's bounds but above the default 256 MiB.
        const std::uint64_t n = std::uint64_t(1) << 19;
        Bytes out(32);
        auto capped = scrypt(asBytes("pw"), asBytes("salt"), n, 8, 1, out);
        QVERIFY(!capped.ok());
        QCOMPARE(capped.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(capped.error().message.find("need 512 MiB of memory, more than the 256 MiB "
                                             "allowed; more must be allowed explicitly") !=
                     std::string::npos,
                 capped.error().message.c_str());
        QVERIFY(checkScryptParameters(n, 8, 1).ok());
        QVERIFY(checkScryptMemory(n, 8, kScryptMaxMemory).ok());
        // geth's standard cost is exactly the default.
        QVERIFY(checkScryptMemory(std::uint64_t(1) << 18, 8, kScryptDefaultMaxMemory).ok());
    }

    void scryptStopsWhenAsked()
    {
        Bytes out(32);
        std::stop_source before;
        before.request_stop();
        ScryptLimits limits;
        limits.stop = before.get_token();
        auto stopped = scrypt(asBytes("pw"), asBytes("salt"), 1024, 8, 1, out, limits);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);

        // Asked from another thread while it runs (64 MiB, far longer than the request takes).
        std::stop_source during;
        limits.stop = during.get_token();
        std::optional<Status> result;
        std::thread worker([&] {
            result =
                scrypt(asBytes("pw"), asBytes("salt"), std::uint64_t(1) << 16, 8, 1, out, limits);
        });
        during.request_stop();
        worker.join();
        QVERIFY(result && !result->ok());
        QCOMPARE(result->error().kind, ErrorKind::Cancelled);
        QVERIFY(std::all_of(out.begin(), out.end(), [](std::uint8_t b) { return b == 0; }));
    }

    void scryptOutOfMemoryIsSaidSo()
    {
        // In a child whose address space has room for 32 MiB more, a 128 MiB table cannot be had:
        // a local shortage, not a bad key file or parameter.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            long pages = 0;
            if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
                if (std::fscanf(statm, "%ld", &pages) != 1)
                    pages = 0;
                std::fclose(statm);
            }
            const rlimit room{rlim_t(pages) * rlim_t(sysconf(_SC_PAGESIZE)) + (32u << 20),
                              RLIM_INFINITY};
            if (pages == 0 || setrlimit(RLIMIT_AS, &room) != 0)
                _exit(2);
            Bytes out(32);
            auto status = scrypt(asBytes("pw"), asBytes("salt"), std::uint64_t(1) << 17, 8, 1, out);
            const bool outOfMemory =
                !status.ok() && status.error().kind == ErrorKind::OutOfMemory &&
                status.error().message.find("could not allocate the 128 MiB") != std::string::npos;
            _exit(outOfMemory ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

    void keyDerivationChain()
    {
        // Spec 11.1.
        auto keygen =
            PrivateKey::fromHex("311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505");
        auto client =
            PrivateKey::fromHex("a30363336e1bb949185292a2a302de86e447d98f3a43d823c8c234d9e3e5ad77");
        QVERIFY(keygen.ok() && client.ok());
        auto network = PublicKey::fromCompressed(
            hex("028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0"));
        QVERIFY(network.ok());
        QVERIFY(keygen->publicKey() == *network);
        QCOMPARE(client->publicKey().compressed().hex(false),
                 std::string("025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c"));

        const Bytes32 shared = client->ecdhSharedSecret(*network);
        QCOMPARE(shared.hex(false),
                 std::string("46a4d6fce8eca748ba8362e726de51a5c62202c887d6bb81fa6f4df1fb360999"));
        // The shared point itself (spec: X||Y); Y is odd, so the hashed prefix is 03.
        const Bytes point =
            hex("03ae50584c10ef7484c2f28868cce536958960ab86376f1bd7d6c44fcf52e1a18c");
        QCOMPARE(sha256(point), shared);
        // Both sides agree.
        QCOMPARE(keygen->ecdhSharedSecret(client->publicKey()), shared);

        QCOMPARE(hexOf(*hkdfSha256(shared, {}, asBytes(kRequestInfo), 32)),
                 std::string("bf0dd6556618d1bf8d1602bf80be3a0f7cc729973829bb9acb75bd77770d5b90"));
        QCOMPARE(hexOf(*hkdfSha256(shared, {}, asBytes(kResponseInfo), 32)),
                 std::string("974b310e3990d555da33e2b0c1dc6036a9709400ec992dbfc9330cc00e673144"));
    }

    void ecdhPrecompileVector()
    {
        // Spec 11.12: sk = 01 x 32 with pk = pubkey(02 x 32).
        auto sk = PrivateKey::fromBytes(bytesOf(32, 0x01));
        auto other = PrivateKey::fromBytes(bytesOf(32, 0x02));
        QVERIFY(sk.ok() && other.ok());
        QCOMPARE(other->publicKey().compressed().hex(false),
                 std::string("024d4b6cd1361032ca9bd2aeb9d900aa4d45d9ead80ac9423374c451a7254d0766"));
        QCOMPARE(hexOf(requestKey(*sk, other->publicKey())),
                 std::string("79e77875850a421a0d43b1dac3e661fb164adad790f2258ea157339023829192"));
    }

    void aesGcmKnownAnswer()
    {
        // Spec 11.2 (and the AES precompile vector of 11.12).
        const Bytes key = bytesOf(32, 0);
        const Bytes nonce = bytesOf(12, 0);
        auto sealed = aesGcmEncrypt(key, nonce, asBytes("HelloAESGCM"));
        QVERIFY(sealed.ok());
        QCOMPARE(hexOf(*sealed),
                 std::string("86c22c5122212e3d400d886f80dfcfcbacb96cbc815db886e1a6cd"));
        auto opened = aesGcmDecrypt(key, nonce, *sealed);
        QVERIFY(opened.ok());
        QCOMPARE(std::string(opened->begin(), opened->end()), std::string("HelloAESGCM"));
    }

    void aesGcmEmptyRule()
    {
        const Bytes key = bytesOf(32, 0);
        const Bytes nonce = bytesOf(12, 0);
        auto sealed = aesGcmEncrypt(key, nonce, {});
        QVERIFY(sealed.ok());
        QVERIFY(sealed->empty());
        auto sealedWithAad = aesGcmEncrypt(key, nonce, {}, asBytes("aad"));
        QVERIFY(sealedWithAad.ok() && sealedWithAad->empty());
        auto opened = aesGcmDecrypt(key, nonce, {}, asBytes("any aad"));
        QVERIFY(opened.ok());
        QVERIFY(opened->empty());
        // The empty rule does not bypass parameter checks.
        QCOMPARE(aesGcmEncrypt(bytesOf(16, 0), nonce, {}).error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(aesGcmDecrypt(key, bytesOf(8, 0), {}).error().kind, ErrorKind::InvalidArgument);
    }

    void aesGcmRoundTrips()
    {
        // Spec 11.2 behaviour.
        const Bytes key1 = bytesOf(32, 0x01);
        const Bytes nonce1 = bytesOf(12, 0x02);
        auto sealed = aesGcmEncrypt(key1, nonce1, asBytes("some secret data"));
        QVERIFY(sealed.ok());
        QCOMPARE(sealed->size(), std::size_t(16 + 16));
        QCOMPARE(*aesGcmDecrypt(key1, nonce1, *sealed), toBytes(asBytes("some secret data")));

        const Bytes key2 = bytesOf(32, 0xaa);
        const Bytes nonce2 = bytesOf(12, 0xbb);
        auto withAad =
            aesGcmEncrypt(key2, nonce2, asBytes("authenticated data"), asBytes("extra context"));
        QVERIFY(withAad.ok());
        QCOMPARE(*aesGcmDecrypt(key2, nonce2, *withAad, asBytes("extra context")),
                 toBytes(asBytes("authenticated data")));
        // Missing AAD is not the same as the right AAD.
        QCOMPARE(aesGcmDecrypt(key2, nonce2, *withAad).error().kind, ErrorKind::Decryption);

        // Large inputs (several blocks, unaligned).
        Bytes large(100003);
        fillRandom(large);
        auto sealedLarge = aesGcmEncrypt(key1, nonce1, large, large);
        QVERIFY(sealedLarge.ok());
        QCOMPARE(*aesGcmDecrypt(key1, nonce1, *sealedLarge, large), large);
    }

    void aesGcmRejectsTampering()
    {
        const Bytes key = bytesOf(32, 0xcc);
        const Bytes nonce = bytesOf(12, 0xdd);
        const auto plaintext = asBytes("tamper target");
        const Bytes sealed = *aesGcmEncrypt(key, nonce, plaintext, asBytes("correct"));

        auto expectDecryptionError = [&](ByteView k, ByteView n, ByteView data, ByteView aad) {
            auto opened = aesGcmDecrypt(k, n, data, aad);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().kind, ErrorKind::Decryption);
        };
        expectDecryptionError(key, nonce, sealed, asBytes("wrong"));
        Bytes otherKey = key;
        otherKey[31] ^= 1;
        expectDecryptionError(otherKey, nonce, sealed, asBytes("correct"));
        Bytes otherNonce = nonce;
        otherNonce[0] ^= 1;
        expectDecryptionError(key, otherNonce, sealed, asBytes("correct"));
        Bytes badTag = sealed;
        badTag.back() ^= 0x80;
        expectDecryptionError(key, nonce, badTag, asBytes("correct"));
        Bytes badBody = sealed;
        badBody[0] ^= 0x01;
        expectDecryptionError(key, nonce, badBody, asBytes("correct"));
        // Truncations: one byte short, tag only (body lost), shorter than a tag.
        expectDecryptionError(key, nonce, ByteView(sealed).first(sealed.size() - 1),
                              asBytes("correct"));
        expectDecryptionError(key, nonce, ByteView(sealed).last(16), asBytes("correct"));
        auto tooShort = aesGcmDecrypt(key, nonce, ByteView(sealed).first(15), asBytes("correct"));
        QCOMPARE(tooShort.error().kind, ErrorKind::Decryption);
        QVERIFY(tooShort.error().message.find("shorter than the 16-byte tag") != std::string::npos);
    }

    void aesGcmRejectsBadSizes()
    {
        const Bytes nonce = bytesOf(12, 0);
        for (std::size_t size : {0, 16, 24, 31, 33}) {
            auto sealed = aesGcmEncrypt(bytesOf(size, 1), nonce, asBytes("x"));
            QCOMPARE(sealed.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(sealed.error().message,
                     "AES-256-GCM key must be 32 bytes, got " + std::to_string(size));
            QCOMPARE(aesGcmDecrypt(bytesOf(size, 1), nonce, bytesOf(20, 0)).error().kind,
                     ErrorKind::InvalidArgument);
        }
        for (std::size_t size : {0, 8, 11, 13, 16}) {
            auto sealed = aesGcmEncrypt(bytesOf(32, 1), bytesOf(size, 0), asBytes("x"));
            QCOMPARE(sealed.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(sealed.error().message,
                     "AES-GCM nonce must be 12 bytes, got " + std::to_string(size));
        }
    }

    void calldataCiphertexts()
    {
        // Spec 11.5: the client key 311d54… encrypts "to itself" (its public key is the network
        // key), so ECDH + HKDF give request key 6a01280c…; the four AADs give the four tags.
        auto client =
            PrivateKey::fromHex("311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505");
        auto network = PublicKey::fromHex(
            "028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0");
        QVERIFY(client.ok() && network.ok());
        const Bytes key = requestKey(*client, *network);
        QCOMPARE(hexOf(key),
                 std::string("6a01280c291b984e8fd40183f964e9cb0e0d5dde8127ab66e75caa6f278068cf"));

        const Bytes nonce = hex("46a2b6020bba77fcb1e676a6");
        const Bytes plaintext =
            hex("fc3c2cf4943c327f19af0efaf3b07201f608dd5c8e3954399a919b72588d3872b6819ac3d13d3656cb"
                "b38833a39ffd1e73963196a1ddfa9e4a5d595fdbebb875");
        const std::string body =
            "bf645e68de8096b62950fac2d5bceb71ab1a085aed2e973a8b4f961ca77209f99116130edecd27c39fc62e"
            "1b3c05ff42d9e4382f987fc55c2011f8e4f2e66204";
        const std::string aadPrefix = "f88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266";
        const std::string aadMiddle =
            "0294d3e8763675e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd30223ca"
            "971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e676a6";
        const std::string aadSuffix =
            "a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f906480";
        struct Case
        {
            Bytes aad;
            std::string tag;
        };
        const Case cases[] = {
            {hex(aadPrefix + "827a69" + aadMiddle + "80" + aadSuffix),
             "e17174e9d2756bb20f4cdfe48bd5d237"},
            {hex(aadPrefix + "827a69" + aadMiddle + "02" + aadSuffix),
             "5c27cf78e5c395d6d53d08d452d6dc38"},
            {hex(aadPrefix + "821404" + aadMiddle + "02" + aadSuffix),
             "62173f479fc03f28c1b7f00e8f75df88"},
            {Bytes{}, "45f4c0de48a4dc9a50fbd16cbbc6f5bb"},
        };
        for (const Case& c : cases) {
            auto sealed = aesGcmEncrypt(key, nonce, plaintext, c.aad);
            QVERIFY(sealed.ok());
            QCOMPARE(hexOf(*sealed), body + c.tag);
            QCOMPARE(*aesGcmDecrypt(key, nonce, *sealed, c.aad), plaintext);
        }
        // The first AAD is the spec's literal one.
        QCOMPARE(hexOf(cases[0].aad),
                 std::string("f88994f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675"
                             "e4c425df46cc3b5c0f6cbdac39604687038d7ea4c68000a1028e76821eb4d77fd302"
                             "23ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2b6020bba77fcb1e6"
                             "76a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c23"
                             "9f906480"));
    }

    void signedReadResponses()
    {
        // Spec 11.7: the node answers with the response key, the request's nonce and AAD.
        const Bytes requestKeyBytes =
            hex("bf0dd6556618d1bf8d1602bf80be3a0f7cc729973829bb9acb75bd77770d5b90");
        const Bytes responseKey =
            hex("974b310e3990d555da33e2b0c1dc6036a9709400ec992dbfc9330cc00e673144");
        const Bytes nonce = hex("46a2b6020bba77fcb1e676a6");
        const Bytes aad = hex(
            "f88294f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a690294d3e8763675e4c425df46cc3b5c0f6c"
            "bdac39604680a1025f210a5daaca346fa1fd8d6ea36e813e756ea34659fe42c757de4e6ed1d0903c8c46a2"
            "b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f"
            "906401");
        QCOMPARE(hexOf(*aesGcmEncrypt(requestKeyBytes, nonce, hex("43bd0d70"), aad)),
                 std::string("c6118324911ff70af6042fefc739f8f09ac9437d"));
        const Bytes result = hex("bcb732f978ee2e67402ee18f06bfa166f833e7d67996a9cc8d605bcf23aac4cb"
                                 "255d5554b6a9d76cc4426405da15c0a4");
        auto opened = aesGcmDecrypt(responseKey, nonce, result, aad);
        QVERIFY(opened.ok());
        QCOMPARE(hexOf(*opened),
                 std::string("0000000000000000000000000000000000000000000000000000000000000001"));
        QCOMPARE(aesGcmDecrypt(requestKeyBytes, nonce, result, aad).error().kind,
                 ErrorKind::Decryption);
    }

    void directionalRoundTrip()
    {
        // Spec 11.8.
        const Bytes requestKeyBytes =
            hex("bf0dd6556618d1bf8d1602bf80be3a0f7cc729973829bb9acb75bd77770d5b90");
        const Bytes responseKey =
            hex("974b310e3990d555da33e2b0c1dc6036a9709400ec992dbfc9330cc00e673144");
        const Bytes nonce = hex("46a2b6020bba77fcb1e676a6");
        const Bytes aad = hex(
            "f88294f39fd6e51aad88f6f4ce6ab8827279cfffb92266827a698094d3e8763675e4c425df46cc3b5c0f6c"
            "bdac39604680a1028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a08c46a2"
            "b6020bba77fcb1e676a680a0934207181885f6859ca848f5f01091d1957444a920a2bfb262fa043c6c239f"
            "906480");
        QCOMPARE(hexOf(*aesGcmEncrypt(requestKeyBytes, nonce, asBytes("request data"), aad)),
                 std::string("f7c9ff21c2c76a4a7c96f55c03cb0d2ca63f1d0ebb121be63a771f82"));
        QCOMPARE(hexOf(*aesGcmEncrypt(responseKey, nonce, asBytes("response data"), aad)),
                 std::string("ced2418917805d02604a80fb67593e3ec6f6a70cf67689de2aef1e7e7c"));
    }

    void src20AmountCiphertexts()
    {
        // Spec 11.9: the 32-byte amount word, no AAD; encryptedAmount = ciphertext || tag || nonce.
        struct Case
        {
            Bytes key;
            Bytes nonce;
            std::uint64_t amount;
            std::string sealed;
        };
        const Case cases[] = {
            {bytesOf(32, 0xab), bytesOf(12, 0x01), 1000,
             "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa0282a212582dedcb67dffd08f"
             "71582955cb7"},
            {bytesOf(32, 0x00), hex("00000000000000000000002a"), 1000000,
             "b926c4c80ca29ebe08436e64e477b4dd0cc9a6a1312228c9e495f2aefd6e70331d1babc5d9de6ff73db84"
             "3da03376035"},
        };
        for (const Case& c : cases) {
            Bytes word(32, 0);
            for (int i = 0; i < 8; ++i)
                word[31 - i] = static_cast<std::uint8_t>(c.amount >> (8 * i));
            QCOMPARE(hexOf(*aesGcmEncrypt(c.key, c.nonce, word)), c.sealed);
        }
    }
};

QTEST_APPLESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
