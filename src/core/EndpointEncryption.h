// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

namespace seismic {

// This computer: 127.0.0.0/8, ::1 and "localhost" (the names the resolver keeps local).
bool isLoopbackHost(const QString& host);

// Plain http:// or ws:// to another computer: requests, answers and the node's TEE public key
// travel unencrypted and unauthenticated, so anyone on the path can read or replace them. Such an
// endpoint is refused unless the user allowed it for that network or command.
bool isUnencryptedRemote(const QUrl& url);

} // namespace seismic
