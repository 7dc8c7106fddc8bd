// SPDX-License-Identifier: MIT
#pragma once

#include "client/TxOutcome.h"
#include "core/Error.h"

#include <QString>

namespace seismic::cli {

// The process exit code says which class of problem ended a command (docs/cli.md, --help).
enum class ExitCode : int
{
    Ok = 0,
    Failure = 1,  // anything else (a benchmark with failed calls, an interrupted call)
    Usage = 2,    // the command line: unknown command or option, missing argument or value
    Input = 3,    // a value given is invalid: address, key, key file, password, ABI, amount
    Network = 4,  // the node: unreachable, timeout, HTTP status, JSON-RPC error, rejection
    Revert = 5,   // a call reverted, or a transaction was mined and failed
    Expired = 6,  // a transaction expired, or its outcome did not arrive in time
    Protocol = 7, // the node's answer does not decode or decrypt
};

int exitCode(ExitCode code);
// The class of an error.
ExitCode exitCodeFor(const Error& error);
// Of a transaction's outcome: Ok when confirmed.
ExitCode exitCodeFor(client::TxStatus status);
// The table printed by `seismic-cli --help`.
QString exitCodeHelp();

} // namespace seismic::cli
