// SPDX-License-Identifier: MIT
#include "app/AppIdentity.h"

#include <QApplication>
#include <QIcon>

// Resources compiled into a static library are registered by name, outside any namespace.
static void registerIconResources()
{
    Q_INIT_RESOURCE(seismic);
}

namespace seismic::app {

void setApplicationIdentity()
{
    registerIconResources();
    QApplication::setOrganizationName(QStringLiteral("Seismic"));
    QApplication::setOrganizationDomain(QStringLiteral("seismic.systems"));
    QApplication::setApplicationName(QStringLiteral("seismic-desktop"));
    QApplication::setApplicationDisplayName(QStringLiteral("Seismic Desktop"));
    QApplication::setApplicationVersion(QStringLiteral(SEISMIC_DESKTOP_VERSION));
    // The desktop entry's name: Wayland compositors match windows to it.
    QApplication::setDesktopFileName(QStringLiteral("seismic-desktop"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/seismic-desktop.svg")));
}

} // namespace seismic::app
