// SPDX-License-Identifier: MIT
#pragma once

#include "cli/WalletSession.h"
#include "client/Src20Metadata.h"
#include "client/Src20Token.h"

namespace seismic::cli {

// The options of every `token` subcommand.
inline constexpr unsigned kTokenFeatures =
    CommandLine::Endpoint | CommandLine::Signer | CommandLine::Json | CommandLine::Token;

// A wallet session and the token (--token, $TOKEN_ADDRESS) it reaches.
struct TokenSession : WalletSession
{
    std::optional<client::Src20Token> token;
};

// Parses `arguments` (exactly `positionals` of them), then opens the wallet and the token.
// Awaited at once by the command that owns `cli`.
QCoro::Task<TokenSession> openToken(CommandLine& cli, QStringList arguments,
                                    CommandLine::KeyUse use, int positionals = 0);

// token, name, symbol, decimals.
Record metadataRecord(const Address& token, const client::Src20Metadata& metadata);

} // namespace seismic::cli
