// SPDX-License-Identifier: MIT
// seismic-screenshot-tour: runs seismic-desktop's session and saves a picture of every page once
// the pages show their data, then quits (scripts/screenshots runs it against the demo).
//
// Usage: seismic-screenshot-tour --output DIR [--timeout SECONDS] [--devnet-manifest FILE]
//                                [--traffic-pid-file FILE] [seismic-desktop options...]
//   --devnet-manifest FILE  the demo's devnet (tests/devnet): its dev accounts become contacts
//                           and a watch-only account, and a transfer is shown pending while its
//                           mining is paused (TourScene::fromDevnetManifest)
//   --traffic-pid-file FILE the demo traffic of scripts/run, held still meanwhile (DemoTraffic)
// Exits 0 once the pictures are saved, 1 when they cannot be (the reason on stderr), 2 on a bad
// command line.
#include "ScreenshotTour.h"
#include "TourScene.h"

#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/Translations.h"

#include <QApplication>
#include <QElapsedTimer>

#include <chrono>
#include <cstdio>
#include <optional>

namespace {

constexpr std::chrono::seconds kDefaultTimeout{120};

struct TourOptions
{
    QString output;
    std::chrono::seconds timeout = kDefaultTimeout;
    QString devnetManifest;
    QString trafficPidFile;
    QStringList appArguments; // the program name and seismic-desktop's options
};

// Takes the tour's options out of the arguments; the rest are the app's.
std::optional<TourOptions> parseTourOptions(const QStringList& arguments)
{
    TourOptions options;
    for (qsizetype index = 0; index < arguments.size(); ++index) {
        const QString& argument = arguments.at(index);
        if (argument != QLatin1String("--output") && argument != QLatin1String("--timeout") &&
            argument != QLatin1String("--devnet-manifest") &&
            argument != QLatin1String("--traffic-pid-file")) {
            options.appArguments << argument;
            continue;
        }
        if (index + 1 == arguments.size())
            return std::nullopt;
        const QString value = arguments.at(++index);
        if (argument == QLatin1String("--output")) {
            options.output = value;
            continue;
        }
        if (argument == QLatin1String("--devnet-manifest")) {
            options.devnetManifest = value;
            continue;
        }
        if (argument == QLatin1String("--traffic-pid-file")) {
            options.trafficPidFile = value;
            continue;
        }
        bool ok = false;
        const int seconds = value.toInt(&ok);
        if (!ok || seconds <= 0)
            return std::nullopt;
        options.timeout = std::chrono::seconds(seconds);
    }
    if (options.output.isEmpty())
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    seismic::app::setApplicationIdentity();
    seismic::app::Translations translations;

    const auto tour = parseTourOptions(QApplication::arguments());
    if (!tour) {
        std::fprintf(stderr, "usage: seismic-screenshot-tour --output DIR [--timeout SECONDS] "
                             "[--devnet-manifest FILE] [--traffic-pid-file FILE] "
                             "[seismic-desktop options...]\n");
        return 2;
    }
    auto options = seismic::app::AppOptions::fromCommandLine(tour->appArguments);
    if (!options) {
        std::fprintf(stderr, "seismic-screenshot-tour: %s\n", options.error().message.c_str());
        return 2;
    }
    if (!options->language.isEmpty())
        QLocale::setDefault(QLocale(options->language));
    translations.load(QLocale());

    seismic::app::TourScene scene;
    if (!tour->devnetManifest.isEmpty()) {
        auto demo = seismic::app::TourScene::fromDevnetManifest(tour->devnetManifest);
        if (!demo) {
            std::fprintf(stderr, "seismic-screenshot-tour: %s\n", demo.error().message.c_str());
            return 1;
        }
        scene = std::move(demo).value();
    }
    scene.trafficPidFile = tour->trafficPidFile;
    const std::vector<seismic::Address> tokens = options->tokens;
    seismic::app::DesktopSession session(std::move(options).value(), seismic::KeystoreKdf{},
                                         sinceStart);
    if (const auto started = session.start(); !started) {
        std::fprintf(stderr, "seismic-screenshot-tour: %s\n", started.error().message.c_str());
        return 1;
    }
    seismic::app::ScreenshotTour screenshots(session, tokens, std::move(scene), tour->output,
                                             tour->timeout);
    QObject::connect(&screenshots, &seismic::app::ScreenshotTour::finished, &application,
                     [](const QString& error) {
                         if (!error.isEmpty())
                             std::fprintf(stderr, "seismic-screenshot-tour: %s\n",
                                          qPrintable(error));
                         QCoreApplication::exit(error.isEmpty() ? 0 : 1);
                     });
    screenshots.start();
    return QApplication::exec();
}
