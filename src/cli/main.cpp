// SPDX-License-Identifier: MIT
// seismic-cli: `seismic-cli <command> [options]`; `seismic-cli --help` lists the commands.
#include "cli/Commands.h"
#include "cli/ExitCode.h"
#include "cli/Output.h"
#include "core/CoreDumps.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <exception>
#include <new>

namespace {

// Commands return errors as values; an exception that still escapes one (std::bad_alloc when
// memory runs out) ends the process with a message instead of leaving it in the event loop.
QCoro::Task<> runAndExit(seismic::cli::Command& command, QStringList arguments)
{
    using seismic::cli::ExitCode;
    QString failure;
    try {
        const int code = co_await command.run(std::move(arguments));
        QCoreApplication::exit(code);
        co_return;
    } catch (const std::bad_alloc&) {
        failure = QStringLiteral("out of memory");
    } catch (const std::exception& exception) {
        failure = QString::fromUtf8(exception.what());
    } catch (...) {
        failure = QStringLiteral("unknown exception");
    }
    QTextStream(stderr) << "seismic-cli: internal error: " << seismic::cli::terminalText(failure)
                        << '\n';
    QCoreApplication::exit(seismic::cli::exitCode(ExitCode::Failure));
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any key or password is in memory.
    if (const auto disabled = seismic::disableCoreDumps(); !disabled)
        std::fprintf(stderr, "seismic-cli: cannot disable core dumps: %s\n",
                     disabled.error().message.c_str());
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seismic-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    // Every connection goes through the proxy the system configuration names (http_proxy,
    // https_proxy, no_proxy), as curl's would.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    const auto root = seismic::cli::rootCommand();
    // Started from the running loop, so a command that finishes at once still exits it.
    QTimer::singleShot(0, [&root] { runAndExit(*root, QCoreApplication::arguments().mid(1)); });
    return app.exec();
}
