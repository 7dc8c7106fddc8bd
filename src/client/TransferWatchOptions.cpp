// SPDX-License-Identifier: MIT
#include "client/TransferWatchOptions.h"

#include "client/TransferLogDecoder.h"
#include "seismic/Src20Amount.h"

#include <algorithm>

namespace seismic::client {

namespace {

// The contracts of one kind: nothing for any contract, else the distinct addresses.
std::optional<std::vector<Address>> addressesOf(const std::vector<TokenSpec>& tokens,
                                                TokenKind kind)
{
    std::vector<Address> addresses;
    for (const auto& token : tokens) {
        if (token.kind != kind)
            continue;
        if (token.isAnyContract())
            return std::nullopt;
        if (std::find(addresses.begin(), addresses.end(), *token.address) == addresses.end())
            addresses.push_back(*token.address);
    }
    return addresses;
}

bool watches(const std::vector<TokenSpec>& tokens, TokenKind kind)
{
    return std::any_of(tokens.begin(), tokens.end(),
                       [kind](const TokenSpec& token) { return token.kind == kind; });
}

// Adds `base` once, or twice (from a party; to a party) when parties are given.
void addWithParties(std::vector<rpc::LogFilter>& filters, rpc::LogFilter base,
                    const std::vector<Address>& parties)
{
    if (parties.empty()) {
        filters.push_back(std::move(base));
        return;
    }
    std::vector<Hash> partyTopics;
    for (const auto& party : parties)
        partyTopics.push_back(addressTopic(party));
    for (std::size_t position : {1, 2}) {
        auto filter = base;
        filter.topics[position] = partyTopics;
        filters.push_back(std::move(filter));
    }
}

} // namespace

Status TransferWatchOptions::validate() const
{
    if (tokens.empty())
        return makeError(ErrorKind::InvalidArgument, "no token to watch");
    if (watches(tokens, TokenKind::Src20) && viewingKeys.empty() && !allSrc20Events)
        return makeError(ErrorKind::InvalidArgument,
                         "watching SRC20 tokens needs a viewing key, or allSrc20Events to see "
                         "the events without decrypting them");
    if (maxBlockRange == 0)
        return makeError(ErrorKind::InvalidArgument, "maxBlockRange must be at least 1");
    if (pollInterval.count() <= 0)
        return makeError(ErrorKind::InvalidArgument, "pollInterval must be positive");
    if (resyncInterval.count() < 0)
        return makeError(ErrorKind::InvalidArgument, "resyncInterval must not be negative");
    if (reorgHorizon == 0)
        return makeError(ErrorKind::InvalidArgument, "reorgHorizon must be at least 1");
    if (confirmations > 0 && liveMode == LiveMode::Subscribe)
        return makeError(ErrorKind::InvalidArgument,
                         "confirmations need polling: a subscription delivers at the head");
    return {};
}

Result<std::vector<rpc::LogFilter>> TransferWatchOptions::filters() const
{
    if (auto valid = validate(); !valid)
        return std::move(valid).error();
    std::vector<rpc::LogFilter> filters;
    if (watches(tokens, TokenKind::Src20)) {
        rpc::LogFilter filter;
        filter.addresses = addressesOf(tokens, TokenKind::Src20).value_or(std::vector<Address>{});
        filter.topics.resize(4);
        filter.topics[0] = std::vector<Hash>{src20TransferTopic()};
        if (includeApprovals)
            filter.topics[0]->push_back(src20ApprovalTopic());
        if (!allSrc20Events) {
            std::vector<Hash> keyHashes;
            for (const auto& key : viewingKeys) {
                const auto hash = viewingKeyHash(key);
                if (std::find(keyHashes.begin(), keyHashes.end(), hash) == keyHashes.end())
                    keyHashes.push_back(hash);
            }
            filter.topics[3] = std::move(keyHashes);
        }
        addWithParties(filters, std::move(filter), parties);
    }
    if (watches(tokens, TokenKind::Erc20)) {
        rpc::LogFilter filter;
        filter.addresses = addressesOf(tokens, TokenKind::Erc20).value_or(std::vector<Address>{});
        filter.topics.resize(3);
        filter.topics[0] = std::vector<Hash>{erc20TransferTopic()};
        if (includeApprovals)
            filter.topics[0]->push_back(erc20ApprovalTopic());
        addWithParties(filters, std::move(filter), parties);
    }
    return filters;
}

} // namespace seismic::client
