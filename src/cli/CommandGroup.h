// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace seismic::cli {

// A command whose first argument names one of its subcommands (`token balance`, `bench rpc`,
// and the program itself). Without one it prints its command list (exit code 2; 0 for --help);
// an unknown one is a usage error.
class CommandGroup : public Command
{
public:
    // `epilog` follows the command list in the help (environment, exit codes).
    CommandGroup(QString name, QString summary, QString epilog = {});

    void add(std::unique_ptr<Command> command);
    void setPath(QString path) override;
    QCoro::Task<int> run(QStringList arguments) override;

private:
    QString usage() const;

    std::vector<std::unique_ptr<Command>> m_commands;
    QString m_epilog;
};

} // namespace seismic::cli
