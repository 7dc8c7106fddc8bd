// SPDX-License-Identifier: MIT
// One Transfer per transfer against the devnet, whose SDT fans every event out to two
// Intelligence providers, then the sender, then the recipient: three transfers (a keyless dev
// account to a keyed sender, sender to keyed recipient, recipient to a keyless account) seen by
// four watchers holding the sender's, the recipient's, a provider's and a stranger's key. Each
// transfer appears once (whatever the batches), with its amount exactly when the viewer's key
// opens one of its logs, and the same visibility for everyone. Checked with the devnet's own
// numbers (manifest providers, receipts), not with the client's.
#include "TestSupport.h"
#include "client/Directory.h"
#include "client/Src20Token.h"
#include "client/TransferWatcher.h"
#include "client/WalletClient.h"
#include "core/Hex.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"
#include "rpc/support/AsyncTest.h"
#include "support/DevnetSession.h"
#include "support/VerifyOk.h"

#include <QTest>

#include <map>

using namespace seismic;
using namespace seismic::client;
using namespace std::chrono_literals;
using testing::awaitTask;

namespace {

constexpr auto kLong = 30s;
// Dev account 1: no suite registers a viewing key for it (tests/cli/tst_tokens.cpp).
constexpr int kFunder = 1;

struct Seen
{
    std::map<TransferEventKey, Transfer> transfers; // net of additions and withdrawals
    int perLogEvents = 0;
    std::optional<quint64> caughtUp;
};

// A watcher of the SDT transfers from or to `parties`, from `fromBlock`, holding `key`.
struct Viewer
{
    Viewer(const testing::DevnetManifest& manifest, std::vector<Address> parties,
           std::uint64_t fromBlock, SymmetricKey key)
        : client(std::make_unique<rpc::RpcClient>(
              std::move(rpc::makeTransport(QUrl(manifest.rpcUrl), {})).value()))
    {
        TransferWatchOptions options;
        options.tokens = {TokenSpec::src20(manifest.contract("Src20Token"))};
        options.viewingKeys = {key};
        options.allSrc20Events = true; // the whole fan-out: visibility needs every log
        options.parties = std::move(parties);
        options.fromBlock = fromBlock;
        options.retryBackoff = rpc::Backoff{100ms, 1000ms, 2.0, 0.5};
        watcher = std::make_unique<TransferWatcher>(client.get(), options);
        QObject::connect(watcher.get(), &TransferWatcher::transfersReceived, watcher.get(),
                         [this](const QList<TransferEvent>& events) {
                             for (const auto& e : events)
                                 seen.perLogEvents += e.removed ? -1 : 1;
                         });
        QObject::connect(watcher.get(), &TransferWatcher::groupedTransfersReceived, watcher.get(),
                         [this](const QList<Transfer>& transfers) {
                             for (const auto& t : transfers) {
                                 if (t.removed)
                                     seen.transfers.erase(t.key());
                                 else
                                     seen.transfers[t.key()] = t;
                             }
                         });
        QObject::connect(watcher.get(), &TransferWatcher::caughtUp, watcher.get(),
                         [this](quint64 head) { seen.caughtUp = head; });
    }

    std::unique_ptr<rpc::RpcClient> client;
    std::unique_ptr<TransferWatcher> watcher;
    Seen seen;
};

SymmetricKey keyFromHex(const QString& hex)
{
    return *SymmetricKey::fromBytes(*parseHex(hex.toStdString()));
}

} // namespace

class TransfersDevnetTest : public QObject
{
    Q_OBJECT

    struct Expected
    {
        Hash transaction;
        std::uint64_t block = 0;
        Uint256 amount;
        TransferVisibility visibility;
    };

    std::optional<testing::DevnetManifest> m_manifest;
    std::unique_ptr<WalletClient> m_sender;
    std::unique_ptr<WalletClient> m_recipient;
    SymmetricKey m_senderKey = Directory::generateViewingKey();
    SymmetricKey m_recipientKey = Directory::generateViewingKey();
    std::uint64_t m_fromBlock = 0;
    std::vector<Expected> m_expected; // funding, sender -> recipient, recipient -> keyless

    bool registered(WalletClient* wallet, const SymmetricKey& key)
    {
        auto hash = awaitTask(Directory(wallet).registerViewingKey(key), kLong);
        if (!hash || !hash->ok())
            return false;
        auto outcome = awaitTask(wallet->waitForTransaction(**hash), kLong);
        return outcome && outcome->ok() && (*outcome)->status == TxStatus::Confirmed;
    }

