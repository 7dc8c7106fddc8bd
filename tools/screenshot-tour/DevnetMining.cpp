// SPDX-License-Identifier: MIT
#include "DevnetMining.h"

#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"

#include <QJsonArray>
#include <QPointer>

namespace seismic::app {

Result<std::unique_ptr<DevnetMining>> DevnetMining::connect(const QUrl& rpcUrl)
{
    auto transport = rpc::makeTransport(rpcUrl);
    if (!transport)
        return std::move(transport).error();
    return std::unique_ptr<DevnetMining>(
        new DevnetMining(std::make_unique<rpc::RpcClient>(std::move(transport).value())));
}

DevnetMining::DevnetMining(std::unique_ptr<rpc::RpcClient> rpc)
    : m_rpc(std::move(rpc))
{}

DevnetMining::~DevnetMining() = default;

namespace {

QJsonArray automine(bool on)
{
    return QJsonArray{on};
}

} // namespace

QCoro::Task<Status> DevnetMining::pause()
{
    auto paused = co_await m_rpc->call(QStringLiteral("evm_setAutomine"), automine(false));
    if (!paused)
        co_return std::move(paused).error();
    co_return Status{};
}

QCoro::Task<Status> DevnetMining::resume()
{
    const QPointer<rpc::RpcClient> client = m_rpc.get();
    auto resumed = co_await client->call(QStringLiteral("evm_setAutomine"), automine(true));
    if (!resumed)
        co_return std::move(resumed).error();
    if (!client)
        co_return makeError(ErrorKind::Cancelled, "the devnet connection is gone");
    // Automine mines the transactions that come from now on; those already waiting need a block.
    auto mined = co_await client->call(QStringLiteral("evm_mine"));
    if (!mined)
        co_return std::move(mined).error();
    co_return Status{};
}

} // namespace seismic::app
