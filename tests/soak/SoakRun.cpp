// SPDX-License-Identifier: MIT
#include "SoakRun.h"

#include "client/ClientOptions.h"
#include "client/Directory.h"
#include "client/PublicClient.h"
#include "client/TransferLogDecoder.h"
#include "client/TransferWatcher.h"
#include "client/TxOutcome.h"
#include "client/WalletClient.h"
#include "rpc/EthApi.h"
#include "rpc/WhenAll.h"

#include <QCoro/QCoroProcess>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTimer>
#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>

#include <iostream>
#include <set>

namespace soak {

using namespace seismic;
using namespace std::chrono_literals;

namespace {

// Dev accounts (manifest indices) of the two senders and their recipients.
constexpr int kShieldedAccount = 1;
constexpr int kPlainAccount = 2;
constexpr int kShieldedRecipient = 3;
constexpr int kPlainRecipient = 4;
// Tags (amounts) of the two senders: far apart, so a log could never be mistaken.
constexpr std::uint64_t kShieldedFirstTag = 1'000'001;
constexpr std::uint64_t kPlainFirstTag = 2'000'001;
constexpr int kConnectAttempts = 40;
constexpr std::size_t kBlocksPerRound = 100;
constexpr std::chrono::milliseconds kTransactionTimeout{30'000};

void say(const std::string& line)
{
    std::cout << line << std::endl;
}

Result<PrivateKey> accountKey(const testing::DevnetManifest& manifest, int index)
{
    if (index >= static_cast<int>(manifest.accounts.size()))
        return makeError(ErrorKind::NotFound, "the devnet has no account " + std::to_string(index));
    return PrivateKey::fromHex(
        manifest.accounts[static_cast<std::size_t>(index)].privateKey.toStdString());
}

client::ClientOptions optionsFor(QUrl url)
{
    auto options = client::ClientOptions::forUrl(std::move(url));
    options.transactionTimeout = kTransactionTimeout;
    return options;
}

} // namespace

SoakRun::SoakRun(SoakOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_manifestPath(QDir(m_options.workDir).filePath(QStringLiteral("soak-devnet.json")))
{
    m_facts.chaos.seed = m_options.seed;
}

SoakRun::~SoakRun() = default;

QCoro::Task<int> SoakRun::run()
{
    const QPointer<SoakRun> self(this);
    say("soak: seed " + std::to_string(m_options.seed) + ", " +
        std::to_string(m_options.duration.count()) + " s, node restart every " +
        std::to_string(m_options.restartEvery.count()) + " s, cut rate " +
        std::to_string(m_options.chaos.cutRate));
    const Status ready = co_await setUp();
    if (!self)
        co_return 2;
    if (!ready) {
        std::cerr << "soak: setup failed: " << ready.error().describe() << std::endl;
        co_await tearDown();
        co_return 2;
    }
    if (auto started = m_watcher->start(); !started) {
        std::cerr << "soak: watcher: " << started.error().describe() << std::endl;
        co_await tearDown();
        co_return 2;
    }
    m_clock.start();
    if (m_options.trace)
        traceEvents();
    auto shielded = m_shielded->run(m_options.shieldedSenders);
    auto plain = m_plain->run(m_options.plainSenders);
    auto restarts = restartLoop();
    co_await QCoro::sleepFor(m_options.duration);
    if (!self)
        co_return 2;
    m_stopping = true;
    co_await std::move(restarts);
    if (!self)
        co_return 2;
    // The quiet end: no more cuts; the senders finish what they have under way.
    m_proxy->calm();
    m_shielded->stop();
    m_plain->stop();
    co_await std::move(shielded);
    co_await std::move(plain);
    if (!self)
        co_return 2;
    m_facts.chaos.duration = std::chrono::milliseconds(m_clock.elapsed());
    say("soak: sends done after " + std::to_string(m_clock.elapsed() / 1000) +
        " s; waiting for the watcher");
    co_await settle();
    if (!self)
        co_return 2;
    co_await gatherSenderFacts(m_shielded.get(), QStringLiteral("shielded SRC20"));
    co_await gatherSenderFacts(m_plain.get(), QStringLiteral("plain ERC20"));
    if (!self)
        co_return 2;

    const ChaosProxy::Stats& proxy = m_proxy->stats();
    m_facts.chaos.connections = proxy.connections;
    m_facts.chaos.midRequest = proxy.midRequest;
    m_facts.chaos.midResponse = proxy.midResponse;
    m_facts.chaos.midWebSocketFrame = proxy.midWebSocketFrame;
    m_facts.chaos.upstreamUnreachable = proxy.upstreamUnreachable;
    const auto& stats = m_watcher->stats();
    m_facts.watch.reconnects = stats.reconnects;
    m_facts.watch.syncs = stats.syncs;
    m_facts.watch.duplicatesDropped = stats.duplicates;
    const SoakVerdict verdict = judge(m_facts);
    std::cout << summarize(m_facts, verdict) << std::flush;
    co_await tearDown();
    co_return verdict.passed() ? 0 : 1;
}

QCoro::Task<Status> SoakRun::setUp()
{
    const QPointer<SoakRun> self(this);
    m_devnet = std::make_unique<testing::OwnDevnet>(m_options.devnetTool, m_manifestPath);
    // Blocks this (idle) thread until the devnet is deployed: nothing else runs yet.
    if (!m_devnet->start())
        co_return makeError(ErrorKind::Transport, "the devnet did not start (see " +
                                                      m_manifestPath.toStdString() + ".log)");
    auto manifest = testing::DevnetManifest::loadFrom(m_manifestPath);
    if (!manifest)
        co_return std::move(manifest).error();
    m_manifest = std::move(manifest).value();
    auto direct = client::PublicClient::create(optionsFor(QUrl(m_manifest->rpcUrl)));
    if (!direct)
        co_return std::move(direct).error();
    m_direct = std::move(direct).value();

    const Status registered = co_await registerViewingKey();
    if (!self)
        co_return client::clientGone();
    if (!registered)
        co_return registered;
    auto start = co_await m_direct->eth().blockNumber();
    if (!self)
        co_return client::clientGone();
    if (!start)
        co_return std::move(start).error();
    m_startBlock = *start;

    m_proxy = std::make_unique<ChaosProxy>(m_devnet->port(), m_options.seed, m_options.chaos);
    if (!m_proxy->listen())
        co_return makeError(ErrorKind::Transport, "the chaos proxy cannot listen");

    auto shieldedKey = accountKey(*m_manifest, kShieldedAccount);
    auto plainKey = accountKey(*m_manifest, kPlainAccount);
    if (!shieldedKey)
        co_return std::move(shieldedKey).error();
    if (!plainKey)
        co_return std::move(plainKey).error();
    // The shielded sender over HTTP (cuts inside requests and responses), the plain one and the
    // watcher over WebSocket (cuts inside frames, lost subscriptions).
    auto shieldedWallet = co_await connectThroughProxy(QStringLiteral("http"), *shieldedKey);
    if (!self)
        co_return client::clientGone();
    if (!shieldedWallet)
        co_return std::move(shieldedWallet).error();
    m_shieldedWallet = std::move(shieldedWallet).value();
    auto plainWallet = co_await connectThroughProxy(QStringLiteral("ws"), *plainKey);
    if (!self)
        co_return client::clientGone();
    if (!plainWallet)
        co_return std::move(plainWallet).error();
    m_plainWallet = std::move(plainWallet).value();
    auto watchClient = client::PublicClient::create(
        optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_proxy->port()))));
    if (!watchClient)
        co_return std::move(watchClient).error();
    m_watchClient = std::move(watchClient).value();

