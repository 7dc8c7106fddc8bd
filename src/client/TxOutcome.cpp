// SPDX-License-Identifier: MIT
#include "client/TxOutcome.h"

namespace seismic::client {

std::string_view txStatusName(TxStatus status)
{
    switch (status) {
    case TxStatus::Pending:
        return "pending";
    case TxStatus::Confirmed:
        return "confirmed";
    case TxStatus::Failed:
        return "failed";
    case TxStatus::Expired:
        return "expired";
    case TxStatus::Replaced:
        return "replaced";
    }
    return "unknown";
}

} // namespace seismic::client
