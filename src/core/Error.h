// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace seismic {

// What went wrong, coarse enough to decide behaviour on (retry, report, abort).
enum class ErrorKind
{
    InvalidArgument,   // caller input failed validation: bad hex, address, ABI argument, range
    Decode,            // malformed encoded data: RLP, ABI, JSON, transaction bytes
    Crypto,            // a key or signature the crypto library refuses
    Decryption,        // AES-GCM authentication failed: wrong key, nonce, AAD or tampered data
    KeyFile,           // a key file that is not a valid raw key or keystore
    WrongPassword,     // keystore MAC mismatch: the file is fine, the password is not
    HostNotFound,      // the endpoint's host name does not resolve
    ConnectionRefused, // nothing listens at the endpoint's address and port
    TlsCertificate,    // the TLS handshake failed: certificate untrusted, expired, wrong host
    Protocol,          // the server broke the wire protocol (bad or oversized frames, handshake)
    Transport,         // any other connection failure: reset, closed, unreachable network
    Timeout,           // a deadline passed
    HttpStatus,        // non-2xx HTTP answer; code holds the status
    ResponseTooLarge,  // an answer over the size limit, or HTTP 413 (code 413): ask for less
    JsonRpc,           // JSON-RPC error object; code, message and data as the node sent them
    Revert,            // execution reverted; data holds the (decrypted) revert output
    Cancelled,         // the caller cancelled, or the owning object went away
    Expired,           // a transaction's expiresAtBlock passed without inclusion
    NotFound,          // a function, event, contract or record that does not exist
    Unsupported,       // valid but not implemented here
    Io,                // a local file or directory cannot be read or written
    OutOfMemory,       // this computer could not allocate the memory an operation needs
    TeeKeyChanged,     // the node presents a TEE key other than the one pinned for its network
};

std::string_view errorKindName(ErrorKind kind);

// An error as a value. Messages never contain secrets.
struct Error
{
    ErrorKind kind = ErrorKind::InvalidArgument;
    std::string message;
    // HTTP status for HttpStatus, JSON-RPC code for JsonRpc/Revert, 0 otherwise.
    int code = 0;
    // JSON-RPC error data or revert data, as text (0x-hex for revert output).
    std::string data;
    // Server-requested wait before retrying (HTTP Retry-After, rate-limit errors).
    std::optional<std::chrono::milliseconds> retryAfter;

    // "kind: message", for logs and user-facing reports.
    std::string describe() const;
};

inline Error makeError(ErrorKind kind, std::string message)
{
    return Error{kind, std::move(message), 0, {}, std::nullopt};
}

} // namespace seismic
