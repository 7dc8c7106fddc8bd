// SPDX-License-Identifier: MIT
#pragma once

#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>

namespace seismic::cli {

// One `seismic-cli <name> ...` subcommand.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the command list.
    virtual QString summary() const = 0;
    // `arguments` are what follows the command name. Returns the process exit code; runs on
    // the event loop and never blocks it.
    virtual QCoro::Task<int> run(QStringList arguments) = 0;
};

} // namespace seismic::cli
