// SPDX-License-Identifier: MIT
// Token transfers on the devnet, made with the client library (not the app under test).
#pragma once

#include "client/ClientOptions.h"
#include "client/Src20Token.h"
#include "client/WalletClient.h"

#include <QCoroTask>
#include <QPointer>
#include <QUrl>

namespace apptest {

// `hash`, sent by `wallet`, once confirmed; a failed or expired one is an error.
inline QCoro::Task<seismic::Result<seismic::Hash>>
confirmedHash(QPointer<seismic::client::WalletClient> wallet, seismic::Hash hash)
{
    using namespace seismic;
    auto outcome = co_await wallet->waitForTransaction(hash);
    if (!outcome)
        co_return std::move(outcome).error();
    if (outcome->status != client::TxStatus::Confirmed)
        co_return makeError(ErrorKind::Revert, outcome->reason);
    co_return hash;
}

// An SRC20 transfer from `sender`; the transaction hash once confirmed.
inline QCoro::Task<seismic::Result<seismic::Hash>>
sendSrc20(QString rpcUrl, seismic::PrivateKey sender, seismic::Address token, seismic::Address to,
          seismic::Uint256 amount)
{
    using namespace seismic;
    auto wallet =
        co_await client::WalletClient::connect(client::ClientOptions::forUrl(QUrl(rpcUrl)), sender);
    if (!wallet)
        co_return std::move(wallet).error();
    auto hash = co_await client::Src20Token(wallet->get(), token).transfer(to, amount);
    if (!hash)
        co_return std::move(hash).error();
    co_return co_await confirmedHash(wallet->get(), *hash);
}

} // namespace apptest
