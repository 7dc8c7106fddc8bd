// SPDX-License-Identifier: MIT
#include "core/Error.h"

namespace seismic {

std::string_view errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::InvalidArgument:
        return "invalid argument";
    case ErrorKind::Decode:
        return "decode error";
    case ErrorKind::Crypto:
        return "crypto error";
    case ErrorKind::Decryption:
        return "decryption failed";
    case ErrorKind::KeyFile:
        return "invalid key file";
    case ErrorKind::WrongPassword:
        return "wrong password";
    case ErrorKind::HostNotFound:
        return "host not found";
    case ErrorKind::ConnectionRefused:
        return "connection refused";
    case ErrorKind::TlsCertificate:
        return "TLS certificate rejected";
    case ErrorKind::Protocol:
        return "protocol violation";
    case ErrorKind::Transport:
        return "transport error";
    case ErrorKind::Timeout:
        return "timeout";
    case ErrorKind::HttpStatus:
        return "HTTP error";
    case ErrorKind::ResponseTooLarge:
        return "response too large";
    case ErrorKind::JsonRpc:
        return "JSON-RPC error";
    case ErrorKind::Revert:
        return "execution reverted";
    case ErrorKind::Cancelled:
        return "cancelled";
    case ErrorKind::Expired:
        return "expired";
    case ErrorKind::NotFound:
        return "not found";
    case ErrorKind::Unsupported:
        return "unsupported";
    case ErrorKind::Io:
        return "I/O error";
    case ErrorKind::OutOfMemory:
        return "out of memory";
    case ErrorKind::TeeKeyChanged:
        return "TEE key changed";
    }
    return "error";
}

std::string Error::describe() const
{
    std::string text(errorKindName(kind));
    if (!message.empty()) {
        text += ": ";
        text += message;
    }
    return text;
}

} // namespace seismic
