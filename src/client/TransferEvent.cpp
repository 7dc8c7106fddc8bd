// SPDX-License-Identifier: MIT
#include "client/TransferEvent.h"

namespace seismic::client {

std::string_view transferEventKindName(TransferEventKind kind)
{
    switch (kind) {
    case TransferEventKind::Transfer:
        return "transfer";
    case TransferEventKind::Approval:
        return "approval";
    }
    return "unknown";
}

std::string_view amountStatusName(AmountStatus status)
{
    switch (status) {
    case AmountStatus::Plain:
        return "plain";
    case AmountStatus::Decrypted:
        return "decrypted";
    case AmountStatus::NoKey:
        return "no-key";
    case AmountStatus::ForeignKey:
        return "foreign-key";
    case AmountStatus::Undecryptable:
        return "undecryptable";
    }
    return "unknown";
}

std::string_view transferDirectionName(TransferDirection direction)
{
    switch (direction) {
    case TransferDirection::Unknown:
        return "unknown";
    case TransferDirection::Incoming:
        return "incoming";
    case TransferDirection::Outgoing:
        return "outgoing";
    case TransferDirection::Self:
        return "self";
    case TransferDirection::Other:
        return "other";
    }
    return "unknown";
}

} // namespace seismic::client
