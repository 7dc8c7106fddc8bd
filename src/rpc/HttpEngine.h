// SPDX-License-Identifier: MIT
#pragma once

#include "core/Result.h"
#include "rpc/CancelToken.h"
#include "rpc/HttpResponse.h"
#include "rpc/Promise.h"

#include <QObject>

namespace seismic::rpc {

// Moves one HTTP POST to the endpoint and back. Errors are HostNotFound, ConnectionRefused,
// TlsCertificate, Transport (any other connection failure), Protocol (malformed HTTP or a
// framing limit; the socket engine), Timeout (connecting only: the exchange's deadline is the
// caller's), ResponseTooLarge (a body over maxResponseBytes), Decode (corrupt body encoding)
// or Cancelled; any HTTP status is a response, judged by the caller.
class HttpEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // `retrySafe`: the request may be sent again on a fresh connection if a reused keep-alive
    // connection turns out to be dead before any answer arrives.
    virtual Future<Result<HttpResponse>> post(QByteArray body, bool retrySafe,
                                              CancelToken cancel) = 0;
    // Fails every pending exchange with Cancelled and closes every connection.
    virtual void abortAll() = 0;
};

} // namespace seismic::rpc
