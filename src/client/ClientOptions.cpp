// SPDX-License-Identifier: MIT
#include "client/ClientOptions.h"

#include "core/EndpointEncryption.h"
#include "core/EndpointName.h"

namespace seismic::client {

ClientOptions ClientOptions::forUrl(QUrl url)
{
    return forUrls(QList<QUrl>{std::move(url)});
}

ClientOptions ClientOptions::forUrls(QList<QUrl> urls)
{
    ClientOptions options;
    options.endpoints = std::move(urls);
    return options;
}

ClientOptions ClientOptions::forPreset(const ChainPreset& preset)
{
    QList<QUrl> urls{QUrl(QString::fromStdString(preset.rpcUrl))};
    if (!preset.wsUrl.empty())
        urls.append(QUrl(QString::fromStdString(preset.wsUrl)));
    ClientOptions options = forUrls(std::move(urls));
    options.expectedChainId = preset.chainId;
    return options;
}

Status ClientOptions::validate() const
{
    if (blocksWindow == 0)
        return makeError(ErrorKind::InvalidArgument, "blocksWindow must be at least 1 block");
    if (signedReadGas == 0)
        return makeError(ErrorKind::InvalidArgument, "signedReadGas must be more than 0");
    if (transactionTimeout.count() <= 0)
        return makeError(ErrorKind::InvalidArgument, "transactionTimeout must be positive");
    if (headPollInterval && headPollInterval->count() <= 0)
        return makeError(ErrorKind::InvalidArgument, "headPollInterval must be positive");
    if (livenessWindow.count() <= 0)
        return makeError(ErrorKind::InvalidArgument, "livenessWindow must be positive");
    if (livenessProbeTimeout.count() <= 0)
        return makeError(ErrorKind::InvalidArgument, "livenessProbeTimeout must be positive");
    if (receiptRecheckDelay.count() < 0)
        return makeError(ErrorKind::InvalidArgument, "receiptRecheckDelay must not be negative");
    for (const QUrl& url : endpoints) {
        if (!allowUnencrypted && isUnencryptedRemote(url))
            return makeError(ErrorKind::InvalidArgument,
                             endpointName(url).toStdString() + " is unencrypted (" +
                                 url.scheme().toLower().toStdString() +
                                 ":// to another computer): anyone on the way can read and "
                                 "change what is sent, including the TEE key; use " +
                                 (url.scheme().toLower() == QLatin1String("ws") ? "wss" : "https") +
                                 ":// or allow unencrypted endpoints explicitly");
    }
    return {};
}

Result<std::unique_ptr<rpc::RpcClient>> ClientOptions::makeRpcClient() const
{
    if (auto valid = validate(); !valid)
        return std::move(valid).error();
    auto stack = rpc::makeTransportStack(endpoints, transport);
    if (!stack)
        return std::move(stack).error();
    return std::make_unique<rpc::RpcClient>(std::move(stack).value(), rpc);
}

} // namespace seismic::client
