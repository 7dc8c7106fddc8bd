// SPDX-License-Identifier: MIT
// seismic-cli: `seismic-cli <command> [options]`; `seismic-cli --help` lists the commands.
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace {

void printUsage(const std::vector<std::unique_ptr<seismic::cli::Command>>& commands)
{
    QTextStream out(stdout);
    out << "Usage: seismic-cli <command> [options]\n\nCommands:\n";
    for (const auto& command : commands)
        out << "  " << command->name().leftJustified(12) << command->summary() << '\n';
    out << "\nRun `seismic-cli <command> --help` for a command's options.\n";
}

QCoro::Task<> runAndExit(seismic::cli::Command& command, QStringList arguments)
{
    const int code = co_await command.run(std::move(arguments));
    QCoreApplication::exit(code);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seismic-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    const auto commands = seismic::cli::allCommands();
    auto arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") ||
        arguments.first() == QLatin1String("-h")) {
        printUsage(commands);
        return arguments.isEmpty() ? 2 : 0;
    }
    const auto name = arguments.takeFirst();
    for (const auto& command : commands) {
        if (command->name() != name)
            continue;
        // Started from the running loop, so a command that finishes at once still exits it.
        QTimer::singleShot(0, [&command, arguments] { runAndExit(*command, arguments); });
        return app.exec();
    }
    QTextStream(stderr) << "seismic-cli: unknown command \"" << name << "\"\n";
    printUsage(commands);
    return 2;
}
