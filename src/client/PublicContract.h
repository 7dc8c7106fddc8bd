// SPDX-License-Identifier: MIT
#pragma once

#include "client/ContractCall.h"
#include "client/FunctionArguments.h"
#include "client/TxOptions.h"
#include "client/TxRequest.h"
#include "core/Address.h"
#include "core/abi/ContractAbi.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <memory>
#include <string>
#include <vector>

namespace seismic::client {

class PublicClient;

// A deployed contract and its JSON ABI, seen through a client: transparent reads (PY tread), and
// the calldata of any of its functions. Functions are named by name ("transfer") or full
// signature ("transfer(address,suint256)"); an unknown one is NotFound "function 'x' not found
// in ABI". A cheap value: copies share the ABI. Its calls hold only a guarded pointer to the
// client (Cancelled if the client is gone) and do not touch the contract object after they
// start, so the object may go away while they run.
class PublicContract
{
public:
    PublicContract(PublicClient* client, Address address, ContractAbi abi);

    const Address& address() const { return m_address; }
    const ContractAbi& abi() const { return *m_abi; }
    Result<const AbiFunction*> function(std::string_view nameOrSignature) const;
    // selector || encoded arguments of `function`.
    Result<Bytes> encodeCall(std::string_view function, const FunctionArguments& arguments) const;

    // Plain eth_call {to, data} (msg.sender is the zero address); outputs decoded (empty return
    // data with declared outputs decodes as zero values, spec 7.1). A revert is a Revert error,
    // custom errors of the ABI decoded.
    QCoro::Task<Result<std::vector<AbiValue>>> readTransparent(std::string function,
                                                               FunctionArguments arguments = {},
                                                               TxOptions options = {}) const;

    // The request for `function` with `arguments`, and the function itself (a copy, so that a
    // coroutine can decode the answer without this object).
    Result<ContractCall> call(std::string_view function, const FunctionArguments& arguments,
                              TxOptions options = {}) const;

private:
    QPointer<PublicClient> m_client;
    Address m_address;
    std::shared_ptr<const ContractAbi> m_abi;
};

} // namespace seismic::client
