// SPDX-License-Identifier: MIT
#include "cli/CommandGroup.h"

#include "cli/ExitCode.h"
#include "cli/Output.h"

#include <QTextStream>

namespace seismic::cli {

CommandGroup::CommandGroup(QString name, QString summary, QString epilog)
    : Command(std::move(name), std::move(summary))
    , m_epilog(std::move(epilog))
{}

void CommandGroup::add(std::unique_ptr<Command> command)
{
    command->setPath(path() + QLatin1Char(' ') + command->name());
    m_commands.push_back(std::move(command));
}

void CommandGroup::setPath(QString path)
{
    Command::setPath(std::move(path));
    for (const auto& command : m_commands)
        command->setPath(this->path() + QLatin1Char(' ') + command->name());
}

QString CommandGroup::usage() const
{
    QString text;
    QTextStream out(&text);
    out << "Usage: " << path() << " <command> [options]\n\n" << summary() << "\n\nCommands:\n";
    for (const auto& command : m_commands)
        out << "  " << command->name().leftJustified(13) << command->summary() << '\n';
    out << "\nRun `" << path() << " <command> --help` for a command's options.\n";
    if (!m_epilog.isEmpty())
        out << '\n' << m_epilog;
    return text;
}

QCoro::Task<int> CommandGroup::run(QStringList arguments)
{
    if (arguments.isEmpty()) {
        QTextStream(stderr) << usage();
        co_return exitCode(ExitCode::Usage);
    }
    const auto name = arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream(stdout) << usage();
        co_return exitCode(ExitCode::Ok);
    }
    for (const auto& command : m_commands) {
        if (command->name() == name)
            co_return co_await command->run(std::move(arguments));
    }
    QTextStream(stderr) << path() << ": unknown command \"" << terminalText(name) << "\"; `"
                        << path() << " --help` lists the commands\n";
    co_return exitCode(ExitCode::Usage);
}

} // namespace seismic::cli
