// SPDX-License-Identifier: MIT
#include "cli/ExitCode.h"

namespace seismic::cli {

int exitCode(ExitCode code)
{
    return static_cast<int>(code);
}

ExitCode exitCodeFor(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::InvalidArgument:
    case ErrorKind::KeyFile:
    case ErrorKind::WrongPassword:
    case ErrorKind::NotFound:
    case ErrorKind::Io:
        return ExitCode::Input;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::TlsCertificate:
    case ErrorKind::Transport:
    case ErrorKind::HttpStatus:
    case ErrorKind::ResponseTooLarge:
    case ErrorKind::JsonRpc:
    case ErrorKind::Timeout:
        return ExitCode::Network;
    case ErrorKind::Revert:
        return ExitCode::Revert;
    case ErrorKind::Expired:
        return ExitCode::Expired;
    case ErrorKind::Protocol:
    case ErrorKind::Decode:
    case ErrorKind::Crypto:
    case ErrorKind::Decryption:
    case ErrorKind::Unsupported:
        return ExitCode::Protocol;
    case ErrorKind::TeeKeyChanged:
        return ExitCode::Protocol;
    case ErrorKind::Cancelled:
    case ErrorKind::OutOfMemory:
        break;
    }
    return ExitCode::Failure;
}

ExitCode exitCodeFor(client::TxStatus status)
{
    switch (status) {
    case client::TxStatus::Confirmed:
        return ExitCode::Ok;
    case client::TxStatus::Failed:
        return ExitCode::Revert;
    case client::TxStatus::Pending:
    case client::TxStatus::Expired:
    case client::TxStatus::Replaced:
        break;
    }
    return ExitCode::Expired;
}

QString exitCodeHelp()
{
    return QStringLiteral(
        "Exit codes:\n"
        "  0  success\n"
        "  1  other failure (a benchmark with failed calls, an interrupted call)\n"
        "  2  usage: unknown command or option, missing argument or option value\n"
        "  3  invalid input: address, key, key file, password, ABI file, function, argument,\n"
        "     amount, number; a missing key, endpoint or viewing key\n"
        "  4  network: node unreachable, timeout, HTTP status, JSON-RPC error, transaction\n"
        "     rejected by the node\n"
        "  5  reverted: a call reverted, or a transaction was mined and failed\n"
        "  6  expired: a transaction expired, or its outcome did not arrive in time\n"
        "  7  protocol: the node's answer does not decode or decrypt, or its TEE key is not the\n"
        "     pinned one (--tee-key)\n");
}

} // namespace seismic::cli
