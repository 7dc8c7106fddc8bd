// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/SendRequest.h"
#include "app/model/TokenBalance.h"
#include "core/abi/ContractAbi.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace seismic::app {

// The Send form as typed, with what the form knows around it: no widgets.
struct SendForm
{
    enum class Mode
    {
        Transfer,
        ContractCall,
    };
    Mode mode = Mode::Transfer;

    // Why nothing can be sent now, first what comes first: no account, locked, not connected,
    // the send activity's own reason (translated; empty when it can send).
    bool hasAccount = false;
    bool watchOnly = false; // the account has no key
    bool unlocked = false;
    bool connected = false;
    QString unavailableReason;

    // Transfers: the selected token (none: no balances were read), recipient and amount text.
    std::optional<TokenBalance> token;
    QString recipient;
    QString amount;

    // Contract calls: the contract's address, the ABI file's path, the ABI read from it (or why
    // not, or that it is being read), the selected function's signature and one text per
    // parameter.
    QString contract;
    QString abiPath;
    std::optional<ContractAbi> abi;
    QString abiProblem;
    bool abiReading = false;
    QString function;
    std::vector<QString> arguments;
};

// What the form asks for, or what keeps it from being sent: a general problem (the first of: the
// account and the connection, then missing input) and the problems of single fields, shown next
// to them (translated). Every field is checked, whatever the general problem.
struct SendFormValidation
{
    std::optional<SendRequest> request;
    QString problem;
    QString recipientError;
    QString amountError;
    QString contractError;
    QString abiError;
    std::vector<QString> argumentErrors; // one per argument
};

// Validates the Send form: EIP-55 checksummed addresses, exact decimal amounts within the token's
// decimals and the known balance, arguments parsed for their ABI types.
class SendFormValidator
{
    Q_DECLARE_TR_FUNCTIONS(seismic::app::SendFormValidator)

public:
    static SendFormValidation validate(const SendForm& form);

private:
    static void validateTransfer(const SendForm& form, SendFormValidation& validation);
    static void validateCall(const SendForm& form, SendFormValidation& validation);
};

} // namespace seismic::app
