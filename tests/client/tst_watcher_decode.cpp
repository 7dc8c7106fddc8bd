// SPDX-License-Identifier: MIT
// Transfer decoding without a node: SRC20 amounts decrypted to the spec 11.9 vectors, keyless
// parties, foreign and wrong keys, ERC20 plain amounts, approvals, directions, malformed logs;
// the deduplicator's verdicts; token specs and the filters the options produce.
#include "TestSupport.h"
#include "client/TokenSpec.h"
#include "client/TransferDeduplicator.h"
#include "client/TransferLogDecoder.h"
#include "client/TransferWatchOptions.h"
#include "core/Keccak.h"
#include "seismic/Src20Amount.h"

#include <QTest>

using namespace seismic;
using namespace seismic::client;
using testing::hex;

namespace {

constexpr std::string_view kPayload1000 =
    "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa02"
    "82a212582dedcb67dffd08f71582955cb7010101010101010101010101";
constexpr std::string_view kPayload500 =
    "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa00"
    "9e6f2a8edfd59d17273e3dbc7a65809fad010101010101010101010101";
constexpr std::string_view kPayload42000 =
    "2df5b12049c2d8a2cebd7d38b6d862c94864cfd98455014dfd6a6aad5dfa"
    "a57aeb2f7bd907727ee3cf7890097a2909c5010101010101010101010101";
constexpr std::string_view kKeyHashAb =
    "7d3a608bb850f47c2d77d6be73b8f93c94a80264b7bb3cc5c7d2fb54d07ef6b9";

SymmetricKey key(std::uint8_t fill)
{
    return *SymmetricKey::fromBytes(Bytes(32, fill));
}

Address address(std::string_view text)
{
    return *Address::parse(text);
}

const Address kToken = address("0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9");
const Address kAlice = address("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const Address kBob = address("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

Hash hash(std::string_view text)
{
    return *Hash::fromHex(text);
}

// ABI encoding of one `bytes`.
Bytes encodedBytes(ByteView payload)
{
    Bytes data = toWord(Uint256(32)).toBytes();
    append(data, toWord(Uint256(payload.size())).view());
    append(data, payload);
    data.resize(64 + (payload.size() + 31) / 32 * 32, 0);
    return data;
}

rpc::Log baseLog(std::vector<Hash> topics, Bytes data)
{
    rpc::Log log;
    log.address = kToken;
    log.topics = std::move(topics);
    log.data = std::move(data);
    log.blockNumber = 42;
    log.blockHash = keccak256(asBytes("block 42"));
    log.transactionHash = keccak256(asBytes("tx"));
    log.transactionIndex = 3;
    log.logIndex = 7;
    log.blockTimestamp = 1'700'000'000;
    return log;
}

rpc::Log src20Log(const Address& from, const Address& to, const Hash& keyHash, ByteView payload,
                  const Hash& signature = src20TransferTopic())
{
    return baseLog({signature, addressTopic(from), addressTopic(to), keyHash},
                   encodedBytes(payload));
}

rpc::Log erc20Log(const Address& from, const Address& to, const Uint256& amount,
                  const Hash& signature = erc20TransferTopic())
{
    return baseLog({signature, addressTopic(from), addressTopic(to)}, toWord(amount).toBytes());
}

TransferLogDecoder decoderWith(std::initializer_list<std::uint8_t> keys)
{
    TransferLogDecoder decoder;
    for (auto fill : keys)
        decoder.addViewingKey(key(fill));
    return decoder;
}

// The event a log decodes to; fails the test (returning an empty event) otherwise.
TransferEvent decoded(const TransferLogDecoder& decoder, const rpc::Log& log)
{
    auto result = decoder.decode(log);
    if (!result || !*result) {
        QTest::qFail(result ? "not decoded as a transfer" : result.error().message.c_str(),
                     __FILE__, __LINE__);
        return {};
    }
    return **result;
}

TransferEvent eventAt(std::uint64_t block, std::uint8_t tx, std::uint64_t logIndex,
                      std::uint8_t blockVariant = 0, bool removed = false)
{
    TransferEvent event;
    event.blockNumber = block;
    event.blockHash.bytes.fill(blockVariant);
    event.blockHash.bytes[0] = static_cast<std::uint8_t>(block);
    event.transactionHash.bytes.fill(tx);
    event.logIndex = logIndex;
    event.removed = removed;
    return event;
}

} // namespace

class WatcherDecodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventTopicsMatchTheSpec()
    {
        QCOMPARE(src20TransferTopic().hex(false),
                 "80ffa007a69623ef13594f5e8178eee6c4ef2d0cba74c08329e879f695b7d3f6");
        QCOMPARE(src20ApprovalTopic().hex(false),
                 "8ef65e17890b61a4796f8848475471f8895cd361b1de7e7260a6800ba0623f40");
        QCOMPARE(erc20TransferTopic().hex(false),
                 "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
        QCOMPARE(erc20ApprovalTopic().hex(false),
                 "8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925");
        QCOMPARE(addressTopic(kAlice).hex(false),
                 "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8");
    }

