// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QString>

namespace seismic::app {

// The EIP-55 checksummed address.
inline QString addressText(const Address& address)
{
    return QString::fromStdString(address.checksummed());
}

// "0xf39F…2266": for places too narrow for the whole address (the status bar).
inline QString shortAddressText(const Address& address)
{
    const QString text = addressText(address);
    return text.left(6) + QStringLiteral("…") + text.right(4);
}

} // namespace seismic::app
