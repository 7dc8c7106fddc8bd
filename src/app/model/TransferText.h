// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "store/TransferRecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace seismic::app {

// Which way a transfer went, relative to the watched account.
enum class TransferFlow
{
    In,    // to the account
    Out,   // from the account
    Self,  // from the account to itself
    Mint,  // from the zero address: new tokens
    Burn,  // to the zero address: tokens destroyed
    Other, // neither from nor to the account (a whole-token watch)
};

TransferFlow transferFlowOf(const store::TransferRecord& transfer,
                            const std::optional<Address>& account);

// How the transfers table describes a transfer to a person (translated).
class TransferText
{
    Q_DECLARE_TR_FUNCTIONS(seismic::app::TransferText)

public:
    // "in", "out", "self", "mint", "burn", or "—".
    static QString flow(TransferFlow flow);
    // An icon of the resources for the flow; empty for Other.
    static QString flowIcon(TransferFlow flow);
    // Short: "Public", or who holds a key for the amount: "Sender, recipient, 2 providers".
    static QString visibility(const store::TransferRecord& transfer);
    // A sentence: "You and the recipient can read this amount; 2 providers".
    static QString visibilitySentence(const store::TransferRecord& transfer,
                                      const std::optional<Address>& account);
    static QString visibilityIcon(const store::TransferRecord& transfer);
};

} // namespace seismic::app
