// SPDX-License-Identifier: MIT
#include "app/service/SendFormValidator.h"

#include "app/model/AmountText.h"
#include "app/model/ErrorText.h"
#include "core/abi/AbiArgumentParser.h"

namespace seismic::app {
namespace {

// The address typed in a field; none if it is empty or invalid, and then `error` says why
// (`problem`, with the detail).
std::optional<Address> addressField(const QString& text, const QString& problem, QString& error)
{
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Address::parse(text.toStdString());
    if (parsed)
        return *parsed;
    error = errorText(problem, parsed.error());
    return std::nullopt;
}

} // namespace

SendFormValidation SendFormValidator::validate(const SendForm& form)
{
    SendFormValidation validation;
    validation.argumentErrors.resize(form.arguments.size());
    if (form.mode == SendForm::Mode::Transfer)
        validateTransfer(form, validation);
    else
        validateCall(form, validation);
    QString general;
    if (!form.hasAccount)
        general = tr("Import or create an account to send.");
    else if (form.watchOnly)
        general = tr("This is a watch-only account: without its key nothing can be sent from "
                     "it. Switch to an account with a key on the Accounts page.");
    else if (!form.unlocked)
        general = tr("Unlock the account to send.");
    else if (!form.connected)
        general = tr("Connect to a network to send.");
    else if (!form.unavailableReason.isEmpty())
        general = form.unavailableReason;
    if (!general.isEmpty())
        validation.problem = general;
    if (!validation.problem.isEmpty())
        validation.request.reset();
    return validation;
}

void SendFormValidator::validateTransfer(const SendForm& form, SendFormValidation& validation)
{
    const QString recipientText = form.recipient.trimmed();
    const QString amountText = form.amount.trimmed();
    const std::optional<Address> recipient = addressField(
        recipientText, tr("The recipient is not a valid address."), validation.recipientError);
    std::optional<Uint256> amount;
    if (form.token && !amountText.isEmpty()) {
        const TokenBalance& token = *form.token;
        const ParsedAmount parsed = AmountText::parse(amountText, token.decimals);
        if (!parsed.value)
            validation.amountError = parsed.problem;
        else if (*parsed.value == 0)
            validation.amountError = tr("The amount must be more than zero.");
        else if (token.balance && *parsed.value > *token.balance)
            //: %1 is an amount, %2 a token symbol.
            validation.amountError =
                tr("The amount is more than the balance (%1 %2).")
                    .arg(AmountText::exact(*token.balance, token.decimals), token.symbol);
        else
            amount = parsed.value;
    }
    if (!form.token)
        validation.problem = tr("There is nothing to send yet: no balances were read.");
    else if (recipientText.isEmpty())
        validation.problem = tr("Enter the recipient’s address.");
    else if (amountText.isEmpty())
        validation.problem = tr("Enter the amount.");
    if (!form.token || !recipient || !amount)
        return;

    const TokenBalance& token = *form.token;
    SendRequest request;
    request.kind = SendRequest::Kind::Transfer;
    request.tokenKind = token.contract ? token.kind : TokenKind::Native;
    request.token = token.contract;
    request.symbol = token.symbol;
    request.decimals = token.decimals;
    request.recipient = *recipient;
    request.amount = *amount;
    validation.request = std::move(request);
}

void SendFormValidator::validateCall(const SendForm& form, SendFormValidation& validation)
{
    const QString contractText = form.contract.trimmed();
    const std::optional<Address> contract = addressField(
        contractText, tr("The contract is not a valid address."), validation.contractError);
    if (!form.abiProblem.isEmpty())
        validation.abiError = form.abiProblem;

    const AbiFunction* function = nullptr;
    if (form.abi && !form.function.isEmpty()) {
        if (auto found = form.abi->function(form.function.toStdString()); found)
            function = *found;
    }
    std::vector<AbiValue> arguments;
    bool argumentsComplete = function != nullptr;
    if (function) {
        const auto& inputs = function->inputs();
        if (form.arguments.size() != inputs.size())
            argumentsComplete = false;
        for (std::size_t i = 0; i < inputs.size() && i < form.arguments.size(); ++i) {
            const std::string text = form.arguments[i].toStdString();
            const bool isString = inputs[i].type.kind() == AbiType::Kind::String;
            if (text.empty() && !isString) {
                argumentsComplete = false;
                continue;
            }
            const std::string name =
                inputs[i].name.empty() ? "arg" + std::to_string(i) : inputs[i].name;
            auto value = AbiArgumentParser::parse(inputs[i].type, text, name);
            if (value) {
                arguments.push_back(std::move(value).value());
            } else {
                validation.argumentErrors[i] = errorText(value.error());
                argumentsComplete = false;
            }
        }
    }
    if (contractText.isEmpty())
        validation.problem = tr("Enter the contract’s address.");
    else if (!form.abi && form.abiProblem.isEmpty())
        validation.problem = form.abiReading ? tr("Reading the ABI file…")
                             : form.abiPath.trimmed().isEmpty()
                                 ? tr("Choose the contract’s ABI file.")
                                 : tr("Press Enter in the ABI file field to read it.");
    else if (function && !argumentsComplete)
        validation.problem = tr("Enter a value for every argument.");
    if (!contract || !function || !argumentsComplete)
        return;

    SendRequest request;
    request.kind =
        function->isReadOnly() ? SendRequest::Kind::ContractRead : SendRequest::Kind::ContractCall;
    request.contract = *contract;
    request.abi = *form.abi;
    request.function = function->signature();
    request.arguments = std::move(arguments);
    validation.request = std::move(request);
}

} // namespace seismic::app
