// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CommandLine.h"
#include "client/TxOptions.h"
#include "client/WalletClient.h"

#include <memory>
#include <optional>

namespace seismic::cli {

// What a signing command starts with: the transaction options it was given and a wallet
// connected with the signer; or the exit code of what went wrong (already reported).
struct WalletSession
{
    std::unique_ptr<client::WalletClient> wallet;
    client::TxOptions options;
    std::optional<int> failed;
};

// Awaited at once by the command that owns `cli`.
QCoro::Task<WalletSession> openWallet(const CommandLine& cli,
                                      CommandLine::KeyUse use = CommandLine::KeyUse::Signing);

} // namespace seismic::cli
