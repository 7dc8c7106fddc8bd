// SPDX-License-Identifier: MIT
// One Transfer per transfer without a node: the standard library's SRC20 fan-out (providers,
// sender, recipient) decoded from hand-built logs and grouped, as the sender, the recipient, a
// provider and a stranger see it; keyless parties, mints and burns, ERC20 transfers, several
// identical transfers in one transaction, partial and malformed fan-outs, a fan-out split
// between two batches, and reorg removals, directly and through a TransferWatcher.
#include "TestSupport.h"
#include "client/TransferGrouper.h"
#include "client/TransferLogDecoder.h"
#include "client/TransferWatcher.h"
#include "client/support/WatcherChain.h"
#include "core/Keccak.h"
#include "rpc/MockTransport.h"
#include "rpc/RpcClient.h"
#include "seismic/Src20Amount.h"

#include <QTest>

#include <map>
#include <set>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;

namespace {

Address address(std::string_view text)
{
    return *Address::parse(text);
}

const Address kToken = address("0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9");
const Address kErc20 = address("0xdc64a140aa3e981100a9beca4e685f962f0cf6c9");
const Address kAlice = address("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const Address kBob = address("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const Address kZero;

SymmetricKey key(std::uint8_t fill)
{
    return *SymmetricKey::fromBytes(Bytes(32, fill));
}

// Viewing keys: two providers, the sender (alice), the recipient (bob), a stranger.
constexpr std::uint8_t kProvider1 = 0x01;
constexpr std::uint8_t kProvider2 = 0x02;
constexpr std::uint8_t kAliceKey = 0xa1;
constexpr std::uint8_t kBobKey = 0xb0;
constexpr std::uint8_t kStranger = 0x5e;

Hash hashOf(std::string_view text)
{
    return keccak256(ByteView(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

// The log a party's event carries: under its key, or keyless (zero topic, empty payload).
QJsonObject src20Log(const Address& from, const Address& to, std::optional<std::uint8_t> party,
                     std::uint64_t amount)
{
    if (!party)
        return testing::src20TransferJson(kToken, from, to, Hash{}, {});
    Bytes nonce(12, *party);
    const auto payload =
        encryptSrc20Amount(Uint256(amount), key(*party), *EncryptionNonce::fromView(nonce));
    return testing::src20TransferJson(kToken, from, to, viewingKeyHash(key(*party)), payload);
}

// The standard library's sequence for one transfer: keyed providers, sender, recipient.
std::vector<QJsonObject> fanOut(const Address& from, const Address& to, std::uint64_t amount,
                                std::optional<std::uint8_t> senderKey,
                                std::optional<std::uint8_t> recipientKey,
                                std::vector<std::uint8_t> providers = {kProvider1, kProvider2})
{
    std::vector<QJsonObject> logs;
    for (auto provider : providers)
        logs.push_back(src20Log(from, to, provider, amount));
    logs.push_back(src20Log(from, to, senderKey, amount));
    logs.push_back(src20Log(from, to, recipientKey, amount));
    return logs;
}

// Places logs in a transaction of a block, log indexes from `firstIndex` on.
std::vector<rpc::Log> place(std::vector<QJsonObject> logs, std::string_view tx,
                            std::uint64_t block = 7, std::uint64_t firstIndex = 0,
                            bool removed = false)
{
    std::vector<rpc::Log> placed;
    for (std::size_t i = 0; i < logs.size(); ++i) {
        auto& json = logs[i];
        json.insert("blockNumber", QString("0x%1").arg(block, 0, 16));
        json.insert("blockHash",
                    QString::fromStdString(hashOf("block " + std::to_string(block)).hex()));
        json.insert("transactionHash", QString::fromStdString(hashOf(tx).hex()));
        json.insert("transactionIndex", "0x0");
        json.insert("logIndex", QString("0x%1").arg(firstIndex + i, 0, 16));
        json.insert("removed", removed);
        placed.push_back(*rpc::Log::fromJson(json));
    }
    return placed;
}

TransferLogDecoder decoderWith(std::vector<std::uint8_t> keys)
{
    TransferLogDecoder decoder;
    for (auto k : keys)
        decoder.addViewingKey(key(k));
    decoder.setAccounts({kAlice});
    return decoder;
}

QList<TransferEvent> decode(const TransferLogDecoder& decoder, const std::vector<rpc::Log>& logs)
{
    QList<TransferEvent> events;
    for (const auto& log : logs) {
        auto event = decoder.decode(log);
        if (event && *event)
            events.append(**event);
    }
    return events;
}

template<typename... Parts>
std::vector<rpc::Log> joined(Parts... parts)
{
    std::vector<rpc::Log> all;
    (all.insert(all.end(), parts.begin(), parts.end()), ...);
    return all;
}

} // namespace

class TransferGrouperTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTransferPerFanOutForEveryViewer_data()
    {
        QTest::addColumn<std::vector<std::uint8_t>>("keys");
        QTest::addColumn<int>("status");
        QTest::newRow("sender") << std::vector<std::uint8_t>{kAliceKey}
                                << int(AmountStatus::Decrypted);
        QTest::newRow("recipient")
            << std::vector<std::uint8_t>{kBobKey} << int(AmountStatus::Decrypted);
        QTest::newRow("provider") << std::vector<std::uint8_t>{kProvider2}
                                  << int(AmountStatus::Decrypted);
        QTest::newRow("stranger") << std::vector<std::uint8_t>{kStranger}
                                  << int(AmountStatus::ForeignKey);
        QTest::newRow("no keys") << std::vector<std::uint8_t>{} << int(AmountStatus::ForeignKey);
    }

    void oneTransferPerFanOutForEveryViewer()
    {
        QFETCH(std::vector<std::uint8_t>, keys);
        QFETCH(int, status);
        const auto logs = place(fanOut(kAlice, kBob, 1'234, kAliceKey, kBobKey), "tx");
        TransferGrouper grouper;
        const auto transfers = grouper.add(decode(decoderWith(keys), logs));
        QCOMPARE(transfers.size(), 1);
        const auto& t = transfers.front();
        QCOMPARE(int(t.amountStatus), status);
        QCOMPARE(t.amount.has_value(), status == int(AmountStatus::Decrypted));
        if (t.amount)
            QCOMPARE(*t.amount, Uint256(1'234));
        QCOMPARE(t.visibility, (TransferVisibility{true, true, 2, true}));
        QCOMPARE(t.kind, TransferKind::Transfer);
        QCOMPARE(t.tokenKind, TokenKind::Src20);
        QCOMPARE(t.from, kAlice);
        QCOMPARE(t.to, kBob);
        QCOMPARE(t.firstLogIndex, 0u);
        QCOMPARE(t.logCount, 4u);
        QCOMPARE(t.transactionHash, *logs.front().transactionHash);
        QCOMPARE(t.blockNumber, 7u);
        QCOMPARE(t.direction, TransferDirection::Outgoing);
        QVERIFY(!t.removed);
    }

    void keylessPartiesMintsAndBurns()
    {
        const auto logs =
            joined(place(fanOut(kZero, kBob, 5, std::nullopt, kBobKey), "mint"),
                   place(fanOut(kAlice, kZero, 6, std::nullopt, std::nullopt, {}), "burn"),
                   place(fanOut(kAlice, kBob, 7, kAliceKey, std::nullopt, {kProvider1}), "half"));
        TransferGrouper grouper;
        const auto transfers = grouper.add(decode(decoderWith({kBobKey}), logs));
        QCOMPARE(transfers.size(), 3);
        QCOMPARE(transfers[0].kind, TransferKind::Mint);
        QCOMPARE(transfers[0].visibility, (TransferVisibility{false, true, 2, true}));
        QCOMPARE(*transfers[0].amount, Uint256(5));
        QCOMPARE(transfers[1].kind, TransferKind::Burn);
        QCOMPARE(transfers[1].visibility, (TransferVisibility{false, false, 0, true}));
        QCOMPARE(transfers[1].amountStatus, AmountStatus::NoKey);
        QVERIFY(!transfers[1].amount);
        QCOMPARE(transfers[2].kind, TransferKind::Transfer);
        QCOMPARE(transfers[2].visibility, (TransferVisibility{true, false, 1, true}));
        QCOMPARE(transfers[2].amountStatus, AmountStatus::ForeignKey);
    }

    void approvalsAreGroupedApart()
    {
        auto approval = fanOut(kAlice, kBob, 9, kAliceKey, std::nullopt);
        for (auto& log : approval) {
            auto topics = log.value("topics").toArray();
            topics[0] = "0x8ef65e17890b61a4796f8848475471f8895cd361b1de7e7260a6800ba0623f40";
            log.insert("topics", topics);
        }
        // An approval and a transfer with the same parties, back to back in one transaction.
        auto logs = approval;
        for (auto& log : fanOut(kAlice, kBob, 9, kAliceKey, std::nullopt))
            logs.push_back(log);
        TransferGrouper grouper;
        const auto transfers = grouper.add(decode(decoderWith({kAliceKey}), place(logs, "tx")));
        QCOMPARE(transfers.size(), 2);
        QCOMPARE(transfers[0].kind, TransferKind::Approval);
        QCOMPARE(transfers[1].kind, TransferKind::Transfer);
        QCOMPARE(transfers[1].firstLogIndex, 4u);
        QCOMPARE(*transfers[1].amount, Uint256(9));
    }

    void erc20TransfersAreOneLogEach()
    {
        std::vector<QJsonObject> logs{testing::erc20TransferJson(kErc20, kAlice, kBob, Uint256(3)),
                                      testing::erc20TransferJson(kErc20, kAlice, kBob, Uint256(3))};
        TransferGrouper grouper;
        const auto transfers = grouper.add(decode(decoderWith({}), place(logs, "tx")));
        QCOMPARE(transfers.size(), 2);
        for (const auto& t : transfers) {
            QCOMPARE(t.amountStatus, AmountStatus::Plain);
            QCOMPARE(*t.amount, Uint256(3));
            QCOMPARE(t.logCount, 1u);
        }
        QCOMPARE(transfers[1].firstLogIndex, 1u);
    }

    void identicalTransfersInOneTransactionStayApart_data()
    {
        QTest::addColumn<std::vector<std::uint8_t>>("providers");
        QTest::addColumn<bool>("senderKey");
        QTest::newRow("two providers, keyless sender")
            << std::vector<std::uint8_t>{kProvider1, kProvider2} << false;
        QTest::newRow("no providers, keyed sender") << std::vector<std::uint8_t>{} << true;
        QTest::newRow("no providers, keyless") << std::vector<std::uint8_t>{} << false;
    }

    void identicalTransfersInOneTransactionStayApart()
    {
        QFETCH(std::vector<std::uint8_t>, providers);
        QFETCH(bool, senderKey);
        const auto sender = senderKey ? std::optional<std::uint8_t>(kAliceKey) : std::nullopt;
        auto logs = fanOut(kAlice, kBob, 10, sender, kBobKey, providers);
        for (int i = 0; i < 2; ++i) {
            for (auto& log : fanOut(kAlice, kBob, 11 + i, sender, kBobKey, providers))
                logs.push_back(log);
        }
        TransferGrouper grouper;
        const auto transfers = grouper.add(decode(decoderWith({kBobKey}), place(logs, "tx")));
        QCOMPARE(transfers.size(), 3);
        const auto width = static_cast<std::uint32_t>(providers.size() + 2);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(*transfers[i].amount, Uint256(10 + i));
            QCOMPARE(transfers[i].firstLogIndex, std::uint64_t(i) * width);
            QCOMPARE(transfers[i].logCount, width);
            QCOMPARE(transfers[i].visibility,
                     (TransferVisibility{senderKey, true, std::uint32_t(providers.size()), true}));
        }
    }

    void partialAndMalformedFanOuts()
    {
        // A lone log (a watch filtered by key hash sees only its own) is a transfer whose
        // visibility is not known.
        TransferGrouper grouper;
        auto lone = grouper.add(
            decode(decoderWith({kBobKey}), place({src20Log(kAlice, kBob, kBobKey, 4)}, "lone")));
        QCOMPARE(lone.size(), 1);
        QCOMPARE(*lone[0].amount, Uint256(4));
        QVERIFY(!lone[0].visibility.complete);

        // A provider log without a key cannot be: the shape is flagged, the amount kept.
        const auto zeroProvider =
            place({src20Log(kAlice, kBob, std::nullopt, 8), src20Log(kAlice, kBob, kAliceKey, 8),
                   src20Log(kAlice, kBob, kBobKey, 8)},
                  "zero provider", 8);
        auto flagged = grouper.add(decode(decoderWith({kAliceKey}), zeroProvider));
        QCOMPARE(flagged.size(), 1);
        QVERIFY(!flagged[0].visibility.complete);
        QCOMPARE(*flagged[0].amount, Uint256(8));

        // A gap in the log indexes, another recipient or another transaction ends a transfer.
        auto gap = place(fanOut(kAlice, kBob, 1, kAliceKey, kBobKey), "gap", 9);
        gap[2].logIndex = *gap[2].logIndex + 1;
        gap[3].logIndex = *gap[3].logIndex + 1;
        auto split = grouper.add(decode(decoderWith({kAliceKey}), gap));
        QCOMPARE(split.size(), 2);
        QCOMPARE(split[0].logCount + split[1].logCount, 4u);

        const auto mixed = joined(
            place({src20Log(kAlice, kBob, kProvider1, 2), src20Log(kAlice, kAlice, kAliceKey, 2)},
                  "mixed", 10),
            place({src20Log(kAlice, kBob, kProvider1, 2)}, "other", 10, 2));
        QCOMPARE(grouper.add(decode(decoderWith({}), mixed)).size(), 3);

        // A payload under our key hash that does not decrypt: reported, and a log that does
        // decrypt wins.
        auto logs = fanOut(kAlice, kBob, 12, kAliceKey, kBobKey);
        auto broken = logs[2];
        broken.insert("data", logs[3].value("data")); // bob's ciphertext under alice's hash
        logs[2] = broken;
        const auto placed = place(logs, "broken", 11);
        auto onlyAlice = grouper.add(decode(decoderWith({kAliceKey}), placed));
        QCOMPARE(onlyAlice.size(), 1);
        QCOMPARE(onlyAlice[0].amountStatus, AmountStatus::Undecryptable);
        QVERIFY(onlyAlice[0].amountError);
        auto both = grouper.add(decode(decoderWith({kAliceKey, kBobKey}), placed));
        QCOMPARE(both.size(), 1);
        QCOMPARE(both[0].amountStatus, AmountStatus::Decrypted);
        QCOMPARE(*both[0].amount, Uint256(12));
    }

    void aFanOutSplitBetweenBatchesIsDeliveredWholeInPlace()
    {
        const auto decoder = decoderWith({kBobKey});
        const auto events =
            decode(decoder, joined(place(fanOut(kAlice, kBob, 20, kAliceKey, kBobKey), "a"),
                                   place(fanOut(kBob, kAlice, 21, kBobKey, kAliceKey), "b")));
        QCOMPARE(events.size(), 8);
        TransferGrouper grouper;
        // The first two logs (the providers') come alone.
        const auto first = grouper.add(events.mid(0, 2));
        QCOMPARE(first.size(), 1);
        QVERIFY(!first[0].removed);
        QCOMPARE(first[0].logCount, 2u);
        // The rest of transfer a, and all of b: a is withdrawn and delivered whole, same key.
        const auto second = grouper.add(events.mid(2));
        QCOMPARE(second.size(), 3);
        QVERIFY(second[0].removed);
        QCOMPARE(second[0].key(), first[0].key());
        QVERIFY(!second[1].removed);
        QCOMPARE(second[1].key(), first[0].key());
        QCOMPARE(second[1].logCount, 4u);
        QCOMPARE(second[1].visibility, (TransferVisibility{true, true, 2, true}));
        QCOMPARE(*second[1].amount, Uint256(20));
        QCOMPARE(*second[2].amount, Uint256(21));
        QCOMPARE(second[2].firstLogIndex, 0u);
        // b was open at the end of that batch: a batch that does not extend it changes nothing
        // about it.
        QVERIFY(grouper.add({}).isEmpty());
        QCOMPARE(grouper.add(events.mid(0, 1)).size(), 1); // another block's log (replayed)
    }

    void reorgRemovalsAreGroupedOnce()
    {
        const auto decoder = decoderWith({kAliceKey});
        const auto added = place(fanOut(kAlice, kBob, 30, kAliceKey, std::nullopt), "tx", 12);
        const auto removed =
            place(fanOut(kAlice, kBob, 30, kAliceKey, std::nullopt), "tx", 12, 0, true);
        TransferGrouper grouper;
        const auto before = grouper.add(decode(decoder, added));
        QCOMPARE(before.size(), 1);
        // Removals split between two batches: withdrawn once, never added back.
        const auto events = decode(decoder, removed);
        auto withdrawn = grouper.add(events.mid(0, 1));
        withdrawn += grouper.add(events.mid(1));
        QVERIFY(!withdrawn.isEmpty());
        std::map<TransferEventKey, int> net{{before[0].key(), 1}};
        for (const auto& t : withdrawn) {
            QVERIFY(t.removed);
            net[t.key()] -= 1;
        }
        QCOMPARE(net[before[0].key()], 0);
    }

    void aWatcherDeliversGroupedTransfersAndWithdrawsThemOnAReorg()
    {
        auto* mock = new rpc::MockTransport;
        mock->setSubscriptionsSupported(true); // removals are pushed as the chain reorganises
        rpc::ClientSettings settings;
        settings.pollInterval = 20ms;
        rpc::RpcClient client(std::unique_ptr<rpc::Transport>(mock), settings);
        testing::WatcherChain chain(mock);
        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(kToken)};
        options.viewingKeys = {key(kBobKey)};
        options.allSrc20Events = true;
        options.fromBlock = 1;
        options.resyncInterval = 0ms;
        options.retryBackoff = rpc::Backoff{10ms, 40ms, 2.0, 0.0};
        TransferWatcher watcher(&client, options);
        std::vector<Transfer> grouped;
        int perLog = 0;
        connect(&watcher, &TransferWatcher::transfersReceived, this,
                [&](const QList<TransferEvent>& events) { perLog += int(events.size()); });
        connect(&watcher, &TransferWatcher::groupedTransfersReceived, this,
                [&](const QList<Transfer>& transfers) {
                    grouped.insert(grouped.end(), transfers.begin(), transfers.end());
                });

        auto inOneTransaction = [](std::vector<QJsonObject> logs, const char* tx) {
            for (auto& log : logs)
                log.insert("transactionHash", QString::fromStdString(hashOf(tx).hex()));
            return logs;
        };
        chain.mine(inOneTransaction(fanOut(kAlice, kBob, 40, kAliceKey, kBobKey), "backfilled"));
        QVERIFY(watcher.start());
        QTRY_COMPARE(watcher.state(), TransferWatcher::State::Live);
        chain.mine(inOneTransaction(fanOut(kAlice, kBob, 41, std::nullopt, kBobKey), "live"));
        QTRY_COMPARE(perLog, 8);
        // Net of what was delivered: one transfer per transaction, whatever the batches were.
        auto net = [&] {
            std::map<TransferEventKey, Transfer> present;
            for (const auto& t : grouped) {
                if (t.removed)
                    present.erase(t.key());
                else
                    present[t.key()] = t;
            }
            return present;
        };
        std::set<Uint256> amounts;
        for (const auto& [key, t] : net()) {
            QCOMPARE(t.logCount, 4u);
            amounts.insert(*t.amount);
        }
        QCOMPARE(amounts, (std::set<Uint256>{Uint256(40), Uint256(41)}));

        // The live block is replaced by one without the transfer: it is withdrawn as a whole.
        chain.reorgLast({});
        QTRY_COMPARE(perLog, 12);
        const auto present = net();
        QCOMPARE(present.size(), 1u);
        const auto& survivor = present.begin()->second;
        QCOMPARE(*survivor.amount, Uint256(40));
        QCOMPARE(survivor.visibility, (TransferVisibility{true, true, 2, true}));
    }
};

QTEST_GUILESS_MAIN(TransferGrouperTest)
#include "tst_transfer_grouper.moc"
