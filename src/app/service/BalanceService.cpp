// SPDX-License-Identifier: MIT
#include "app/service/BalanceService.h"

#include "app/AppLogging.h"
#include "app/model/ChainModel.h"
#include "app/model/SettingsModel.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/ClientSession.h"
#include "client/Erc20Balance.h"
#include "client/Src20Token.h"
#include "client/TokenProbe.h"
#include "client/WalletClient.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace seismic::app {
namespace {

QCoro::Task<Result<Uint256>> readNativeBalance(QPointer<client::PublicClient> client, Address owner)
{
    if (!client)
        co_return client::clientGone();
    co_return co_await client->eth().getBalance(owner);
}

QCoro::Task<Result<Uint256>> readSrc20Balance(client::Src20Token token)
{
    co_return co_await token.balance();
}

} // namespace

BalanceService::BalanceService(ClientSession& session, SettingsModel& settings, ChainModel& chain,
                               WalletModel& wallet, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_chain(chain)
    , m_wallet(wallet)
{
    connect(&m_session, &ClientSession::clientChanged, this, &BalanceService::reload);
    connect(&m_session, &ClientSession::newBlock, this, &BalanceService::refresh);
    // Another chain: its balances and token metadata, not the previous chain's.
    connect(&m_session, &ClientSession::chainChanged, this, &BalanceService::reload);
    connect(&m_chain, &ChainModel::networkChanged, this, &BalanceService::reload);
    connect(&m_wallet, &WalletModel::accountChanged, this, &BalanceService::reload);
    reload();
}

BalanceService::~BalanceService() = default;

QCoro::Task<Result<Uint256>> BalanceService::nativeBalanceOf(Address owner) const
{
    return readNativeBalance(QPointer<client::PublicClient>(m_session.publicClient()), owner);
}

void BalanceService::reload()
{
    const std::uint64_t generation = ++m_generation;
    m_tokens = m_settings.tokens(m_chain.network().name);
    publish();
    Q_EMIT tokensChanged();
    if (m_session.walletClient())
        updateMetadata(generation);
    refresh();
}

void BalanceService::publish()
{
    TokenTableModel& table = *m_wallet.tokens();
    // Without a connection there is nothing to read: the Overview says so instead.
    if (!m_wallet.account() || !m_session.publicClient()) {
        table.clear();
        return;
    }
    std::vector<TokenBalance> rows;
    TokenBalance native;
    native.kind = TokenKind::Native;
    //: The native coin of Seismic networks.
    native.name = tr("Ether");
    native.symbol = QStringLiteral("ETH");
    native.decimals = 18;
    rows.push_back(native);
    rows.insert(rows.end(), m_tokens.begin(), m_tokens.end());
    // Balances already read stay until they are read again.
    for (TokenBalance& row : rows) {
        for (int i = 0; i < table.rowCount(); ++i) {
            if (table.token(i).contract == row.contract && table.token(i).kind == row.kind)
                row.balance = table.token(i).balance;
        }
    }
    table.setTokens(std::move(rows));
}

QCoro::Task<> BalanceService::updateMetadata(std::uint64_t generation)
{
    QPointer<BalanceService> self(this);
    client::WalletClient* wallet = m_session.walletClient();
    const std::vector<TokenBalance> tokens = m_tokens;
    std::vector<TokenBalance> updated;
    for (const TokenBalance& token : tokens) {
        TokenBalance entry = token;
        auto metadata = co_await client::Src20Token(wallet, *token.contract).metadata();
        if (!self || generation != m_generation)
            co_return;
        if (metadata) {
            entry.name = QString::fromStdString(metadata->name);
            entry.symbol = QString::fromStdString(metadata->symbol);
            entry.decimals = metadata->decimals;
        } else {
            qCWarning(lcClient).noquote()
                << "cannot read the metadata of"
                << QString::fromStdString(token.contract->checksummed()) << ":"
                << QString::fromStdString(metadata.error().describe());
        }
        updated.push_back(std::move(entry));
    }
    if (updated == m_tokens)
        co_return;
    m_tokens = std::move(updated);
    m_settings.setTokens(m_chain.network().name, m_tokens);
    publish();
    Q_EMIT tokensChanged();
}

QCoro::Task<Result<TokenBalance>> BalanceService::addToken(Address contract)
{
    QPointer<BalanceService> self(this);
    const QPointer<client::WalletClient> wallet = m_session.walletClient();
    if (!wallet)
        co_return makeError(
            ErrorKind::InvalidArgument,
            tr("Unlock the account and connect to a network to add a token.").toStdString());
    const auto listed = [this, &contract] {
        return std::any_of(
            m_tokens.begin(), m_tokens.end(),
            [&contract](const TokenBalance& token) { return token.contract == contract; });
    };
    if (listed())
        co_return makeError(ErrorKind::InvalidArgument,
                            tr("%1 is already in the list.")
                                .arg(QString::fromStdString(contract.checksummed()))
                                .toStdString());
    const std::uint64_t generation = m_generation;
    auto probe = co_await client::probeToken(wallet, contract);
    if (!self || generation != m_generation || !wallet)
        co_return client::clientGone();
    if (!probe)
        co_return std::move(probe).error();

    TokenBalance token;
    token.kind = probe->kind == client::TokenKind::Src20 ? TokenKind::Src20 : TokenKind::Erc20;
    token.contract = contract;
    token.name = QString::fromStdString(probe->metadata.name);
    token.symbol = QString::fromStdString(probe->metadata.symbol);
    token.decimals = probe->metadata.decimals;
    token.balance = probe->balance;
    if (listed())
        co_return makeError(ErrorKind::InvalidArgument,
                            tr("%1 is already in the list.")
                                .arg(QString::fromStdString(contract.checksummed()))
                                .toStdString());
    TokenBalance stored = token;
    stored.balance.reset();
    m_tokens.push_back(stored);
    m_settings.setTokens(m_chain.network().name, m_tokens);
    publish();
    m_wallet.tokens()->setBalance(contract, *token.balance);
    qCInfo(lcClient).noquote() << "added token" << token.symbol
                               << QString::fromStdString(contract.checksummed());
    Q_EMIT tokensChanged();
    co_return token;
}

void BalanceService::removeToken(const Address& contract)
{
    const auto removed =
        std::remove_if(m_tokens.begin(), m_tokens.end(), [&contract](const TokenBalance& token) {
            return token.contract == contract;
        });
    if (removed == m_tokens.end())
        return;
    m_tokens.erase(removed, m_tokens.end());
    m_settings.setTokens(m_chain.network().name, m_tokens);
    publish();
    Q_EMIT tokensChanged();
}

void BalanceService::refresh()
{
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    refreshTask();
}

QCoro::Task<> BalanceService::refreshTask()
{
    QPointer<BalanceService> self(this);
    m_refreshing = true;
    do {
        m_refreshAgain = false;
        const QPointer<client::PublicClient> client = m_session.publicClient();
        const auto account = m_wallet.account();
        if (!client || !account)
            break;
        client::WalletClient* wallet = m_session.walletClient();
        const std::uint64_t session = m_session.generation();
        // Started together, so that the RPC client sends them as one batch.
        std::vector<std::pair<std::optional<Address>, QCoro::Task<Result<Uint256>>>> reads;
        reads.emplace_back(std::nullopt, readNativeBalance(client, *account));
        for (const TokenBalance& token : m_tokens) {
            if (token.kind == TokenKind::Erc20)
                reads.emplace_back(token.contract,
                                   client::erc20BalanceOf(client, *token.contract, *account));
            else if (wallet)
                reads.emplace_back(token.contract,
                                   readSrc20Balance(client::Src20Token(wallet, *token.contract)));
        }
        for (auto& [contract, read] : reads) {
            auto balance = co_await std::move(read);
            if (!self)
                co_return;
            if (session != m_session.generation() || account != m_wallet.account())
                break;
            if (balance)
                m_wallet.tokens()->setBalance(contract, *balance);
            else if (balance.error().kind != ErrorKind::Cancelled)
                qCWarning(lcClient).noquote()
                    << "cannot read the balance of"
                    << (contract ? QString::fromStdString(contract->checksummed())
                                 : QStringLiteral("the native coin"))
                    << ":" << QString::fromStdString(balance.error().describe());
        }
    } while (m_refreshAgain);
    m_refreshing = false;
}

} // namespace seismic::app