    const Address src20 = m_manifest->contract(QStringLiteral("Src20Token"));
    const Address erc20 = m_manifest->contract(QStringLiteral("Erc20Token"));
    m_shielded = std::make_unique<TransferSender>(
        m_shieldedWallet.get(), client::TokenKind::Src20, src20,
        m_manifest->accounts[kShieldedRecipient].address, kShieldedFirstTag, m_options.seed + 1);
    m_plain = std::make_unique<TransferSender>(m_plainWallet.get(), client::TokenKind::Erc20, erc20,
                                               m_manifest->accounts[kPlainRecipient].address,
                                               kPlainFirstTag, m_options.seed + 2);

    // Every transfer of both tokens, from genesis: the watcher's output must be the chain's.
    client::TransferWatchOptions watch;
    watch.tokens = {client::TokenSpec::src20(src20), client::TokenSpec::erc20(erc20)};
    watch.viewingKeys = {*m_viewingKey};
    watch.allSrc20Events = true;
    watch.fromBlock = 0;
    m_watcher = std::make_unique<client::TransferWatcher>(m_watchClient->rpcClient(), watch);
    connect(m_watcher.get(), &client::TransferWatcher::transfersReceived, this,
            &SoakRun::recordDeliveries);
    connect(m_watcher.get(), &client::TransferWatcher::errorOccurred, this,
            [this] { ++m_facts.watch.errorsReported; });
    co_return Status();
}

