// SPDX-License-Identifier: MIT
// One account sending token transfers through a WalletClient, several at once, until stopped.
// Every send has a tag: its amount, unique, so that the chain's logs tell afterwards how often
// each one landed. A send whose fate is known (prepare failed, the node refused it, its nonce
// was taken) is tried again; one that came back "the node may or may not have received it" is
// not (a wallet must not pay twice) and is settled against the chain at the end. A sent one is
// followed to its outcome (waitForTransaction), which must be Confirmed.
#pragma once

#include "client/TokenSpec.h"
#include "core/Address.h"
#include "core/FixedBytes.h"

#include <QObject>
#include <QPointer>

#include <QCoro/QCoroTask>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace seismic::client {
class WalletClient;
struct TxOutcome;
} // namespace seismic::client

namespace soak {

struct TransferSend
{
    enum class State
    {
        Open,      // under way
        Confirmed, // sent, and its receipt says so
        Uncertain, // the send's answer was lost: it may or may not be on chain
        Failed,    // sent but not confirmed (failed, expired), or gave up
    };

    std::uint64_t tag = 0; // the amount
    State state = State::Open;
    std::optional<seismic::Hash> hash;
    std::optional<std::uint64_t> nonce;
    int attempts = 0;
    std::vector<std::string> errors; // of every failed attempt, in order
};

std::string_view transferSendStateName(TransferSend::State state);

class TransferSender : public QObject
{
    Q_OBJECT

public:
    // Sends `kind` transfers of `token` to `recipient`; tags count up from `firstTag`.
    TransferSender(seismic::client::WalletClient* wallet, seismic::client::TokenKind kind,
                   seismic::Address token, seismic::Address recipient, std::uint64_t firstTag,
                   std::uint64_t seed, QObject* parent = nullptr);

    // `workers` sends in flight at a time until stop(); completes when the last one is settled.
    QCoro::Task<> run(int workers);
    void stop() { m_stopping = true; }

    seismic::client::TokenKind kind() const { return m_kind; }
    const seismic::Address& token() const { return m_token; }
    const seismic::Address& sender() const { return m_sender; }
    const std::vector<TransferSend>& sends() const { return m_sends; }
    // How often the wallet's ReceiptTracker reported each transaction's outcome.
    const std::map<seismic::Hash, int>& outcomeReports() const { return m_outcomeReports; }

Q_SIGNALS:
    // An attempt of the send tagged `tag` failed (the trace of a soak).
    void attemptFailed(std::uint64_t tag, const std::string& error);

private:
    QCoro::Task<> worker();
    QCoro::Task<> send(std::size_t index);
    // Follows a sent transfer to its outcome; a wait that times out is waited again.
    QCoro::Task<> confirm(std::size_t index);
    std::chrono::milliseconds pause();

    QPointer<seismic::client::WalletClient> m_wallet;
    seismic::client::TokenKind m_kind;
    seismic::Address m_token;
    seismic::Address m_recipient;
    seismic::Address m_sender;
    std::uint64_t m_nextTag;
    std::mt19937_64 m_random;
    bool m_stopping = false;
    std::vector<TransferSend> m_sends;
    std::map<seismic::Hash, int> m_outcomeReports;
};

} // namespace soak
