// SPDX-License-Identifier: MIT
#include "app/model/ErrorText.h"

namespace seismic::app {

QString ErrorText::summary(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::InvalidArgument:
        return tr("The input is not valid.");
    case ErrorKind::Decode:
        return tr("The data is malformed and cannot be read.");
    case ErrorKind::Crypto:
        return tr("A key or signature was refused.");
    case ErrorKind::Decryption:
        return tr("The data cannot be decrypted with this key.");
    case ErrorKind::KeyFile:
        return tr("This is not a valid key file.");
    case ErrorKind::WrongPassword:
        return tr("Wrong password.");
    case ErrorKind::HostNotFound:
        return tr("The server’s host name was not found.");
    case ErrorKind::ConnectionRefused:
        return tr("The server refused the connection.");
    case ErrorKind::TlsCertificate:
        return tr("The server’s certificate is not trusted.");
    case ErrorKind::Protocol:
        return tr("The server did not follow the protocol.");
    case ErrorKind::Transport:
        return tr("The connection failed.");
    case ErrorKind::Timeout:
        return tr("The server did not answer in time.");
    case ErrorKind::HttpStatus:
        //: %1 is an HTTP status code such as 503.
        return tr("The server answered with HTTP status %1.").arg(error.code);
    case ErrorKind::ResponseTooLarge:
        return tr("The server’s answer is too large.");
    case ErrorKind::JsonRpc:
        return tr("The node refused the request.");
    case ErrorKind::Revert:
        return tr("The contract reverted the call.");
    case ErrorKind::Cancelled:
        return tr("Cancelled.");
    case ErrorKind::Expired:
        return tr("The transaction expired before a block included it.");
    case ErrorKind::NotFound:
        return tr("Not found.");
    case ErrorKind::Unsupported:
        return tr("This is not supported.");
    case ErrorKind::Io:
        return tr("A file cannot be read or written.");
    case ErrorKind::OutOfMemory:
        return tr("There is not enough memory.");
    case ErrorKind::TeeKeyChanged:
        return tr("The node presents another TEE key than the one trusted for this network.");
    }
    Q_UNREACHABLE();
}

QString ErrorText::detail(const Error& error)
{
    // A wrong password needs no detail ("MAC mismatch" says nothing more to the user).
    if (error.kind == ErrorKind::WrongPassword)
        return {};
    return QString::fromStdString(error.message);
}

QString errorText(const Error& error)
{
    return errorText(ErrorText::summary(error), error);
}

QString errorText(const QString& sentence, const Error& error)
{
    const QString detail = ErrorText::detail(error);
    if (detail.isEmpty())
        return sentence;
    //: %1 is the technical detail of an error, in English as the library wrote it.
    return sentence + QLatin1Char('\n') + ErrorText::tr("Details: %1").arg(detail);
}

QString errorLine(const Error& error)
{
    const QString detail = ErrorText::detail(error);
    //: %1 is what went wrong, %2 the technical detail in English as the library wrote it.
    return detail.isEmpty() ? ErrorText::summary(error)
                            : ErrorText::tr("%1 (%2)").arg(ErrorText::summary(error), detail);
}

} // namespace seismic::app
