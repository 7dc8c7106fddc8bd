// SPDX-License-Identifier: MIT
#include "client/CommonAncestor.h"

#include "rpc/RpcClient.h"

namespace seismic::client {

Error blockNotYetKnown(std::uint64_t number)
{
    return makeError(ErrorKind::NotFound, "the node does not have block " + std::to_string(number) +
                                              " yet (it is behind the head reported)");
}

QCoro::Task<Result<std::optional<BlockCursor>>>
findCommonAncestor(rpc::EthApi eth, BlockCursor cursor, std::map<std::uint64_t, Hash> known,
                   std::uint64_t maxDepth)
{
    std::optional<Hash> oldHash = cursor.hash;
    auto number = cursor.number;
    for (std::uint64_t depth = 0; depth <= maxDepth; ++depth) {
        if (oldHash) {
            auto canonical = co_await eth.getBlock(rpc::BlockId::number(number));
            if (!canonical)
                co_return std::move(canonical).error();
            if (!*canonical || !(*canonical)->hash)
                co_return blockNotYetKnown(number);
            if (*(*canonical)->hash == *oldHash)
                co_return std::optional<BlockCursor>(BlockCursor{number, *oldHash});
            auto orphan = co_await eth.getBlock(rpc::BlockId::hash(*oldHash));
            if (!orphan)
                co_return std::move(orphan).error();
            oldHash.reset();
            if (*orphan)
                oldHash = (*orphan)->parentHash;
        }
        if (number == 0)
            break;
        --number;
        if (!oldHash) {
            if (const auto found = known.find(number); found != known.end())
                oldHash = found->second;
        }
    }
    co_return std::optional<BlockCursor>();
}

} // namespace seismic::client
