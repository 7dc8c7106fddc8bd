// SPDX-License-Identifier: MIT
#include "rpc/SocketFailure.h"

#include <QStringList>

namespace seismic::rpc {

namespace {

ErrorKind kindOf(QAbstractSocket::SocketError error, const QString& tlsProblems)
{
    if (!tlsProblems.isEmpty())
        return ErrorKind::TlsCertificate;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return ErrorKind::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return ErrorKind::ConnectionRefused;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
        return ErrorKind::TlsCertificate;
    default:
        return ErrorKind::Transport;
    }
}

} // namespace

Error socketFailure(const QString& endpoint, QAbstractSocket::SocketError error,
                    const QString& reason, const QString& tlsProblems)
{
    QString message = endpoint + QLatin1String(": ") + reason;
    if (!tlsProblems.isEmpty() && !reason.contains(tlsProblems))
        message += QLatin1String(" (") + tlsProblems + QLatin1Char(')');
    return makeError(kindOf(error, tlsProblems), message.toStdString());
}

QString describeTlsErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const auto& error : errors)
        texts << error.errorString();
    return texts.join(QLatin1String("; "));
}

} // namespace seismic::rpc
