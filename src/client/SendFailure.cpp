// SPDX-License-Identifier: MIT
#include "client/SendFailure.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace seismic::client {

namespace {

bool mentions(const std::string& lowerMessage, std::string_view phrase)
{
    return lowerMessage.find(phrase) != std::string::npos;
}

} // namespace

SendFailure classifySendFailure(const Error& error)
{
    switch (error.kind) {
    case ErrorKind::JsonRpc:
    case ErrorKind::Revert:
        break;
    case ErrorKind::HttpStatus:
        // Turned away before the node looked at it.
        if (error.code == 429)
            return SendFailure::Rejected;
        return SendFailure::Unknown;
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::TlsCertificate:
        return SendFailure::Rejected; // no connection: the node never saw it
    case ErrorKind::Transport:
    case ErrorKind::Protocol:
    case ErrorKind::Timeout:
    case ErrorKind::Decode:
    case ErrorKind::Cancelled:
        return SendFailure::Unknown;
    default:
        return SendFailure::Rejected;
    }
    std::string message = error.message;
    std::transform(message.begin(), message.end(), message.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    constexpr std::array kConflicts{
        std::string_view("nonce too low"),
        std::string_view("replacement transaction underpriced"),
        std::string_view("nonce has already been used"),
        std::string_view("nonce is too low"),
    };
    if (std::any_of(kConflicts.begin(), kConflicts.end(),
                    [&](std::string_view phrase) { return mentions(message, phrase); }))
        return SendFailure::NonceConflict;
    if (mentions(message, "already known") || mentions(message, "known transaction"))
        return SendFailure::AlreadyKnown;
    return SendFailure::Rejected;
}

} // namespace seismic::client
