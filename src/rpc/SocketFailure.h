// SPDX-License-Identifier: MIT
#pragma once

#include "core/Error.h"

#include <QAbstractSocket>
#include <QList>
#include <QSslError>
#include <QString>

namespace seismic::rpc {

// The typed error for a connection the operating system or the TLS layer gave up on:
// HostNotFound, ConnectionRefused, TlsCertificate (with the certificate's problems, when the
// handshake reported any), or Transport for everything else. `endpoint` must already be free
// of credentials and keys (see endpointName()).
Error socketFailure(const QString& endpoint, QAbstractSocket::SocketError error,
                    const QString& reason, const QString& tlsProblems = {});

// What the TLS layer holds against a peer's certificate, as one line:
// "The certificate is self-signed, and untrusted; The host name did not match ...".
QString describeTlsErrors(const QList<QSslError>& errors);

} // namespace seismic::rpc
