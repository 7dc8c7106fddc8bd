// SPDX-License-Identifier: MIT
#include "client/TokenProbe.h"

#include "client/Erc20Balance.h"
#include "client/Src20Token.h"
#include "client/WalletClient.h"

namespace seismic::client {

QCoro::Task<Result<TokenProbe>> probeToken(QPointer<WalletClient> client, Address token)
{
    if (!client)
        co_return clientGone();
    const Src20Token src20(client, token);
    auto metadata = co_await src20.metadata();
    if (!client)
        co_return clientGone();
    if (!metadata)
        co_return std::move(metadata).error();
    TokenProbe probe;
    probe.metadata = std::move(metadata).value();
    auto erc20 =
        co_await erc20BalanceOf(QPointer<PublicClient>(client.data()), token, client->address());
    if (!client)
        co_return clientGone();
    if (erc20) {
        probe.kind = TokenKind::Erc20;
        probe.balance = *erc20;
        co_return probe;
    }
    auto shielded = co_await src20.balance();
    if (!client)
        co_return clientGone();
    if (!shielded)
        co_return makeError(ErrorKind::Decode,
                            token.checksummed() + " is neither an ERC20 token (" +
                                erc20.error().message + ") nor an SRC20 token (" +
                                shielded.error().message + ")");
    probe.kind = TokenKind::Src20;
    probe.balance = *shielded;
    co_return probe;
}

} // namespace seismic::client
