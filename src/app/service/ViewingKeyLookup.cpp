// SPDX-License-Identifier: MIT
#include "app/service/ViewingKeyLookup.h"

#include "client/Directory.h"
#include "client/PublicClient.h"

namespace seismic::app {
namespace {

QCoro::Task<Result<bool>> noClient()
{
    co_return client::clientGone();
}

} // namespace

QCoro::Task<Result<bool>> hasRegisteredViewingKey(client::PublicClient* client, Address account)
{
    if (!client)
        return noClient();
    // The Directory is a cheap value whose calls do not use it once started.
    return client::Directory(client).checkHasKey(account);
}

} // namespace seismic::app
