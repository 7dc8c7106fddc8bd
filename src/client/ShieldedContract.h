// SPDX-License-Identifier: MIT
#pragma once

#include "client/DebugWriteResult.h"
#include "client/PreparedTransaction.h"
#include "client/PublicContract.h"

namespace seismic::client {

class WalletClient;

// A deployed contract seen through a wallet client: every namespace of the reference SDK's
// ShieldedContract, under names that say what they do.
//
//   write             shielded write if the function has shielded inputs, else transparent
//   read              signed read if the function has shielded inputs, else plain eth_call
//   writeShielded     always a shielded write           (SDK: swrite)
//   readSigned        always a signed read              (SDK: sread)
//   writeTransparent  always a transparent write        (SDK: twrite)
//   readTransparent   always a plain eth_call           (SDK: tread; PublicContract)
//   writeDebug        shielded write + plaintext view, signed TxSeismic and hash (SDK: dwrite)
//   prepareWrite      what write would send, prepared for a confirmation (WalletClient::send)
//   estimateGas       signed eth_estimateGas of the call (what write would use)
//
// Note (spec 7.2): a view without inputs that depends on msg.sender (SRC20 balance()) routes to a
// plain eth_call through read(), where msg.sender is zero; use readSigned().
// Reads return the decoded outputs (zero values for empty return data). With eip712 every
// shielded write and signed read is signed as typed data (messageVersion 2). Lifetime as
// PublicContract: calls do not touch the contract object after they start.
class ShieldedContract : public PublicContract
{
public:
    ShieldedContract(WalletClient* client, Address address, ContractAbi abi, bool eip712 = false);

    bool eip712() const { return m_eip712; }

    QCoro::Task<Result<Hash>> write(std::string function, FunctionArguments arguments = {},
                                    TxOptions options = {}) const;
    QCoro::Task<Result<std::vector<AbiValue>>>
    read(std::string function, FunctionArguments arguments = {}, TxOptions options = {}) const;
    QCoro::Task<Result<Hash>> writeShielded(std::string function, FunctionArguments arguments = {},
                                            TxOptions options = {}) const;
    QCoro::Task<Result<std::vector<AbiValue>>> readSigned(std::string function,
                                                          FunctionArguments arguments = {},
                                                          TxOptions options = {}) const;
    QCoro::Task<Result<Hash>> writeTransparent(std::string function,
                                               FunctionArguments arguments = {},
                                               TxOptions options = {}) const;
    QCoro::Task<Result<DebugWriteResult>> writeDebug(std::string function,
                                                     FunctionArguments arguments = {},
                                                     TxOptions options = {}) const;
    QCoro::Task<Result<PreparedTransaction>> prepareWrite(std::string function,
                                                          FunctionArguments arguments = {},
                                                          TxOptions options = {}) const;
    QCoro::Task<Result<std::uint64_t>> estimateGas(std::string function,
                                                   FunctionArguments arguments = {},
                                                   TxOptions options = {}) const;

private:
    // The call with this contract's EIP-712 choice applied; an error once the wallet client is
    // gone.
    Result<ContractCall> shieldedCall(std::string_view function, const FunctionArguments& arguments,
                                      TxOptions options) const;

    QPointer<WalletClient> m_wallet;
    bool m_eip712;
};

} // namespace seismic::client