QCoro::Task<Status> SoakRun::registerViewingKey()
{
    // Directly (no proxy): the shielded sender's key, so that the chain's logs show the amounts
    // (the tags) of its transfers.
    const QPointer<SoakRun> self(this);
    auto key = accountKey(*m_manifest, kShieldedAccount);
    if (!key)
        co_return std::move(key).error();
    auto wallet =
        co_await client::WalletClient::connect(optionsFor(QUrl(m_manifest->rpcUrl)), *key);
    if (!self)
        co_return client::clientGone();
    if (!wallet)
        co_return std::move(wallet).error();
    const SymmetricKey viewingKey = client::Directory::generateViewingKey();
    auto sent = co_await client::Directory(wallet->get()).registerViewingKey(viewingKey);
    if (!self)
        co_return client::clientGone();
    Status result;
    if (!sent) {
        result = std::move(sent).error();
    } else {
        auto outcome = co_await (*wallet)->waitForTransaction(*sent);
        if (!self)
            co_return client::clientGone();
        if (!outcome)
            result = std::move(outcome).error();
        else if (outcome->status != client::TxStatus::Confirmed)
            result = makeError(ErrorKind::Revert,
                               "viewing key registration " +
                                   std::string(client::txStatusName(outcome->status)));
    }
    co_await (*wallet)->close();
    if (!self)
        co_return client::clientGone();
    if (result)
        m_viewingKey = viewingKey;
    co_return result;
}

QCoro::Task<Result<std::unique_ptr<client::WalletClient>>>
SoakRun::connectThroughProxy(QString scheme, PrivateKey key)
{
    const QPointer<SoakRun> self(this);
    const QUrl url(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(m_proxy->port()));
    Error last = makeError(ErrorKind::Transport, "not tried");
    for (int attempt = 0; attempt < kConnectAttempts; ++attempt) {
        auto wallet = co_await client::WalletClient::connect(optionsFor(url), key);
        if (!self)
            co_return client::clientGone();
        if (wallet)
            co_return wallet;
        last = std::move(wallet).error();
        co_await QCoro::sleepFor(100ms);
        if (!self)
            co_return client::clientGone();
    }
    co_return last;
}

QCoro::Task<> SoakRun::restartLoop()
{
    const QPointer<SoakRun> self(this);
    if (m_options.restartEvery.count() == 0)
        co_return;
    QElapsedTimer since;
    since.start();
    while (!m_stopping) {
        co_await QCoro::sleepFor(250ms);
        if (!self)
            co_return;
        if (!m_stopping && since.elapsed() >= m_options.restartEvery.count() * 1000) {
            co_await restartNode();
            if (!self)
                co_return;
            since.restart();
        }
    }
}

QCoro::Task<> SoakRun::restartNode()
{
    const QPointer<SoakRun> self(this);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_options.devnetTool,
                  {QStringLiteral("restart"), QStringLiteral("--manifest"), m_manifestPath});
    const bool finished = co_await qCoro(process).waitForFinished(120s);
    if (!self)
        co_return;
    const QString output = QString::fromUtf8(process.readAll()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_facts.problems.push_back("node restart failed: " + output.toStdString());
        co_return;
    }
    ++m_facts.chaos.restarts;
    say("soak: " + std::to_string(m_clock.elapsed() / 1000) + " s: " + output.toStdString());
}

void SoakRun::traceEvents()
{
    const auto stamp = [this] {
        return std::to_string(m_clock.elapsed()) + " ms: ";
    };
    connect(m_proxy.get(), &ChaosProxy::cutMade, this,
            [stamp](std::uint64_t connection, CutKind kind) {
                say("trace " + stamp() + "connection " + std::to_string(connection) + " cut " +
                    std::string(cutKindName(kind)));
            });
    for (TransferSender* sender : {m_shielded.get(), m_plain.get()}) {
        const std::string name(client::tokenKindName(sender->kind()));
        connect(sender, &TransferSender::attemptFailed, this,
                [stamp, name](std::uint64_t tag, const std::string& error) {
                    say("trace " + stamp() + name + " send " + std::to_string(tag) + ": " + error);
                });
    }
    connect(
        m_watcher.get(), &client::TransferWatcher::errorOccurred, this,
        [stamp](const Error& error) { say("trace " + stamp() + "watcher: " + error.describe()); });
}

void SoakRun::recordDeliveries(const QList<client::TransferEvent>& events)
{
    for (const client::TransferEvent& event : events) {
        if (event.removed) {
            ++m_facts.watch.removals;
            continue;
        }
        ++m_facts.watch.deliveries[event.key()];
        m_facts.watch.blockHashes.try_emplace(event.key(), event.blockHash);
    }
}

