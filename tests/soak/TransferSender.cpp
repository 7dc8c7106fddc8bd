// SPDX-License-Identifier: MIT
#include "TransferSender.h"

#include "client/ContractCall.h"
#include "client/ReceiptTracker.h"
#include "client/SendFailure.h"
#include "client/TokenTransfer.h"
#include "client/TxOutcome.h"
#include "client/WalletClient.h"

#include <QCoro/QCoroTimer>

namespace soak {

using namespace seismic;
using seismic::client::TxStatus;

namespace {

// Attempts of one send whose failures are known to leave no trace on the chain, the n-th after
// n * kRetryStep: together longer than a node restart.
constexpr int kMaxAttempts = 15;
constexpr std::chrono::milliseconds kRetryStep{100};
// Waits of waitForTransaction (each options().transactionTimeout long) before giving up.
constexpr int kMaxConfirmWaits = 2;

} // namespace

std::string_view transferSendStateName(TransferSend::State state)
{
    switch (state) {
    case TransferSend::State::Open:
        return "open";
    case TransferSend::State::Confirmed:
        return "confirmed";
    case TransferSend::State::Uncertain:
        return "uncertain";
    case TransferSend::State::Failed:
        return "failed";
    }
    return "?";
}

TransferSender::TransferSender(client::WalletClient* wallet, client::TokenKind kind, Address token,
                               Address recipient, std::uint64_t firstTag, std::uint64_t seed,
                               QObject* parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_kind(kind)
    , m_token(token)
    , m_recipient(recipient)
    , m_sender(wallet->address())
    , m_nextTag(firstTag)
    , m_random(seed)
{
    connect(wallet->tracker(), &client::ReceiptTracker::statusChanged, this,
            [this](const client::TxOutcome& outcome) { ++m_outcomeReports[outcome.hash]; });
}

QCoro::Task<> TransferSender::run(int workers)
{
    std::vector<QCoro::Task<>> running;
    for (int i = 0; i < workers; ++i)
        running.push_back(worker());
    for (auto& task : running)
        co_await task;
}

std::chrono::milliseconds TransferSender::pause()
{
    return std::chrono::milliseconds(std::uniform_int_distribution<int>(20, 300)(m_random));
}

QCoro::Task<> TransferSender::worker()
{
    const QPointer<TransferSender> self(this);
    while (!m_stopping) {
        const std::size_t index = m_sends.size();
        TransferSend next;
        next.tag = m_nextTag++;
        m_sends.push_back(std::move(next));
        co_await send(index);
        if (!self)
            co_return;
        co_await QCoro::sleepFor(pause());
        if (!self)
            co_return;
    }
}

QCoro::Task<> TransferSender::send(std::size_t index)
{
    const QPointer<TransferSender> self(this);
    const client::ContractCall call =
        client::tokenTransfer(m_kind, m_token, m_recipient, Uint256(m_sends[index].tag));
    while (m_sends[index].attempts < kMaxAttempts) {
        ++m_sends[index].attempts;
        if (!m_wallet)
            break;
        auto prepared = co_await m_wallet->prepare(call.request, call.writeKind());
        if (!self)
            co_return;
        if (!prepared || !m_wallet) {
            m_sends[index].errors.push_back(prepared ? "wallet gone" : prepared.error().describe());
            Q_EMIT attemptFailed(m_sends[index].tag, m_sends[index].errors.back());
            co_await QCoro::sleepFor(kRetryStep * m_sends[index].attempts);
            if (!self)
                co_return;
            continue;
        }
        auto submitted = co_await m_wallet->send(std::move(prepared).value());
        if (!self)
            co_return;
        if (!submitted) {
            TransferSend& record = m_sends[index];
            record.errors.push_back(submitted.error().describe());
            Q_EMIT attemptFailed(record.tag, record.errors.back());
            if (client::classifySendFailure(submitted.error()) == client::SendFailure::Unknown) {
                record.state = TransferSend::State::Uncertain;
                co_return;
            }
            // Refused, or its nonce was taken: nothing of it is on chain.
            co_await QCoro::sleepFor(kRetryStep * record.attempts);
            if (!self)
                co_return;
            continue;
        }
        m_sends[index].hash = submitted->hash;
        m_sends[index].nonce = submitted->nonce;
        co_await confirm(index);
        co_return;
    }
    m_sends[index].state = TransferSend::State::Failed;
}

QCoro::Task<> TransferSender::confirm(std::size_t index)
{
    const QPointer<TransferSender> self(this);
    for (int wait = 0; wait < kMaxConfirmWaits && m_wallet; ++wait) {
        auto outcome = co_await m_wallet->waitForTransaction(*m_sends[index].hash);
        if (!self)
            co_return;
        TransferSend& record = m_sends[index];
        if (!outcome) {
            record.errors.push_back(outcome.error().describe());
            if (outcome.error().kind == ErrorKind::Timeout)
                continue;
            break;
        }
        if (outcome->status == TxStatus::Confirmed) {
            record.state = TransferSend::State::Confirmed;
            co_return;
        }
        record.errors.push_back(std::string(client::txStatusName(outcome->status)) + ": " +
                                outcome->reason);
        break;
    }
    m_sends[index].state = TransferSend::State::Failed;
}

} // namespace soak
