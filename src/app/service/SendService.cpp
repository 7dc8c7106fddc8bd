// SPDX-License-Identifier: MIT
#include "app/service/SendService.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/ErrorText.h"
#include "app/model/TxHistoryModel.h"
#include "app/model/WalletModel.h"
#include "client/NonceManager.h"
#include "client/ReceiptTracker.h"
#include "client/WalletClient.h"
#include "rpc/WhenAll.h"

namespace seismic::app {
namespace {

Error serviceGone()
{
    return makeError(ErrorKind::Cancelled, "the connection was closed while preparing the send");
}

client::TxOptions optionsFor(const SendPlan& plan)
{
    client::TxOptions options;
    options.value = plan.request.value;
    options.gas = plan.gas;
    // A fixed price: transparent writes go as legacy transactions at exactly this price.
    options.gasPrice = plan.gasPrice;
    options.security.expiresAtBlock = plan.expiresAtBlock;
    options.security.recentBlockHash = plan.recentBlockHash;
    return options;
}

// The signed gas estimate of the request as it will be sent (what the client's write would do).
QCoro::Task<Result<std::uint64_t>> estimate(QPointer<client::WalletClient> client,
                                            SendRequest request)
{
    if (!client)
        co_return serviceGone();
    client::TxOptions options;
    options.value = request.value;
    if (!request.abi)
        co_return co_await client->estimateGas(client::TxRequest(request.to, {}, options));
    const client::ShieldedContract contract = client->contract(request.to, *request.abi);
    co_return co_await contract.estimateGas(request.function,
                                            client::FunctionArguments(request.arguments), options);
}

// The calldata of the request, kept with the record while it is pending.
Result<Bytes> calldataOf(const SendRequest& request)
{
    if (!request.abi)
        return Bytes();
    auto function = request.abi->function(request.function);
    if (!function)
        return std::move(function).error();
    return (*function)->encodeCall(request.arguments);
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

SendService::SendService(WalletModel& wallet, ChainModel& chain, QString historyDirectory,
                         QObject* parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_chain(chain)
    , m_store(std::move(historyDirectory), *wallet.history())
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

QCoro::Task<Result<SendPlan>> SendService::prepare(SendRequest request)
{
    const QPointer<SendService> self(this);
    const QPointer<client::WalletClient> client = m_client;
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        co_return makeError(ErrorKind::Unsupported, reason.toStdString());
    auto data = calldataOf(request);
    if (!data)
        co_return std::move(data).error();

    auto eth = client->eth();
    auto [synced, block, gasPrice, gas] =
        co_await rpc::whenAll(client->nonces()->sync(), eth.getBlock(rpc::BlockId::latest()),
                              eth.gasPrice(), estimate(client, request));
    if (!self || !client)
        co_return serviceGone();
    if (!gas)
        co_return std::move(gas).error();
    if (!synced)
        co_return std::move(synced).error();
    if (!block)
        co_return std::move(block).error();
    if (!gasPrice)
        co_return std::move(gasPrice).error();
    const auto nonce = client->nonces()->peek();
    if (!*block || !(*block)->number || !(*block)->hash || !nonce)
        co_return makeError(ErrorKind::Decode, "the node did not describe its latest block");

    SendPlan plan;
    plan.from = client->address();
    plan.shielded = request.shielded();
    plan.nonce = *nonce;
    plan.gas = *gas;
    plan.gasPrice = *gasPrice;
    plan.latestBlock = *(*block)->number;
    if (plan.shielded) {
        plan.expiresAtBlock = plan.latestBlock + client->options().blocksWindow;
        plan.recentBlockHash = *(*block)->hash;
    }
    plan.request = std::move(request);
    co_return plan;
}

quint64 SendService::send(SendPlan plan)
{
    const SendRequest& request = plan.request;
    TxRecord record;
    record.time = QDateTime::currentDateTime();
    //: History action of a payment of the chain's own coin (no contract call).
    record.action = request.abi ? QString::fromStdString(request.function) : tr("Payment");
    record.to = request.to;
    if (request.kind == SendRequest::Kind::Transfer) {
        if (request.token)
            record.recipient = request.recipient;
        record.amount = request.amountText();
    }
    record.shielded = plan.shielded;
    record.nonce = plan.nonce;
    record.expiresAt = plan.expiresAtBlock;
    record.status = plan.shielded ? TxStatus::Encrypting : TxStatus::Signing;
    record.value = request.value;
    record.gas = plan.gas;
    record.gasPrice = plan.gasPrice;
    auto data = calldataOf(request);
    if (data)
        record.data = std::move(data).value();
    const quint64 id = m_wallet.history()->add(record);
    record.id = id;
    Q_EMIT recordChanged(record);
    run(id, m_generation, std::move(plan));
    return id;
}

QCoro::Task<> SendService::run(quint64 id, std::uint64_t generation, SendPlan plan)
{
    const QPointer<SendService> self(this);
    const QPointer<client::WalletClient> client = m_client;
    const SendRequest& request = plan.request;
    const client::TxOptions options = optionsFor(plan);
    Result<Hash> hash = serviceGone();
    std::optional<std::uint64_t> nonce;
    if (!client || !unavailableReason().isEmpty()) {
        hash = makeError(ErrorKind::Unsupported, unavailableReason().toStdString());
    } else if (!request.abi) {
        hash =
            co_await client->sendTransparentTransaction(client::TxRequest(request.to, {}, options));
    } else {
        const client::ShieldedContract contract = client->contract(request.to, *request.abi);
        const client::FunctionArguments arguments(request.arguments);
        if (plan.shielded) {
            auto written = co_await contract.dwrite(request.function, arguments, options);
            if (written) {
                hash = written->txHash;
                nonce = written->plaintextTx.nonce;
            } else {
                hash = std::move(written).error();
            }
        } else {
            hash = co_await contract.twrite(request.function, arguments, options);
        }
    }
    if (!self || generation != m_generation)
        co_return;
    auto record = m_wallet.history()->find(id);
    if (!record)
        co_return;
    if (!hash) {
        qCWarning(lcWallet).noquote() << "send failed:" << hash.error().describe().c_str();
        record->status = TxStatus::Failed;
        record->error = errorText(hash.error());
        record->data.clear();
        update(*record);
        co_return;
    }
    record->hash = *hash;
    if (nonce)
        record->nonce = *nonce;
    record->status = TxStatus::Sent;
    update(*record);
    qCInfo(lcWallet).noquote() << "sent transaction" << QString::fromStdString(hash->hex());
    // The outcome may already be known if the tracker was quicker than this coroutine.
    if (client)
        if (const auto known = client->tracker()->outcome(*hash))
            outcomeArrived(*known);
}

void SendService::historyOpened()
{
    ++m_generation;
    // Records that never got a hash were being sent when the application stopped.
    for (TxRecord record : m_wallet.history()->records()) {
        if (record.hash || !record.isPending())
            continue;
        record.status = TxStatus::Failed;
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
        if (record.status != TxStatus::Sent || !record.hash)
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
    switch (outcome.status) {
    case client::TxStatus::Pending:
        return;
    case client::TxStatus::Confirmed:
        record->status = TxStatus::Confirmed;
        break;
    case client::TxStatus::Failed:
        record->status = TxStatus::Failed;
        break;
    case client::TxStatus::Expired:
        record->status = TxStatus::Expired;
        break;
    }
    if (outcome.receipt) {
        record->block = outcome.blockNumber();
        record->gasUsed = outcome.gasUsed();
    }
    record->error = QString::fromStdString(outcome.reason);
    record->data.clear();
    update(*record);
}

void SendService::update(const TxRecord& record)
{
    m_wallet.history()->update(record);
    Q_EMIT recordChanged(record);
}

} // namespace seismic::app
