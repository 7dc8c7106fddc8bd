// SPDX-License-Identifier: MIT
#include "store/TransferColumns.h"

#include "store/StoreError.h"
#include "store/StoreValues.h"

#include <array>

namespace seismic::store {
namespace {

const std::array<client::AmountStatus, 5> kAmountStatuses = {
    client::AmountStatus::Plain, client::AmountStatus::Decrypted, client::AmountStatus::NoKey,
    client::AmountStatus::ForeignKey, client::AmountStatus::Undecryptable};
const std::array<client::TransferKind, 4> kTransferKinds = {
    client::TransferKind::Transfer, client::TransferKind::Mint, client::TransferKind::Burn,
    client::TransferKind::Approval};

template<typename Enum, std::size_t N>
Result<Enum> readName(const QVariant& value, const std::array<Enum, N>& values,
                      QString (*textOf)(Enum), const char* column)
{
    auto text = readText(value, column, 16);
    if (!text)
        return std::move(text).error();
    for (const Enum candidate : values)
        if (*text == textOf(candidate))
            return candidate;
    return storeError(StoreFailure::Corrupt,
                      std::string("the store's column ") + column + " holds an unknown name");
}

} // namespace

QString amountStatusText(client::AmountStatus status)
{
    return QString::fromLatin1(client::amountStatusName(status));
}

Result<client::AmountStatus> readAmountStatus(const QVariant& value)
{
    return readName(value, kAmountStatuses, &amountStatusText, "transfers.amount_status");
}

QString transferKindText(client::TransferKind kind)
{
    return QString::fromLatin1(client::transferKindName(kind));
}

Result<client::TransferKind> readTransferKind(const QVariant& value)
{
    return readName(value, kTransferKinds, &transferKindText, "transfers.kind");
}

} // namespace seismic::store
