// SPDX-License-Identifier: MIT
#include "client/TokenTransfer.h"

#include "client/Src20Token.h"

namespace seismic::client {

namespace {

const ContractAbi& erc20TransferAbi()
{
    static const ContractAbi kAbi = [] {
        ContractAbi abi;
        abi.add(*AbiFunction::parse("transfer(address to, uint256 amount) returns (bool)"));
        return abi;
    }();
    return kAbi;
}

} // namespace

ContractCall tokenTransfer(TokenKind kind, Address token, Address to, Uint256 amount,
                           TxOptions options)
{
    const bool src20 = kind == TokenKind::Src20;
    const ContractAbi& abi = src20 ? Src20Token::abi() : erc20TransferAbi();
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(to), AbiValue::fromUint(amount)};
    // Both functions are in their ABI and an address and a uint256 always encode.
    return *contractCall(token, abi,
                         src20 ? "transfer(address,suint256)" : "transfer(address,uint256)",
                         arguments, std::move(options));
}

} // namespace seismic::client
