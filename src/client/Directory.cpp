// SPDX-License-Identifier: MIT
#include "client/Directory.h"

#include "client/WalletClient.h"
#include "core/Keccak.h"
#include "core/SecretBytes.h"
#include "seismic/Src20Amount.h"

#include <algorithm>
#include <array>

namespace seismic::client {

namespace {

ContractAbi buildDirectoryAbi()
{
    constexpr std::array kSignatures{
        "setKey(suint256 _key)",
        "getKey() view returns (uint256)",
        "checkHasKey(address _addr) view returns (bool)",
        "keyHash(address to) view returns (bytes32)",
    };
    ContractAbi abi;
    for (const char* signature : kSignatures)
        abi.add(*AbiFunction::parse(signature));
    return abi;
}

Error needsWallet(const char* what)
{
    return makeError(ErrorKind::Unsupported,
                     std::string(what) + " needs a wallet client (a signing key)");
}

Result<AbiValue> firstOutput(Result<std::vector<AbiValue>> values)
{
    if (!values)
        return std::move(values).error();
    return values->front();
}

} // namespace

Address Directory::defaultAddress()
{
    return *Address::parse("0x1000000000000000000000000000000000000004");
}

const ContractAbi& Directory::abi()
{
    static const ContractAbi kAbi = buildDirectoryAbi();
    return kAbi;
}

Directory::Directory(PublicClient* client, Address address)
    : Directory(client, nullptr, address)
{}

Directory::Directory(WalletClient* client, Address address)
    : Directory(client, client, address)
{}

Directory::Directory(PublicClient* client, WalletClient* wallet, Address address)
    : m_wallet(wallet)
    , m_contract(client, address, abi())
{}

SymmetricKey Directory::generateViewingKey()
{
    return SymmetricKey::generate();
}

Hash Directory::computeKeyHash(const SymmetricKey& key)
{
    return viewingKeyHash(key);
}

QCoro::Task<Result<Hash>> Directory::registerViewingKey(SymmetricKey key, TxOptions options) const
{
    if (key.isZero())
        co_return makeError(ErrorKind::InvalidArgument,
                            "a viewing key must not be zero (the Directory refuses it: ZERO_KEY)");
    const QPointer<WalletClient> wallet = m_wallet;
    if (!wallet)
        co_return needsWallet("registering a viewing key");
    const std::vector<AbiValue> arguments{AbiValue::fromUint(*uint256FromBytes(key.bytes()))};
    auto calldata = m_contract.encodeCall("setKey", arguments);
    if (!calldata)
        co_return std::move(calldata).error();
    TxRequest request(address(), std::move(calldata).value(), std::move(options));
    co_return co_await wallet->sendShieldedTransaction(std::move(request));
}

QCoro::Task<Result<SymmetricKey>> Directory::fetchViewingKey() const
{
    const QPointer<WalletClient> wallet = m_wallet;
    if (!wallet)
        co_return needsWallet("fetching the viewing key");
    auto calldata = m_contract.encodeCall("getKey", FunctionArguments());
    if (!calldata)
        co_return std::move(calldata).error();
    TxRequest request(address(), std::move(calldata).value());
    auto output = co_await wallet->signedCall(std::move(request));
    if (!output)
        co_return std::move(output).error();
    constexpr std::size_t kKeySize = SymmetricKey::kSize;
    const bool none =
        output->size() < kKeySize ||
        std::all_of(output->end() - kKeySize, output->end(), [](std::uint8_t b) { return b == 0; });
    if (none)
        co_return makeError(ErrorKind::NotFound,
                            "No viewing key registered in Directory for this address");
    auto key = SymmetricKey::fromBytes(ByteView(*output).last(kKeySize));
    secureWipe(*output);
    co_return key;
}

QCoro::Task<Result<bool>> Directory::checkHasKey(Address account) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(account)};
    auto value = firstOutput(co_await m_contract.readTransparent("checkHasKey", arguments));
    if (!value)
        co_return std::move(value).error();
    co_return value->asBool();
}

QCoro::Task<Result<Hash>> Directory::keyHash(Address account) const
{
    const std::vector<AbiValue> arguments{AbiValue::fromAddress(account)};
    auto value = firstOutput(co_await m_contract.readTransparent("keyHash", arguments));
    if (!value)
        co_return std::move(value).error();
    co_return *Hash::fromView(value->asBytes());
}

} // namespace seismic::client
