// SPDX-License-Identifier: MIT
#include "client/Transfer.h"

namespace seismic::client {

std::string_view transferKindName(TransferKind kind)
{
    switch (kind) {
    case TransferKind::Transfer:
        return "transfer";
    case TransferKind::Mint:
        return "mint";
    case TransferKind::Burn:
        return "burn";
    case TransferKind::Approval:
        return "approval";
    }
    return "unknown";
}

} // namespace seismic::client
