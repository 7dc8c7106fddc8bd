// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Uint256.h"

#include <QString>

#include <optional>

namespace seismic::app {

// A validated transfer the user asked for on the Send page, for the send activity to confirm
// (nonce, gas, fee, expiry), encrypt, sign and send.
struct SendRequest
{
    std::optional<Address> token; // none: the native coin
    QString symbol;
    unsigned decimals = 18;
    Address recipient;
    Uint256 amount; // in base units
};

} // namespace seismic::app
