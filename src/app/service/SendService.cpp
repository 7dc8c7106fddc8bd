// SPDX-License-Identifier: MIT
#include "app/service/SendService.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "client/ContractCall.h"
#include "client/ReceiptTracker.h"
#include "client/SendFailure.h"
#include "client/TokenTransfer.h"
#include "client/WalletClient.h"

namespace seismic::app {
namespace {

// A transfer of the native coin to an account, with no calldata.
constexpr std::uint64_t kNativeTransferGas = 21'000;

Error serviceGone()
{
    return makeError(ErrorKind::Cancelled, "the connection was closed while preparing the send");
}

// The transaction of a request, and how it goes: a payment of the native coin transparent,
// token transfers and contract calls as the client decides (shielded inputs are encrypted).
struct Write
{
    client::TxRequest request;
    client::TxKind kind = client::TxKind::Eip1559;
};

Result<Write> writeOf(const SendRequest& request)
{
    if (request.kind != SendRequest::Kind::Transfer) {
        auto call = client::contractCall(request.contract, *request.abi, request.function,
                                         client::FunctionArguments(request.arguments));
        if (!call)
            return std::move(call).error();
        return Write{std::move(call->request), call->writeKind()};
    }
    if (request.tokenKind == TokenKind::Native || !request.token) {
        client::TxOptions options;
        options.value = request.amount;
        return Write{client::TxRequest(request.recipient, {}, options), client::TxKind::Eip1559};
    }
    const auto kind =
        request.tokenKind == TokenKind::Src20 ? client::TokenKind::Src20 : client::TokenKind::Erc20;
    auto call = client::tokenTransfer(kind, *request.token, request.recipient, request.amount);
    return Write{std::move(call.request), call.writeKind()};
}

client::SentTransaction sentTransactionOf(const TxRecord& record)
{
    client::SentTransaction sent(*record.hash);
    sent.nonce = record.nonce;
    sent.expiresAtBlock = record.expiresAt;
    client::TxOptions options;
    options.value = record.value;
    options.gas = record.gas;
    options.gasPrice = record.gasPrice;
    sent.call = client::TxRequest(record.to, record.data, options);
    return sent;
}

} // namespace

SendService::SendService(WalletModel& wallet, ChainModel& chain, SendHistoryStore* history,
                         QObject* parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_chain(chain)
    , m_store(history, *wallet.history())
{
    const auto reopen = [this] {
        m_store.open(m_chain.network(), m_wallet.account());
    };
    connect(&m_store, &TxHistoryStore::opened, this, &SendService::historyOpened);
    connect(&m_wallet, &WalletModel::accountChanged, this, reopen);
    connect(&m_chain, &ChainModel::networkChanged, this, reopen);
    reopen();
}

SendService::~SendService() = default;

void SendService::setClient(client::WalletClient* client)
{
    if (m_client == client)
        return;
    disconnect(m_trackerConnection);
    disconnect(m_destroyedConnection);
    m_client = client;
    if (client) {
        m_trackerConnection = connect(client->tracker(), &client::ReceiptTracker::statusChanged,
                                      this, &SendService::outcomeArrived);
        m_destroyedConnection =
            connect(client, &QObject::destroyed, this, &SendService::availabilityChanged);
        followPending();
    }
    Q_EMIT availabilityChanged();
}

QString SendService::unavailableReason() const
{
    if (!m_client)
        return tr("Not connected: sending needs a connection to the network with the account "
                  "unlocked.");
    if (m_wallet.account() != m_client->address())
        return tr("The connection signs for another account; wait until it has reconnected.");
    return {};
}

QCoro::Task<Result<client::PreparedTransaction>> SendService::prepare(SendRequest request)
{
    const QPointer<SendService> self(this);
    const QPointer<client::WalletClient> client = m_client;
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        co_return makeError(ErrorKind::Unsupported, reason.toStdString());
    auto write = writeOf(request);
    if (!write)
        co_return std::move(write).error();
    auto prepared = co_await client->prepare(std::move(write->request), write->kind);
    if (!self || !client)
        co_return serviceGone();
    co_return prepared;
}

quint64 SendService::send(const SendRequest& request, client::PreparedTransaction prepared)
{
    TxRecord record;
    const bool transfer = request.kind == SendRequest::Kind::Transfer;
    record.action = transfer ? (request.token
                                    //: History action of a token transfer; %1 is its symbol.
                                    ? tr("Transfer %1").arg(request.symbol)
                                    //: History action of a payment of the chain's own coin.
                                    : tr("Payment"))
                             : QString::fromStdString(request.function);
    const bool viewingKey = request.kind == SendRequest::Kind::ViewingKeyRegistration;
    record.kind = viewingKey      ? TxAction::ViewingKey
                  : !transfer     ? TxAction::ContractCall
                  : request.token ? TxAction::TokenTransfer
                                  : TxAction::Payment;
    record.to = prepared.to().value_or(Address());
    if (transfer) {
        if (request.token)
            record.recipient = request.recipient;
        record.amount = request.amountText();
    }
    return start(std::move(record), std::move(prepared));
}

quint64 SendService::start(TxRecord record, client::PreparedTransaction prepared)
{
    record.time = QDateTime::currentDateTime();
    record.shielded = prepared.isShielded();
    record.nonce = prepared.nonce();
    record.expiresAt = prepared.expiresAtBlock();
    record.value = prepared.value();
    record.gas = prepared.gas();
    record.gasPrice =
        prepared.kind() == client::TxKind::Eip1559 ? prepared.maxFeePerGas() : prepared.gasPrice();
    record.priorityFee = prepared.maxPriorityFeePerGas();
    // The calldata of a viewing key registration holds the key: never in the history.
    if (record.kind != TxAction::ViewingKey)
        record.data = prepared.data();
    const quint64 id = m_wallet.history()->add(record);
    record.id = id;
    Q_EMIT recordChanged(record);
    // Sending needs an account (unavailableReason): the one the history is open for.
    run(record, m_chain.network(), m_wallet.account().value_or(Address()), m_generation,
        std::move(prepared));
    return id;
}

QString SendService::replacementRefusal(quint64 id, Replacement how) const
{
    const auto record = m_wallet.history()->find(id);
    if (!record || record->stage != SendStage::Sent || !record->isPending() || !record->nonce)
        return tr("Only a transaction that was sent and is still pending can be replaced.");
    if (how == Replacement::SpeedUp && record->kind == TxAction::ViewingKey)
        return tr("A viewing key registration cannot be sped up (its key is not kept): cancel "
                  "it and register a new key.");
    return unavailableReason();
}

QCoro::Task<Result<SendService::PreparedReplacement>>
SendService::prepareReplacement(quint64 id, Replacement how)
{
    const QPointer<SendService> self(this);
    const QPointer<client::WalletClient> wallet = m_client;
    if (const QString refusal = replacementRefusal(id, how); !refusal.isEmpty())
        co_return makeError(ErrorKind::InvalidArgument, refusal.toStdString());
    const TxRecord record = *m_wallet.history()->find(id);
    client::TxOptions options;
    SendRequest request;
    client::TxKind kind = client::TxKind::Eip1559;
    if (how == Replacement::SpeedUp) {
        options.value = record.value;
        options.gas = record.gas;
        kind = record.shielded ? client::TxKind::Shielded : client::TxKind::Eip1559;
        request.kind = SendRequest::Kind::ContractCall;
        request.contract = record.to;
        request.function = record.action.toStdString();
    } else {
        options.gas = kNativeTransferGas;
        request.kind = SendRequest::Kind::Transfer;
        request.recipient = wallet->address();
    }
    const Address to = how == Replacement::SpeedUp ? record.to : wallet->address();
    const Bytes data = how == Replacement::SpeedUp ? record.data : Bytes();
    // A shielded or legacy transaction paid one price, in both fields.
    const client::ReplacedFees fees{record.gasPrice,
                                    record.priorityFee != 0 ? record.priorityFee : record.gasPrice};
    auto prepared = co_await wallet->prepareReplacement(client::TxRequest(to, data, options), kind,
                                                        *record.nonce, fees);
    if (!self || !wallet)
        co_return serviceGone();
    if (!prepared)
        co_return std::move(prepared).error();
    co_return PreparedReplacement{std::move(request), std::move(prepared).value()};
}

quint64 SendService::sendReplacement(quint64 id, Replacement how,
                                     client::PreparedTransaction prepared)
{
    TxRecord record;
    if (const auto original = m_wallet.history()->find(id);
        original && how == Replacement::SpeedUp) {
        record.kind = original->kind;
        record.action = original->action;
        record.to = original->to;
        record.recipient = original->recipient;
        record.amount = original->amount;
    } else {
        record.kind = TxAction::Cancellation;
        record.to = prepared.to().value_or(Address());
    }
    record.replaces = id;
    return start(std::move(record), std::move(prepared));
}

void SendService::markReplaced(const TxRecord& winner)
{
    for (TxRecord other : m_wallet.history()->records()) {
        if (other.id == winner.id || other.nonce != winner.nonce ||
            other.stage != SendStage::Sent || !other.isPending())
            continue;
        other.replacedBy = winner.id;
        other.data.clear();
        update(other);
    }
}

QCoro::Task<> SendService::run(TxRecord record, NetworkConfig network, Address account,
                               std::uint64_t generation, client::PreparedTransaction prepared)
{
    const QPointer<SendService> self(this);
    const QPointer<client::WalletClient> client = m_client;
    Result<client::SubmittedTransaction> sent = serviceGone();
    if (!client || !unavailableReason().isEmpty())
        sent = makeError(ErrorKind::Unsupported, unavailableReason().toStdString());
    else
        sent = co_await client->send(std::move(prepared));
    if (!self)
        co_return;
    if (!sent) {
        qCWarning(lcWallet).noquote() << "send failed:" << sent.error().describe().c_str();
        record.stage = SendStage::NotSent;
        record.error =
            client::classifySendFailure(sent.error()) == client::SendFailure::NonceConflict
                //: %1 is a nonce another transaction of the account used meanwhile.
                ? tr("Nonce %1 was used by another transaction meanwhile; review the send "
                     "again.")
                      .arg(record.nonce.value_or(0))
                : errorLine(sent.error());
        record.data.clear();
    } else {
        record.hash = sent->hash;
        record.nonce = sent->nonce;
        record.stage = SendStage::Sent;
    }
    if (generation != m_generation) {
        // Another account or network is open now: the history this was sent from keeps it (and
        // follows it to its outcome once it is open again).
        if (auto kept = m_store.amend(network, account, record); !kept)
            qCWarning(lcWallet).noquote() << "transaction history not saved:"
                                          << QString::fromStdString(kept.error().describe());
        co_return;
    }
    if (!m_wallet.history()->find(record.id))
        co_return;
    update(record);
    if (!sent)
        co_return;
    qCInfo(lcWallet).noquote() << "sent transaction" << QString::fromStdString(sent->hash.hex());
    // The outcome may already be known if the tracker was quicker than this coroutine.
    if (client)
        if (const auto known = client->tracker()->outcome(sent->hash))
            outcomeArrived(*known);
}

void SendService::historyOpened()
{
    ++m_generation;
    // Records that never got a hash were being sent when the application stopped.
    for (TxRecord record : m_wallet.history()->records()) {
        if (record.hash || !record.isPending())
            continue;
        record.stage = SendStage::NotSent;
        record.error = tr("The application stopped while sending it; whether it reached the "
                          "network is unknown.");
        record.data.clear();
        update(record);
    }
    followPending();
    Q_EMIT availabilityChanged();
}

void SendService::followPending()
{
    if (!m_client || !unavailableReason().isEmpty())
        return;
    client::ReceiptTracker* tracker = m_client->tracker();
    for (const TxRecord& record : m_wallet.history()->records()) {
        if (record.stage != SendStage::Sent || !record.isPending() || !record.hash)
            continue;
        if (const auto known = tracker->outcome(*record.hash))
            outcomeArrived(*known);
        else
            tracker->track(sentTransactionOf(record));
    }
}

void SendService::outcomeArrived(const client::TxOutcome& outcome)
{
    auto record = m_wallet.history()->find(outcome.hash);
    if (!record || !record->isPending())
        return;
    if (outcome.status == client::TxStatus::Pending)
        return;
    record->stage = SendStage::Sent;
    record->status = outcome.status;
    if (outcome.receipt) {
        record->block = outcome.blockNumber();
        record->gasUsed = outcome.gasUsed();
    }
    record->error = QString::fromStdString(outcome.reason);
    record->data.clear();
    update(*record);
    // In a block, it used its nonce: every other transaction with it can never be.
    if (outcome.status == client::TxStatus::Confirmed || outcome.status == client::TxStatus::Failed)
        markReplaced(*record);
}

void SendService::update(const TxRecord& record)
{
    m_wallet.history()->update(record);
    Q_EMIT recordChanged(record);
}

} // namespace seismic::app