    void src20AmountsDecrypt_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("amount");
        QTest::newRow("1000") << QString::fromLatin1(kPayload1000.data(), kPayload1000.size())
                              << 1000;
        QTest::newRow("500") << QString::fromLatin1(kPayload500.data(), kPayload500.size()) << 500;
        QTest::newRow("42000") << QString::fromLatin1(kPayload42000.data(), kPayload42000.size())
                               << 42000;
    }

    void src20AmountsDecrypt()
    {
        QFETCH(QString, payload);
        QFETCH(int, amount);
        const auto decoder = decoderWith({0xab});
        QCOMPARE(decoder.keyHashes().size(), 1u);
        QCOMPARE(decoder.keyHashes().front().hex(false), std::string(kKeyHashAb));
        const Bytes raw = hex(payload.toStdString());
        const auto log = src20Log(kAlice, kBob, hash(kKeyHashAb), raw);

        const auto event = decoded(decoder, log);
        QCOMPARE(event.tokenKind, TokenKind::Src20);
        QCOMPARE(event.kind, TransferEventKind::Transfer);
        QCOMPARE(event.amountStatus, AmountStatus::Decrypted);
        QVERIFY(event.amount);
        QCOMPARE(*event.amount, Uint256(amount));
        QVERIFY(!event.amountError);
        QCOMPARE(event.token, kToken);
        QCOMPARE(event.from, kAlice);
        QCOMPARE(event.to, kBob);
        QCOMPARE(event.encryptKeyHash, hash(kKeyHashAb));
        QCOMPARE(event.encryptedAmount, raw);
        QCOMPARE(event.blockNumber, 42u);
        QCOMPARE(event.blockHash, *log.blockHash);
        QCOMPARE(event.transactionHash, *log.transactionHash);
        QCOMPARE(event.logIndex, 7u);
        QCOMPARE(event.blockTimestamp, std::optional<std::uint64_t>(1'700'000'000));
        QVERIFY(!event.removed);
        QCOMPARE(event.direction, TransferDirection::Unknown);

        // Taking the log over reuses its buffer and gives the same event.
        auto owned = log;
        auto moved = decoder.decode(std::move(owned));
        QVERIFY(moved && *moved);
        QCOMPARE((*moved)->encryptedAmount, raw);
        QCOMPARE(*(*moved)->amount, Uint256(amount));
    }

    void keylessPartyHasNoKey()
    {
        // A party without a registered key: zero topic 3 and an empty payload (spec 8.3, 8.4).
        const auto decoder = decoderWith({0xab});
        const auto event = decoded(decoder, src20Log(Address(), kBob, Hash(), {}));
        QCOMPARE(event.amountStatus, AmountStatus::NoKey);
        QVERIFY(!event.amount);
        QVERIFY(!event.amountError);
        QVERIFY(event.encryptedAmount.empty());
        QVERIFY(event.from.isZero()); // a mint
        // A payload no longer than a nonce cannot hold an amount either.
        const auto shortPayload =
            decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), Bytes(12, 1)));
        QCOMPARE(shortPayload.amountStatus, AmountStatus::NoKey);
    }

    void wrongKeyIsDeliveredUndecryptable()
    {
        // Topic 3 says our key, the payload was made under another one.
        const auto payload =
            encryptSrc20Amount(Uint256(1000), key(0xaa), *EncryptionNonce::fromView(Bytes(12, 1)));
        const auto decoder = decoderWith({0xab});
        const auto event = decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), payload));
        QCOMPARE(event.amountStatus, AmountStatus::Undecryptable);
        QVERIFY(!event.amount);
        QVERIFY(event.amountError);
        QCOMPARE(event.amountError->kind, ErrorKind::Decryption);
        QCOMPARE(event.encryptedAmount, payload);

        // Tampered ciphertext, and a payload too short for a tag: undecryptable as well.
        Bytes tampered = hex(kPayload1000);
        tampered[3] ^= 1;
        QCOMPARE(decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), tampered)).amountStatus,
                 AmountStatus::Undecryptable);
        const auto truncated =
            decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), Bytes(20, 7)));
        QCOMPARE(truncated.amountStatus, AmountStatus::Undecryptable);
        QCOMPARE(truncated.amountError->kind, ErrorKind::Decode);
    }

    void foreignKeyIsNotAttempted()
    {
        const auto decoder = decoderWith({0xaa});
        const auto event =
            decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), hex(kPayload1000)));
        QCOMPARE(event.amountStatus, AmountStatus::ForeignKey);
        QVERIFY(!event.amount);
        QVERIFY(!event.amountError);
        QCOMPARE(event.encryptKeyHash, hash(kKeyHashAb));
    }

    void severalViewingKeys()
    {
        const auto decoder = decoderWith({0xaa, 0xab, 0xab});
        QCOMPARE(decoder.keyHashes().size(), 2u); // the same key once
        const auto underAb =
            decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb), hex(kPayload42000)));
        QCOMPARE(*underAb.amount, Uint256(42000));
        const auto payloadAa =
            encryptSrc20Amount(Uint256(77), key(0xaa), *EncryptionNonce::fromView(Bytes(12, 9)));
        const auto underAa =
            decoded(decoder, src20Log(kAlice, kBob, viewingKeyHash(key(0xaa)), payloadAa));
        QCOMPARE(*underAa.amount, Uint256(77));
    }

    void erc20AmountsArePlain()
    {
        const auto decoder = decoderWith({});
        const Uint256 amount("1000000000000000000000000");
        const auto event = decoded(decoder, erc20Log(kAlice, kBob, amount));
        QCOMPARE(event.tokenKind, TokenKind::Erc20);
        QCOMPARE(event.kind, TransferEventKind::Transfer);
        QCOMPARE(event.amountStatus, AmountStatus::Plain);
        QCOMPARE(*event.amount, amount);
        QVERIFY(event.encryptKeyHash.isZero());
        QVERIFY(event.encryptedAmount.empty());
    }

    void approvals()
    {
        const auto decoder = decoderWith({0xab});
        const auto src20 = decoded(decoder, src20Log(kAlice, kBob, hash(kKeyHashAb),
                                                     hex(kPayload500), src20ApprovalTopic()));
        QCOMPARE(src20.kind, TransferEventKind::Approval);
        QCOMPARE(src20.tokenKind, TokenKind::Src20);
        QCOMPARE(*src20.amount, Uint256(500));
        const auto erc20 = decoded(decoder, erc20Log(kAlice, kBob, 5, erc20ApprovalTopic()));
        QCOMPARE(erc20.kind, TransferEventKind::Approval);
        QCOMPARE(erc20.tokenKind, TokenKind::Erc20);
        QCOMPARE(erc20.from, kAlice); // the owner
        QCOMPARE(erc20.to, kBob);     // the spender
    }

    void otherLogsAreNotTransfers()
    {
        const auto decoder = decoderWith({0xab});
        // ERC-721 Transfer: same signature, token id indexed as a fourth topic, no data.
        auto nft = erc20Log(kAlice, kBob, 0);
        nft.topics.push_back(toWord(Uint256(5)));
        nft.data.clear();
        auto result = decoder.decode(nft);
        QVERIFY(result && !*result);
        // Another event, and an anonymous one.
        auto other = erc20Log(kAlice, kBob, 1);
        other.topics[0] = keccak256(asBytes("KeySet(address)"));
        result = decoder.decode(other);
        QVERIFY(result && !*result);
        other.topics.clear();
        result = decoder.decode(other);
        QVERIFY(result && !*result);
    }

    void malformedLogsAreErrors_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<QString>("reason");
        QTest::newRow("src20 with 3 topics") << 0 << "has 3 topics, expected 4";
        QTest::newRow("erc20 with 2 topics") << 1 << "has 2 topics, expected 3";
        QTest::newRow("erc20 data of 31 bytes") << 2 << "31 bytes of data, expected 32";
        QTest::newRow("erc20 data of 64 bytes") << 3 << "64 bytes of data, expected 32";
        QTest::newRow("src20 data too short") << 4 << "too short for an encoded bytes";
        QTest::newRow("src20 offset out of range") << 5 << "out-of-range offset";
        QTest::newRow("src20 huge offset") << 6 << "out-of-range offset";
        QTest::newRow("src20 length past the end") << 7 << "runs past the end";
        QTest::newRow("topic 1 not an address") << 8 << "topic 1 is not an address";
        QTest::newRow("topic 2 not an address") << 9 << "topic 2 is not an address";
        QTest::newRow("pending log") << 10 << "a pending log";
    }

    void malformedLogsAreErrors()
    {
        QFETCH(int, variant);
        QFETCH(QString, reason);
        const auto decoder = decoderWith({0xab});
        auto log = src20Log(kAlice, kBob, hash(kKeyHashAb), hex(kPayload1000));
        switch (variant) {
        case 0:
            log.topics.pop_back();
            break;
        case 1:
            log = erc20Log(kAlice, kBob, 1);
            log.topics.pop_back();
            break;
        case 2:
            log = erc20Log(kAlice, kBob, 1);
            log.data.pop_back();
            break;
        case 3:
            log = erc20Log(kAlice, kBob, 1);
            append(log.data, toWord(Uint256(1)).view());
            break;
        case 4:
            log.data.resize(63);
            break;
        case 5:
            log.data[31] = static_cast<std::uint8_t>(log.data.size() - 16); // offset at the end
            break;
        case 6:
            log.data[0] = 1; // offset beyond 2^64
            break;
        case 7:
            log.data[63] = 61; // one byte more than the 60 present... and the padding
            log.data[62] = 1;  // (length 317)
            break;
        case 8:
            log.topics[1].bytes[0] = 1;
            break;
        case 9:
            log.topics[2].bytes[11] = 1;
            break;
        case 10:
            log.blockNumber.reset();
            log.blockHash.reset();
            break;
        }
        const auto result = decoder.decode(log);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ErrorKind::Decode);
        QVERIFY2(QString::fromStdString(result.error().message).contains(reason),
                 result.error().message.c_str());
        // The log is named, the key never.
        QVERIFY(QString::fromStdString(result.error().message).contains("of 0x"));
        QVERIFY(!QString::fromStdString(result.error().message).contains(QString(64, 'b')));
    }

    void directionRelativeToAccounts()
    {
        auto decoder = decoderWith({});
        const auto carol = address("0x90f79bf6eb2c4f870365e785982e1f101e93b906");
        QCOMPARE(decoded(decoder, erc20Log(kAlice, kBob, 1)).direction, TransferDirection::Unknown);
        decoder.setAccounts({kAlice});
        QCOMPARE(decoded(decoder, erc20Log(kAlice, kBob, 1)).direction,
                 TransferDirection::Outgoing);
        QCOMPARE(decoded(decoder, erc20Log(kBob, kAlice, 1)).direction,
                 TransferDirection::Incoming);
        QCOMPARE(decoded(decoder, erc20Log(kAlice, kAlice, 1)).direction, TransferDirection::Self);
        QCOMPARE(decoded(decoder, erc20Log(kBob, carol, 1)).direction, TransferDirection::Other);
        decoder.setAccounts({kAlice, kBob});
        QCOMPARE(decoded(decoder, erc20Log(kAlice, kBob, 1)).direction, TransferDirection::Self);
        QCOMPARE(transferDirectionName(TransferDirection::Incoming), "incoming");
        QCOMPARE(amountStatusName(AmountStatus::ForeignKey), "foreign-key");
    }

    void removedLogsKeepTheirFlag()
    {
        auto log = erc20Log(kAlice, kBob, 9);
        log.removed = true;
        QVERIFY(decoded(decoderWith({}), log).removed);
    }

    void deduplicatorVerdicts()
    {
        using Verdict = TransferDeduplicator::Verdict;
        TransferDeduplicator dedupe;
        QCOMPARE(dedupe.admit(eventAt(10, 1, 0)).verdict, Verdict::Deliver);
        QCOMPARE(dedupe.admit(eventAt(10, 1, 1)).verdict, Verdict::Deliver);
        QCOMPARE(dedupe.admit(eventAt(10, 1, 0)).verdict, Verdict::Duplicate);
        QCOMPARE(dedupe.admit(eventAt(11, 2, 0)).verdict, Verdict::Deliver);
        QCOMPARE(dedupe.size(), 3u);

        // A removal of what was delivered passes once and frees the key: re-inclusion is new.
        QCOMPARE(dedupe.admit(eventAt(11, 2, 0, 0, true)).verdict, Verdict::Remove);
        QCOMPARE(dedupe.admit(eventAt(11, 2, 0, 0, true)).verdict, Verdict::Ignore);
        QCOMPARE(dedupe.admit(eventAt(11, 2, 0, 1)).verdict, Verdict::Deliver);
        // A removal of a version never delivered (other block hash), or of an unknown log.
        QCOMPARE(dedupe.admit(eventAt(11, 2, 0, 0, true)).verdict, Verdict::Ignore);
        QCOMPARE(dedupe.admit(eventAt(12, 9, 0, 0, true)).verdict, Verdict::Ignore);

        // Seen again in another block without a removal: the old one goes, the new one comes.
        const auto moved = dedupe.admit(eventAt(13, 1, 0, 5));
        QCOMPARE(moved.verdict, Verdict::Moved);
        QCOMPARE(moved.previousBlockNumber, 10u);
        QCOMPARE(moved.previousBlockHash, eventAt(10, 1, 0).blockHash);
        QCOMPARE(dedupe.admit(eventAt(13, 1, 0, 5)).verdict, Verdict::Duplicate);

        // Forgetting keeps memory bounded; removals below the horizon cannot be judged and pass.
        dedupe.forget(12);
        QCOMPARE(dedupe.forgottenBelow(), 12u);
        QCOMPARE(dedupe.size(), 1u); // only block 13's
        QCOMPARE(dedupe.admit(eventAt(10, 1, 1, 0, true)).verdict, Verdict::Remove);
        QCOMPARE(dedupe.admit(eventAt(13, 1, 0, 5)).verdict, Verdict::Duplicate);
        dedupe.forget(5); // never backwards
        QCOMPARE(dedupe.forgottenBelow(), 12u);
    }

    void deduplicatorWithdrawsOrphanedBlocks()
    {
        using Verdict = TransferDeduplicator::Verdict;
        TransferDeduplicator dedupe;
        for (std::uint8_t block = 10; block <= 13; ++block) {
            QCOMPARE(dedupe.admit(eventAt(block, block, 1)).verdict, Verdict::Deliver);
            QCOMPARE(dedupe.admit(eventAt(block, block, 0)).verdict, Verdict::Deliver);
        }
        // Moved from 12 to 14 without a removal: withdrawn once, from where it is now.
        QCOMPARE(dedupe.admit(eventAt(14, 12, 0, 1)).verdict, Verdict::Moved);

        const auto removals = dedupe.withdrawAbove(11);
        QCOMPARE(removals.size(), 4u);
        const std::vector<std::pair<std::uint64_t, std::uint64_t>> expected = {
            {12, 1}, {13, 0}, {13, 1}, {14, 0}}; // chain order
        for (std::size_t i = 0; i < removals.size(); ++i) {
            QVERIFY(removals[i].removed);
            QCOMPARE(std::pair(removals[i].blockNumber, removals[i].logIndex), expected[i]);
        }
        QCOMPARE(removals[3].blockHash, eventAt(14, 12, 0, 1).blockHash);
        QCOMPARE(dedupe.size(), 4u);
        // The keys are free: re-included logs are new; what stayed is still known.
        QCOMPARE(dedupe.admit(eventAt(12, 13, 0, 2)).verdict, Verdict::Deliver);
        QCOMPARE(dedupe.admit(eventAt(11, 11, 0)).verdict, Verdict::Duplicate);
        QVERIFY(dedupe.withdrawAbove(20).empty());
    }

    void tokenSpecs()
    {
        auto spec = TokenSpec::parse("src20:0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");
        QVERIFY(spec);
        QCOMPARE(spec->kind, TokenKind::Src20);
        QCOMPARE(*spec->address, kToken);
        QCOMPARE(spec->toString(), "src20:0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9");
        spec = TokenSpec::parse("ERC20:*");
        QVERIFY(spec);
        QCOMPARE(*spec, TokenSpec::anyErc20());
        QVERIFY(spec->isAnyContract());
        QCOMPARE(spec->toString(), "erc20:*");
        QCOMPARE(*TokenSpec::parse(TokenSpec::src20(kToken).toString()), TokenSpec::src20(kToken));

        for (const char* bad : {"", "src20", "erc721:*", "src20:0x1234",
                                "erc20:", "src20:0xCF7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9"}) {
            const auto refused = TokenSpec::parse(bad);
            QVERIFY2(!refused, bad);
            QCOMPARE(refused.error().kind, ErrorKind::InvalidArgument);
        }
    }

    void optionsMakeFilters()
    {
        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(kToken)};
        options.viewingKeys = {key(0xab), key(0xaa), key(0xab)};
        auto filters = options.filters();
        QVERIFY(filters);
        QCOMPARE(filters->size(), 1u);
        const auto& src20 = filters->front();
        QCOMPARE(src20.addresses, std::vector<Address>{kToken});
        QCOMPARE(src20.topics.size(), 4u);
        QCOMPARE(*src20.topics[0], std::vector<Hash>{src20TransferTopic()});
        QVERIFY(!src20.topics[1] && !src20.topics[2]);
        QCOMPARE(*src20.topics[3],
                 (std::vector<Hash>{hash(kKeyHashAb), viewingKeyHash(key(0xaa))}));

        // A monitor of every SRC20 contract, with approvals, plus every ERC20 contract.
        options.allSrc20Events = true;
        options.includeApprovals = true;
        options.tokens = {TokenSpec::src20(kToken), TokenSpec::anySrc20(), TokenSpec::anyErc20()};
        filters = options.filters();
        QVERIFY(filters);
        QCOMPARE(filters->size(), 2u);
        QVERIFY((*filters)[0].addresses.empty());
        QCOMPARE(*(*filters)[0].topics[0],
                 (std::vector<Hash>{src20TransferTopic(), src20ApprovalTopic()}));
        QVERIFY(!(*filters)[0].topics[3]);
        QVERIFY((*filters)[1].addresses.empty());
        QCOMPARE((*filters)[1].topics.size(), 3u);
        QCOMPARE(*(*filters)[1].topics[0],
                 (std::vector<Hash>{erc20TransferTopic(), erc20ApprovalTopic()}));

        // Parties: from one of them, or to one of them.
        TransferWatchOptions parties;
        parties.tokens = {TokenSpec::erc20(kToken), TokenSpec::erc20(kToken)};
        parties.parties = {kAlice, kBob};
        filters = parties.filters();
        QVERIFY(filters);
        QCOMPARE(filters->size(), 2u);
        QCOMPARE((*filters)[0].addresses, std::vector<Address>{kToken});
        const std::vector<Hash> partyTopics{addressTopic(kAlice), addressTopic(kBob)};
        QCOMPARE(*(*filters)[0].topics[1], partyTopics);
        QVERIFY(!(*filters)[0].topics[2]);
        QCOMPARE(*(*filters)[1].topics[2], partyTopics);
        QVERIFY(!(*filters)[1].topics[1]);
    }

    void unusableOptionsAreRefused()
    {
        TransferWatchOptions options;
        QCOMPARE(options.filters().error().kind, ErrorKind::InvalidArgument); // no token
        options.tokens = {TokenSpec::anySrc20()};
        QVERIFY(QString::fromStdString(options.validate().error().message)
                    .contains("needs a viewing key"));
        options.allSrc20Events = true;
        QVERIFY(options.validate());
        options.maxBlockRange = 0;
        QVERIFY(!options.validate());
        options.maxBlockRange = 10;
        options.pollInterval = std::chrono::milliseconds(0);
        QVERIFY(!options.validate());
    }
};

QTEST_APPLESS_MAIN(WatcherDecodeTest)
#include "tst_watcher_decode.moc"
