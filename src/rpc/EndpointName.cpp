// SPDX-License-Identifier: MIT
#include "rpc/EndpointName.h"

namespace seismic::rpc {

QString endpointName(const QUrl& url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

} // namespace seismic::rpc
