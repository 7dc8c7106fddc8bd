// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiFunction.h"

#include <string>
#include <variant>
#include <vector>

namespace seismic::client {

// The arguments of a contract call: ABI values, or one text per parameter as a user typed it
// (CLI options, form fields; read by AbiArgumentParser). Not an aggregate (see
// rpc::RpcRequest): build the vector first, then pass it.
class FunctionArguments
{
public:
    FunctionArguments() = default;
    FunctionArguments(std::vector<AbiValue> values)
        : m_arguments(std::move(values))
    {}
    FunctionArguments(std::vector<std::string> texts)
        : m_arguments(std::move(texts))
    {}

    // selector || encoded arguments. InvalidArgument naming the function and the parameter:
    // "setNumber(suint256): arg0: '1.5' is not an integer", "transfer(address,suint256):
    // expected 2 arguments, got 1".
    Result<Bytes> encodeCall(const AbiFunction& function) const;

private:
    std::variant<std::vector<AbiValue>, std::vector<std::string>> m_arguments;
};

} // namespace seismic::client
