// SPDX-License-Identifier: MIT
#include "SoakVerdict.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <sstream>

namespace soak {

using namespace seismic;
using client::TransferEventKey;

namespace {

// Violations listed one by one up to this many per kind; the rest are counted.
constexpr std::size_t kListed = 10;

std::string keyText(const TransferEventKey& key)
{
    return key.transactionHash.hex() + "#" + std::to_string(key.logIndex);
}

class Violations
{
public:
    explicit Violations(std::vector<std::string>& out)
        : m_out(out)
    {}
    void add(const std::string& kind, const std::string& text)
    {
        if (++m_counts[kind] <= kListed)
            m_out.push_back(kind + ": " + text);
    }
    ~Violations()
    {
        for (const auto& [kind, count] : m_counts) {
            if (count > kListed)
                m_out.push_back(kind + ": " + std::to_string(count - kListed) + " more");
        }
    }

private:
    std::vector<std::string>& m_out;
    std::map<std::string, std::size_t> m_counts;
};

void judgeWatcher(const SoakFacts& facts, SoakVerdict& verdict, Violations& violations)
{
    std::set<TransferEventKey> onChain;
    for (const rpc::Log& log : facts.chainLogs) {
        if (!log.transactionHash || !log.logIndex) {
            violations.add("chain", "a log without transaction hash or index");
            continue;
        }
        const TransferEventKey key{*log.transactionHash, *log.logIndex};
        onChain.insert(key);
        const auto delivered = facts.watch.deliveries.find(key);
        if (delivered == facts.watch.deliveries.end()) {
            ++verdict.lost;
            violations.add("lost", keyText(key) + " in block " +
                                       std::to_string(log.blockNumber.value_or(0)));
            continue;
        }
        if (delivered->second > 1) {
            verdict.duplicated += static_cast<std::uint64_t>(delivered->second - 1);
            violations.add("duplicated", keyText(key) + " delivered " +
                                             std::to_string(delivered->second) + " times");
        }
        const auto hash = facts.watch.blockHashes.find(key);
        if (log.blockHash && hash != facts.watch.blockHashes.end() &&
            hash->second != *log.blockHash)
            violations.add("wrong block", keyText(key) + " delivered in block " +
                                              hash->second.hex() + ", on chain in " +
                                              log.blockHash->hex());
    }
    for (const auto& [key, count] : facts.watch.deliveries) {
        if (!onChain.contains(key)) {
            verdict.invented += static_cast<std::uint64_t>(count);
            violations.add("not on chain", keyText(key));
        }
    }
    if (facts.watch.removals > 0)
        violations.add("removals", std::to_string(facts.watch.removals) +
                                       " removals delivered on a chain without reorgs");
}

void judgeSender(const SenderFacts& sender, Violations& violations)
{
    // Where each tag landed (the transaction hashes of its transfers).
    std::map<std::uint64_t, std::vector<Hash>> landings;
    for (const client::TransferEvent& event : sender.landed) {
        if (event.amount && *event.amount <= std::numeric_limits<std::uint64_t>::max())
            landings[static_cast<std::uint64_t>(*event.amount)].push_back(event.transactionHash);
    }
    std::size_t landedSends = 0;
    for (const TransferSend& send : sender.sends) {
        const std::string what = sender.name + " send " + std::to_string(send.tag);
        const auto found = landings.find(send.tag);
        const std::size_t landed = found == landings.end() ? 0 : found->second.size();
        landedSends += landed;
        if (landed > 1)
            violations.add("paid twice",
                           what + " is on chain " + std::to_string(landed) + " times");
        switch (send.state) {
        case TransferSend::State::Confirmed:
            if (landed == 0)
                violations.add("confirmed but absent", what + " " + send.hash->hex());
            else if (found->second.front() != *send.hash)
                violations.add("confirmed under another hash",
                               what + ": sent as " + send.hash->hex() + ", on chain as " +
                                   found->second.front().hex());
            if (const auto reports = sender.outcomeReports.find(*send.hash);
                reports == sender.outcomeReports.end() || reports->second != 1)
                violations.add("outcome reports",
                               what + " " + send.hash->hex() + " reported " +
                                   std::to_string(reports == sender.outcomeReports.end()
                                                      ? 0
                                                      : reports->second) +
                                   " times");
            break;
        case TransferSend::State::Uncertain:
            break; // at most once, checked above
        case TransferSend::State::Failed: {
            violations.add("not confirmed",
                           what + " after " + std::to_string(send.attempts) +
                               " attempts (on chain " + std::to_string(landed) +
                               " times): " + (send.errors.empty() ? "?" : send.errors.back()));
            break;
        }
        case TransferSend::State::Open:
            violations.add("hang", what + " never settled");
            break;
        }
    }
    // Nothing else of the sender's is on chain, and its nonces follow each other.
    std::vector<std::uint64_t> nonces;
    for (const rpc::Transaction& tx : sender.transactions)
        nonces.push_back(tx.nonce);
    std::sort(nonces.begin(), nonces.end());
    for (std::size_t i = 1; i < nonces.size(); ++i) {
        if (nonces[i] != nonces[i - 1] + 1)
            violations.add("nonce gap", sender.name + ": nonce " + std::to_string(nonces[i - 1]) +
                                            " then " + std::to_string(nonces[i]));
    }
    if (!nonces.empty() && nonces.back() + 1 != sender.latestCount)
        violations.add("nonce count", sender.name + ": last mined nonce " +
                                          std::to_string(nonces.back()) + ", account nonce " +
                                          std::to_string(sender.latestCount));
    if (sender.pendingCount != sender.latestCount)
        violations.add("stuck in the pool", sender.name + ": pending nonce " +
                                                std::to_string(sender.pendingCount) + ", mined " +
                                                std::to_string(sender.latestCount));
    if (nonces.size() != landedSends)
        violations.add("unexplained transactions",
                       sender.name + ": " + std::to_string(nonces.size()) +
                           " transactions mined for " + std::to_string(landedSends) +
                           " landed transfers");
}

std::size_t countIn(const SenderFacts& sender, TransferSend::State state)
{
    return static_cast<std::size_t>(
        std::count_if(sender.sends.begin(), sender.sends.end(),
                      [state](const TransferSend& send) { return send.state == state; }));
}

} // namespace

SoakVerdict judge(const SoakFacts& facts)
{
    SoakVerdict verdict;
    {
        Violations violations(verdict.violations);
        for (const std::string& problem : facts.problems)
            violations.add("problem", problem);
        judgeWatcher(facts, verdict, violations);
        for (const SenderFacts& sender : facts.senders)
            judgeSender(sender, violations);
    }
    return verdict;
}

std::string summarize(const SoakFacts& facts, const SoakVerdict& verdict)
{
    std::ostringstream out;
    const ChaosFacts& chaos = facts.chaos;
    std::uint64_t delivered = 0;
    for (const auto& [key, count] : facts.watch.deliveries)
        delivered += static_cast<std::uint64_t>(count);
    out << "soak summary (seed " << chaos.seed << ")\n"
        << "  duration          " << chaos.duration.count() / 1000.0 << " s\n"
        << "  connections       " << chaos.connections << " (" << chaos.upstreamUnreachable
        << " while the node was down)\n"
        << "  cuts made         " << chaos.midRequest + chaos.midResponse + chaos.midWebSocketFrame
        << " (mid-request " << chaos.midRequest << ", mid-response " << chaos.midResponse
        << ", mid-WebSocket-frame " << chaos.midWebSocketFrame << ")\n"
        << "  node restarts     " << chaos.restarts << "\n"
        << "  chain head        " << facts.head << "\n"
        << "  transfers on chain " << facts.chainLogs.size() << "\n"
        << "  transfers seen    " << delivered << " (watcher: " << facts.watch.reconnects
        << " reconnects, " << facts.watch.syncs << " catch-ups, " << facts.watch.duplicatesDropped
        << " duplicates dropped, " << facts.watch.errorsReported << " errors reported)\n";
    for (const SenderFacts& sender : facts.senders) {
        std::size_t landedUncertain = 0;
        std::set<std::uint64_t> landedTags;
        for (const auto& event : sender.landed) {
            if (event.amount)
                landedTags.insert(static_cast<std::uint64_t>(*event.amount));
        }
        int attempts = 0;
        for (const TransferSend& send : sender.sends) {
            attempts += send.attempts;
            if (send.state == TransferSend::State::Uncertain && landedTags.contains(send.tag))
                ++landedUncertain;
        }
        const std::size_t uncertain = countIn(sender, TransferSend::State::Uncertain);
        out << "  sends " << sender.name << ": " << sender.sends.size() << " ("
            << countIn(sender, TransferSend::State::Confirmed) << " confirmed, " << uncertain
            << " uncertain of which " << landedUncertain << " landed, "
            << countIn(sender, TransferSend::State::Failed) << " failed; " << attempts
            << " attempts; " << sender.transactions.size() << " transactions, nonces up to "
            << sender.latestCount << ")\n";
    }
    out << "  lost              " << verdict.lost << "\n"
        << "  duplicated        " << verdict.duplicated << "\n"
        << "  not on chain      " << verdict.invented << "\n"
        << "  result            " << (verdict.passed() ? "PASS" : "FAIL") << "\n";
    for (const std::string& violation : verdict.violations)
        out << "  violation: " << violation << "\n";
    return out.str();
}

} // namespace soak