    std::optional<Expected> sent(WalletClient* from, Address to, Uint256 amount,
                                 TransferVisibility visibility)
    {
        auto hash = awaitTask(
            Src20Token(from, m_manifest->contract("Src20Token")).transfer(to, amount), kLong);
        if (!hash || !hash->ok())
            return std::nullopt;
        auto outcome = awaitTask(from->waitForTransaction(**hash), kLong);
        if (!outcome || !outcome->ok() || (*outcome)->status != TxStatus::Confirmed)
            return std::nullopt;
        return Expected{**hash, (*outcome)->blockNumber(), amount, visibility};
    }

private Q_SLOTS:
    void initTestCase()
    {
        LOAD_DEVNET_MANIFEST(manifest);
        m_manifest = manifest;
        QCOMPARE(manifest.providers.size(), 2u); // the devnet's default
        auto sender = awaitTask(testing::freshWallet(manifest, kFunder), kLong);
        VERIFY_OK(sender);
        m_sender = std::move(**sender);
        auto recipient = awaitTask(testing::freshWallet(manifest, kFunder), kLong);
        VERIFY_OK(recipient);
        m_recipient = std::move(**recipient);
        QVERIFY(registered(m_sender.get(), m_senderKey));
        QVERIFY(registered(m_recipient.get(), m_recipientKey));
        AWAIT_OK(head, m_sender->eth().blockNumber());
        m_fromBlock = head + 1;

        // A dev account (no key: the suites that register keys use others) pays the sender.
        const Uint256 funding(5'000);
        auto funded = awaitTask(
            testing::sendDevnetSdt(manifest, kFunder, m_sender->address(), funding), kLong);
        VERIFY_OK(funded);
        m_expected.push_back({(*funded)->hash, (*funded)->blockNumber(), funding,
                              TransferVisibility{false, true, 2, true}});
        auto paid = sent(m_sender.get(), m_recipient->address(), Uint256(1'200),
                         TransferVisibility{true, true, 2, true});
        QVERIFY(paid);
        m_expected.push_back(*paid);
        const Address keyless = PrivateKey::generate().address();
        auto passedOn = sent(m_recipient.get(), keyless, Uint256(300),
                             TransferVisibility{true, false, 2, true});
        QVERIFY(passedOn);
        m_expected.push_back(*passedOn);
    }

    void eachTransferOnceWithItsAmountAndVisibility_data()
    {
        QTest::addColumn<QString>("viewer");
        QTest::addColumn<std::vector<bool>>("opens"); // per expected transfer
        QTest::newRow("sender") << "sender" << std::vector<bool>{true, true, false};
        QTest::newRow("recipient") << "recipient" << std::vector<bool>{false, true, true};
        QTest::newRow("provider") << "provider" << std::vector<bool>{true, true, true};
        QTest::newRow("stranger") << "stranger" << std::vector<bool>{false, false, false};
    }

    void eachTransferOnceWithItsAmountAndVisibility()
    {
        QFETCH(QString, viewer);
        QFETCH(std::vector<bool>, opens);
        const SymmetricKey key = viewer == "sender"      ? m_senderKey
                                 : viewer == "recipient" ? m_recipientKey
                                 : viewer == "provider"
                                     ? keyFromHex(m_manifest->providers.at(1).viewingKey)
                                     : Directory::generateViewingKey();
        Viewer watch(*m_manifest, {m_sender->address(), m_recipient->address()}, m_fromBlock, key);
        QVERIFY(watch.watcher->start());
        const auto last = m_expected.back().block;
        QTRY_VERIFY_WITH_TIMEOUT(watch.seen.caughtUp && *watch.seen.caughtUp >= last, 30'000);

        // Four logs per transfer (two providers, sender, recipient), one Transfer each.
        QCOMPARE(watch.seen.perLogEvents, 4 * int(m_expected.size()));
        QCOMPARE(watch.seen.transfers.size(), m_expected.size());
        std::map<Hash, const Transfer*> byTransaction;
        for (const auto& [key, t] : watch.seen.transfers)
            byTransaction[t.transactionHash] = &t;
        QCOMPARE(byTransaction.size(), m_expected.size());
        for (std::size_t i = 0; i < m_expected.size(); ++i) {
            const auto& expected = m_expected[i];
            QVERIFY(byTransaction.count(expected.transaction));
            const Transfer& t = *byTransaction[expected.transaction];
            QCOMPARE(t.blockNumber, expected.block);
            QCOMPARE(t.kind, TransferKind::Transfer);
            QCOMPARE(t.logCount, 4u);
            QCOMPARE(t.visibility, expected.visibility);
            if (opens[i]) {
                QCOMPARE(t.amountStatus, AmountStatus::Decrypted);
                QCOMPARE(*t.amount, expected.amount);
            } else {
                QCOMPARE(t.amountStatus, AmountStatus::ForeignKey);
                QVERIFY(!t.amount);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TransfersDevnetTest)
#include "tst_transfers_devnet.moc"
