// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Uint256.h"
#include "core/Units.h"
#include "core/abi/ContractAbi.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace seismic::app {

// A validated transaction the user asked for on the Send page, for the send activity to
// confirm (nonce, gas, fee, expiry), encrypt, sign and send: a transfer of a token or of the
// native coin, or a call of any function of a contract from its JSON ABI.
struct SendRequest
{
    enum class Kind
    {
        Transfer,
        ContractCall,
    };
    Kind kind = Kind::Transfer;

    // Transfers: the token (none: the native coin), its symbol and decimals, who receives it
    // and how much, in base units.
    std::optional<Address> token;
    QString symbol;
    unsigned decimals = 18;
    Address recipient;
    Uint256 amount;

    // The transaction: the contract called (or the recipient of the native coin), the
    // contract's interface (none for a payment of the native coin), the function's full
    // signature in it ("transfer(address,suint256)"), its arguments, and the coin sent along.
    Address to;
    std::optional<ContractAbi> abi;
    std::string function;
    std::vector<AbiValue> arguments;
    Uint256 value = 0;

    // Transfers: "1.5 SDT".
    QString amountText() const
    {
        return QString::fromStdString(formatUnits(amount, decimals)) + QLatin1Char(' ') + symbol;
    }

    // Whether the call has shielded inputs, so that it goes as an encrypted Seismic transaction
    // (a payment of the native coin, or a call without shielded inputs, is transparent).
    bool shielded() const
    {
        if (!abi)
            return false;
        const auto found = abi->function(function);
        return found && (*found)->hasShieldedInputs();
    }
};

} // namespace seismic::app
