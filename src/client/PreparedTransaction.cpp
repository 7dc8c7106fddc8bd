// SPDX-License-Identifier: MIT
#include "client/PreparedTransaction.h"

namespace seismic::client {

std::string_view txKindName(TxKind kind)
{
    switch (kind) {
    case TxKind::Shielded:
        return "shielded";
    case TxKind::Eip1559:
        return "eip1559";
    case TxKind::Legacy:
        return "legacy";
    }
    return "unknown";
}

Uint256 PreparedTransaction::maxFee() const
{
    return Uint256(m_gas) * (m_kind == TxKind::Eip1559 ? m_maxFeePerGas : m_gasPrice);
}

} // namespace seismic::client
