// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/TokenBalance.h"
#include "core/Address.h"
#include "core/Uint256.h"
#include "core/Units.h"
#include "core/abi/ContractAbi.h"

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace seismic::app {

// A validated transaction the user asked for on the Send page, for the send activity to have
// the client prepare (nonce, gas, fees, expiry), then confirm and send: a transfer of a token or
// of the native coin, or a call of a function of a contract from its JSON ABI.
struct SendRequest
{
    enum class Kind
    {
        Transfer,
        ContractCall,
        // A contract call that registers the account's viewing key in the Directory: its one
        // argument is the new key (a secret, never shown or kept in the history).
        ViewingKeyRegistration,
        // A call of a view or pure function: read (signed when its inputs are shielded), never
        // sent.
        ContractRead,
    };
    Kind kind = Kind::Transfer;

    // Transfers: what is sent (the native coin, an ERC20 or an SRC20 token, with the token's
    // contract), its symbol and decimals, who receives it and how much, in base units.
    TokenKind tokenKind = TokenKind::Native;
    std::optional<Address> token;
    QString symbol;
    unsigned decimals = 18;
    Address recipient;
    // The recipient's name in the address book when the request was made; empty without one.
    QString recipientLabel;
    Uint256 amount;

    // Contract calls: the contract, its interface, the function's full signature in it
    // ("setNumber(suint256)") and its arguments.
    Address contract;
    std::optional<ContractAbi> abi;
    std::string function;
    std::vector<AbiValue> arguments;

    // Transfers: "1.5 SDT", as the history records it (plain decimal, whatever the language).
    QString amountText() const
    {
        return QString::fromStdString(formatUnits(amount, decimals)) + QLatin1Char(' ') + symbol;
    }
};

} // namespace seismic::app