bool SoakRun::watcherHasChain() const
{
    return std::all_of(
        m_facts.chainLogs.begin(), m_facts.chainLogs.end(), [this](const rpc::Log& log) {
            return log.transactionHash && log.logIndex &&
                   m_facts.watch.deliveries.contains({*log.transactionHash, *log.logIndex});
        });
}

QCoro::Task<> SoakRun::settle()
{
    const QPointer<SoakRun> self(this);
    auto head = co_await m_direct->eth().blockNumber();
    if (!self)
        co_return;
    if (!head) {
        m_facts.problems.push_back("final head: " + head.error().describe());
        co_return;
    }
    m_facts.head = *head;
    for (rpc::LogFilter filter : m_watcher->filters()) {
        filter.fromBlock = rpc::BlockId::number(0);
        filter.toBlock = rpc::BlockId::number(*head);
        auto logs = co_await m_direct->eth().getLogs(filter);
        if (!self)
            co_return;
        if (!logs) {
            m_facts.problems.push_back("chain logs: " + logs.error().describe());
            co_return;
        }
        m_facts.chainLogs.insert(m_facts.chainLogs.end(), logs->begin(), logs->end());
    }
    // What the watcher must deliver is known now: wait for it (each delivery is the event that
    // could complete it), at most options.settle.
    const QDeadlineTimer deadline(m_options.settle);
    while (!watcherHasChain() && !deadline.hasExpired()) {
        co_await qCoro(m_watcher.get(), &client::TransferWatcher::transfersReceived, 1s);
        if (!self)
            co_return;
    }
    if (!watcherHasChain())
        say("soak: the watcher did not deliver the whole chain within " +
            std::to_string(m_options.settle.count()) + " s (state " +
            std::to_string(static_cast<int>(m_watcher->state())) + ", last error: " +
            (m_watcher->lastError() ? m_watcher->lastError()->describe() : "none") + ")");
}

QCoro::Task<> SoakRun::gatherSenderFacts(TransferSender* sender, QString name)
{
    const QPointer<SoakRun> self(this);
    SenderFacts facts;
    facts.name = name.toStdString();
    facts.sender = sender->sender();
    facts.sends = sender->sends();
    facts.outcomeReports = sender->outcomeReports();

    client::TransferLogDecoder decoder;
    decoder.addViewingKey(*m_viewingKey);
    for (const rpc::Log& log : m_facts.chainLogs) {
        auto event = decoder.decode(log);
        if (event && *event && (*event)->from == facts.sender &&
            (*event)->token == sender->token() && (*event)->amount &&
            (*event)->kind == client::TransferEventKind::Transfer)
            facts.landed.push_back(**event);
    }

    rpc::EthApi eth = m_direct->eth();
    for (std::uint64_t from = m_startBlock + 1; from <= m_facts.head; from += kBlocksPerRound) {
        std::vector<QCoro::Task<Result<std::optional<rpc::Block>>>> round;
        for (std::uint64_t n = from; n < from + kBlocksPerRound && n <= m_facts.head; ++n)
            round.push_back(eth.getBlock(rpc::BlockId::number(n), true));
        auto blocks = co_await rpc::whenAll(std::move(round));
        if (!self)
            co_return;
        for (const auto& block : blocks) {
            if (!block || !*block) {
                m_facts.problems.push_back("block lookup: " +
                                           (block ? "missing block" : block.error().describe()));
                continue;
            }
            for (const rpc::Transaction& tx : (*block)->transactions) {
                if (tx.from == facts.sender)
                    facts.transactions.push_back(tx);
            }
        }
    }
    auto latest = co_await eth.getTransactionCount(facts.sender, rpc::BlockId::latest());
    auto pending = co_await eth.getTransactionCount(facts.sender, rpc::BlockId::pending());
    if (!self)
        co_return;
    if (!latest || !pending)
        m_facts.problems.push_back(facts.name + ": nonce query failed");
    facts.latestCount = latest ? *latest : 0;
    facts.pendingCount = pending ? *pending : 0;
    m_facts.senders.push_back(std::move(facts));
}

QCoro::Task<> SoakRun::tearDown()
{
    const QPointer<SoakRun> self(this);
    if (m_watcher)
        m_watcher->stop();
    for (client::PublicClient* client : {static_cast<client::PublicClient*>(m_shieldedWallet.get()),
                                         static_cast<client::PublicClient*>(m_plainWallet.get()),
                                         m_watchClient.get(), m_direct.get()}) {
        if (client) {
            co_await client->close();
            if (!self)
                co_return;
        }
    }
    if (m_devnet)
        m_devnet->stop();
}

} // namespace soak
