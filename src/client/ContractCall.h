// SPDX-License-Identifier: MIT
#pragma once

#include "client/FunctionArguments.h"
#include "client/PreparedTransaction.h"
#include "client/TxRequest.h"
#include "core/Address.h"
#include "core/abi/ContractAbi.h"

#include <string_view>

namespace seismic::client {

// A call of one function of a contract from its JSON ABI: the request (selector and encoded
// arguments, the ABI's custom errors to decode reverts with) and the function, to decode its
// outputs. Functions are named by name ("transfer") or full signature
// ("transfer(address,suint256)").
struct ContractCall
{
    TxRequest request;
    AbiFunction function;

    // How a write of it goes: shielded when the function has shielded inputs (their values must
    // be encrypted), else transparent (EIP-1559 where the chain has a base fee).
    TxKind writeKind() const;
};

// NotFound for a function the ABI does not have; InvalidArgument naming the function and the
// parameter for an argument that does not fit its type.
Result<ContractCall> contractCall(Address contract, const ContractAbi& abi,
                                  std::string_view function, const FunctionArguments& arguments,
                                  TxOptions options = {});

} // namespace seismic::client
