// SPDX-License-Identifier: MIT
#include "rpc/BlockId.h"

#include "core/Uint256.h"

#include <QJsonObject>

namespace seismic::rpc {

namespace {

const char* tagName(BlockTag tag)
{
    switch (tag) {
    case BlockTag::Latest:
        return "latest";
    case BlockTag::Pending:
        return "pending";
    case BlockTag::Earliest:
        return "earliest";
    case BlockTag::Safe:
        return "safe";
    case BlockTag::Finalized:
        return "finalized";
    }
    return "latest";
}

} // namespace

BlockId BlockId::number(std::uint64_t number)
{
    BlockId id;
    id.m_value = number;
    return id;
}

BlockId BlockId::hash(const Hash& hash)
{
    BlockId id;
    id.m_value = hash;
    return id;
}

QJsonValue BlockId::toJson() const
{
    if (isTag())
        return QString::fromLatin1(tagName(tag()));
    if (isNumber())
        return QString::fromStdString(toQuantity(Uint256(blockNumber())));
    return QJsonObject{{"blockHash", QString::fromStdString(blockHash().hex())}};
}

std::string BlockId::describe() const
{
    if (isTag())
        return tagName(tag());
    if (isNumber())
        return "block " + std::to_string(blockNumber());
    return "block " + blockHash().hex();
}

} // namespace seismic::rpc
