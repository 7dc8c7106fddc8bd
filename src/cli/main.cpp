// SPDX-License-Identifier: MIT
// seismic-cli: `seismic-cli <command> [options]`; `seismic-cli --help` lists the commands.
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

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

    const auto root = seismic::cli::rootCommand();
    // Started from the running loop, so a command that finishes at once still exits it.
    QTimer::singleShot(0, [&root] { runAndExit(*root, QCoreApplication::arguments().mid(1)); });
    return app.exec();
}
