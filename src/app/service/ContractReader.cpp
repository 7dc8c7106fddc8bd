// SPDX-License-Identifier: MIT
#include "app/service/ContractReader.h"

#include "client/PublicClient.h"
#include "client/ShieldedContract.h"

#include <QStringList>

namespace seismic::app {
namespace {

QCoro::Task<Result<std::vector<AbiValue>>> noClient()
{
    co_return client::clientGone();
}

} // namespace

QCoro::Task<Result<std::vector<AbiValue>>> readContract(client::WalletClient* client,
                                                        const SendRequest& request)
{
    if (!client || !request.abi)
        return noClient();
    // Its calls do not use the contract object once started.
    return client::ShieldedContract(client, request.contract, *request.abi)
        .read(request.function, client::FunctionArguments(request.arguments));
}

QString contractOutputsText(const SendRequest& request, const std::vector<AbiValue>& outputs)
{
    const AbiFunction* function = nullptr;
    if (request.abi) {
        if (auto found = request.abi->function(request.function); found)
            function = *found;
    }
    QStringList lines;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        std::string name;
        if (function && i < function->outputs().size())
            name = function->outputs()[i].name;
        lines << QStringLiteral("%1 = %2").arg(name.empty() ? QStringLiteral("out%1").arg(i)
                                                            : QString::fromStdString(name),
                                               QString::fromStdString(outputs[i].toString()));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace seismic::app
