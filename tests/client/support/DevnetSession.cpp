// SPDX-License-Identifier: MIT
#include "DevnetSession.h"

#include "client/ReceiptTracker.h"
#include "client/Src20Token.h"
#include "core/Hex.h"
#include "core/abi/AbiEncoder.h"
#include "core/abi/AbiJson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace seismic;
using namespace seismic::client;

namespace testing {

namespace {

Result<QJsonObject> readArtifact(const DevnetManifest& manifest, const QString& name)
{
    QFile file(QDir(manifest.artifactsDir).filePath(name + QStringLiteral(".json")));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::NotFound, "no artifact " + name.toStdString());
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Creation code and encoded constructor arguments of the deployable twin.
Result<Bytes> creationCode(const DevnetManifest& manifest, const QString& name,
                           const std::vector<AbiValue>& arguments)
{
    auto artifact = readArtifact(manifest, name);
    if (!artifact)
        return std::move(artifact).error();
    auto code = parseHex(artifact->value("bytecode").toString().toStdString());
    if (!code)
        return std::move(code).error();
    auto twin = parseAbiJson(artifact->value("twinAbi").toArray());
    if (!twin)
        return std::move(twin).error();
    const std::vector<AbiParam> inputs =
        twin->constructor() ? twin->constructor()->inputs() : std::vector<AbiParam>{};
    auto encoded = AbiEncoder::encode(inputs, arguments);
    if (!encoded)
        return std::move(encoded).error();
    append(*code, *encoded);
    return code;
}

} // namespace

ClientOptions devnetOptions(const DevnetManifest& manifest, bool webSocket)
{
    ClientOptions options =
        ClientOptions::forUrl(QUrl(webSocket ? manifest.wsUrl : manifest.rpcUrl));
    options.expectedChainId = manifest.chainId;
    options.rpc.pollInterval = std::chrono::milliseconds(100);
    options.transactionTimeout = std::chrono::milliseconds(20'000);
    return options;
}

PrivateKey devnetKey(const DevnetManifest& manifest, int account)
{
    return *PrivateKey::fromHex(manifest.accounts.at(account).privateKey.toStdString());
}

Result<ContractAbi> devnetAbi(const DevnetManifest& manifest, const QString& name)
{
    auto abi = manifest.abi(name);
    if (!abi)
        return std::move(abi).error();
    return parseAbiJson(*abi);
}

namespace {

// The mined outcome of a sent transaction, an error unless it was confirmed.
QCoro::Task<Result<TxOutcome>> confirmed(QPointer<WalletClient> client, Result<Hash> hash,
                                         std::string what)
{
    if (!hash)
        co_return std::move(hash).error();
    if (!client)
        co_return makeError(ErrorKind::Cancelled, what + ": the client is gone");
    auto outcome = co_await client->waitForTransaction(*hash);
    if (!outcome)
        co_return std::move(outcome).error();
    if (outcome->status != TxStatus::Confirmed)
        co_return makeError(ErrorKind::Unsupported, what + " failed: " + outcome->reason);
    co_return std::move(outcome).value();
}

} // namespace

QCoro::Task<Result<PrivateKey>> fundedAccount(DevnetManifest manifest, int funder, Uint256 wei)
{
    auto payer =
        co_await WalletClient::connect(devnetOptions(manifest), devnetKey(manifest, funder));
    if (!payer)
        co_return std::move(payer).error();
    PrivateKey fresh = PrivateKey::generate();
    TxOptions options;
    options.value = wei;
    options.gas = 21'000;
    TxRequest payment(fresh.address(), Bytes(), options);
    auto hash = co_await (*payer)->sendTransparentTransaction(std::move(payment));
    auto outcome = co_await confirmed(payer->get(), std::move(hash), "funding");
    if (!outcome)
        co_return std::move(outcome).error();
    co_return fresh;
}

QCoro::Task<Result<TxOutcome>> sendDevnetSdt(DevnetManifest manifest, int funder, Address to,
                                             Uint256 amount)
{
    auto payer =
        co_await WalletClient::connect(devnetOptions(manifest), devnetKey(manifest, funder));
    if (!payer)
        co_return std::move(payer).error();
    auto hash = co_await Src20Token(payer->get(), manifest.contract(QStringLiteral("Src20Token")))
                    .transfer(to, amount);
    co_return co_await confirmed(payer->get(), std::move(hash), "SDT transfer");
}

QCoro::Task<Result<std::unique_ptr<WalletClient>>> freshWallet(DevnetManifest manifest, int funder,
                                                               bool webSocket)
{
    const Uint256 tenEther = Uint256(10) * Uint256(1'000'000'000'000'000'000ull);
    auto key = co_await fundedAccount(manifest, funder, tenEther);
    if (!key)
        co_return std::move(key).error();
    co_return co_await WalletClient::connect(devnetOptions(manifest, webSocket),
                                             std::move(key).value());
}

QCoro::Task<Result<Address>> deployContract(WalletClient* client, DevnetManifest manifest,
                                            QString name, std::vector<AbiValue> arguments)
{
    const QPointer<WalletClient> guard(client);
    auto code = creationCode(manifest, name, arguments);
    if (!code)
        co_return std::move(code).error();
    TxOptions options;
    options.gas = 5'000'000;
    TxRequest creation(std::nullopt, std::move(code).value(), options);
    auto hash = co_await guard->sendTransparentTransaction(std::move(creation));
    if (!hash)
        co_return std::move(hash).error();
    if (!guard)
        co_return clientGone();
    auto outcome = co_await guard->waitForTransaction(*hash);
    if (!outcome)
        co_return std::move(outcome).error();
    if (outcome->status != TxStatus::Confirmed || !outcome->receipt->contractAddress)
        co_return makeError(ErrorKind::Unsupported, "deploying " + name.toStdString() + " failed");
    co_return *outcome->receipt->contractAddress;
}

} // namespace testing
