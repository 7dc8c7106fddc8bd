// SPDX-License-Identifier: MIT
// seismic-desktop: the application object, identity, translations and command line; all the
// rest is DesktopSession in seismic_app.
#include "app/AppIdentity.h"
#include "app/AppOptions.h"
#include "app/DesktopSession.h"
#include "app/Translations.h"
#include "core/CoreDumps.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkProxyFactory>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Before any key or password is in memory.
    if (const auto disabled = seismic::disableCoreDumps(); !disabled)
        std::fprintf(stderr, "seismic-desktop: cannot disable core dumps: %s\n",
                     disabled.error().message.c_str());
    QApplication application(argc, argv);
    seismic::app::setApplicationIdentity();
    // Every connection goes through the proxy the system configuration names (http_proxy,
    // https_proxy, no_proxy).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // The system's language first, so that --help is translated too.
    seismic::app::Translations translations;
    translations.load(QLocale());

    auto options = seismic::app::AppOptions::fromCommandLine(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "seismic-desktop: %s\n", options.error().message.c_str());
        return 2;
    }
    if (!options->language.isEmpty()) {
        QLocale::setDefault(QLocale(options->language));
        translations.load(QLocale());
    }

    seismic::app::DesktopSession session(std::move(options).value(), seismic::KeystoreKdf{},
                                         sinceStart);
    session.setTranslations(&translations);
    if (const auto started = session.start(); !started) {
        std::fprintf(stderr, "seismic-desktop: %s\n", started.error().message.c_str());
        return 1;
    }
    return QApplication::exec();
}
