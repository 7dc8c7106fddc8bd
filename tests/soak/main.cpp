// SPDX-License-Identifier: MIT
// seismic-soak: the chaos soak (tests/soak/README section of the main README). Starts its own
// devnet, runs transfers and a watcher through a connection-cutting proxy with node restarts,
// and checks exactly-once delivery and sends. Exit code 0 pass, 1 violation, 2 setup failure.
#include "SoakRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <iostream>
#include <random>

namespace {

QCoro::Task<> runAndExit(soak::SoakRun* run)
{
    const int code = co_await run->run();
    QCoreApplication::exit(code);
}

bool parseCount(const QCommandLineParser& parser, const QString& name, qulonglong* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *value = parser.value(name).toULongLong(&ok);
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Chaos soak: transfers and a transfer watcher through a proxy that cuts connections, "
        "with node restarts; checks that nothing is lost or duplicated."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("seconds"), QStringLiteral("How long transfers flow (default 60)."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("PRNG seed of the cuts (default: random)."),
         QStringLiteral("N")},
        {QStringLiteral("restart-every"),
         QStringLiteral("Seconds between node restarts; 0: none (default 20)."),
         QStringLiteral("N")},
        {QStringLiteral("cut-rate"),
         QStringLiteral("Share of connections cut, 0 to 1 (default 0.5)."), QStringLiteral("R")},
        {QStringLiteral("settle"),
         QStringLiteral("Seconds the watcher may take to catch up at the end (default 90)."),
         QStringLiteral("N")},
        {QStringLiteral("trace"),
         QStringLiteral("Print each cut and each failed attempt as it happens.")},
        {QStringLiteral("devnet-tool"), QStringLiteral("tests/devnet/devnet."),
         QStringLiteral("PATH")},
    });
    parser.process(app);

    soak::SoakOptions options;
    qulonglong seconds = 60;
    qulonglong restartEvery = 20;
    qulonglong settle = 90;
    qulonglong seed =
        std::random_device{}() ^ (static_cast<qulonglong>(std::random_device{}()) << 32);
    bool cutRateOk = true;
    if (parser.isSet(QStringLiteral("cut-rate")))
        options.chaos.cutRate = parser.value(QStringLiteral("cut-rate")).toDouble(&cutRateOk);
    if (!parseCount(parser, QStringLiteral("seconds"), &seconds) ||
        !parseCount(parser, QStringLiteral("seed"), &seed) ||
        !parseCount(parser, QStringLiteral("restart-every"), &restartEvery) ||
        !parseCount(parser, QStringLiteral("settle"), &settle) || !cutRateOk ||
        options.chaos.cutRate < 0 || options.chaos.cutRate > 1 || seconds == 0 ||
        !parser.isSet(QStringLiteral("devnet-tool"))) {
        std::cerr << qPrintable(parser.helpText()) << std::endl;
        return 2;
    }
    options.duration = std::chrono::seconds(seconds);
    options.seed = seed;
    options.restartEvery = std::chrono::seconds(restartEvery);
    options.settle = std::chrono::seconds(settle);
    options.trace = parser.isSet(QStringLiteral("trace"));
    options.devnetTool = parser.value(QStringLiteral("devnet-tool"));
    QTemporaryDir workDir;
    if (!workDir.isValid()) {
        std::cerr << "soak: no temporary directory" << std::endl;
        return 2;
    }
    options.workDir = workDir.path();

    soak::SoakRun run(std::move(options));
    // Started from the running loop, so that a run that ends at once still exits it.
    QTimer::singleShot(0, &app, [&run] { runAndExit(&run); });
    return app.exec();
}
