// SPDX-License-Identifier: MIT
#include "cli/WalletSession.h"

namespace seismic::cli {

QCoro::Task<WalletSession> openWallet(const CommandLine& cli, CommandLine::KeyUse use)
{
    WalletSession session;
    auto options = cli.txOptions();
    if (!options) {
        session.failed = cli.fail(options.error());
        co_return session;
    }
    session.options = std::move(options).value();
    auto wallet = co_await cli.connectWallet(use);
    if (!wallet) {
        session.failed = cli.fail(wallet.error());
        co_return session;
    }
    session.wallet = std::move(wallet).value();
    co_return session;
}

} // namespace seismic::cli
