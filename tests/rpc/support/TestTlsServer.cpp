// SPDX-License-Identifier: MIT
#include "rpc/support/TestTlsServer.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace testing {

namespace {

// openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 36500 -nodes
//     -subj /CN=127.0.0.1   (test-only; untrusted by design)
constexpr char kCertificate[] = R"(-----BEGIN CERTIFICATE-----
MIIBfjCCASWgAwIBAgIUEZeFwO4UU2am6MFmHNLX780XnuMwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNjIyMjA0NloYDzIxMjYxMTEy
MjIyMDQ2WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAATIuJNgocflqOzcjn3QumI56lyBJPmORWFI2RHJis5xKAISV8XsSfIA
M8aXHmBIBd+KgBexJlVxO3Cu5oY4dCEro1MwUTAdBgNVHQ4EFgQUEwD1acq4z/0Q
+CbebTSS/M24kegwHwYDVR0jBBgwFoAUEwD1acq4z/0Q+CbebTSS/M24kegwDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiA+H3TK8qiYREW1xUWLZjG8
aJ9Xr1ekmvd0kJ7cT5vTOQIgVK816BTLVqm8wfY1h9tl/ECmLOgvX3e1976wZr65
9F0=
-----END CERTIFICATE-----
)";

constexpr char kPrivateKey[] = R"(-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgxA5sGJmPNGyTEaII
W6Y1uvc3Y0WKL9+FNLYF+mYY46ShRANCAATIuJNgocflqOzcjn3QumI56lyBJPmO
RWFI2RHJis5xKAISV8XsSfIAM8aXHmBIBd+KgBexJlVxO3Cu5oY4dCEr
-----END PRIVATE KEY-----
)";

} // namespace

TestTlsServer::TestTlsServer()
{
    if (!listen(QHostAddress::LocalHost))
        qFatal("TestTlsServer: cannot listen on 127.0.0.1");
}

QUrl TestTlsServer::url(const QString& scheme) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(serverPort()));
}

void TestTlsServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    auto* socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setLocalCertificate(QSslCertificate(QByteArray(kCertificate), QSsl::Pem));
    socket->setPrivateKey(QSslKey(QByteArray(kPrivateKey), QSsl::Ec, QSsl::Pem));
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->startServerEncryption();
}

} // namespace testing
