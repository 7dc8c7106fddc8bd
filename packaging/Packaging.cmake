# SPDX-License-Identifier: MIT
# Installation of the desktop application and its Debian package:
#   cmake --build <build dir> --target package      (or: cd <build dir> && cpack -G DEB)
# Run-time dependencies on shared libraries come from dpkg-shlibdeps; the Qt plugins the app
# loads at run time (platform integration, SVG icons) are invisible to it and listed here.
if(NOT TARGET seismic-desktop)
    return()
endif()

include(GNUInstallDirs)
install(TARGETS seismic-desktop RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/seismic-desktop.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/seismic-desktop.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.seismic.Desktop.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

set(SEISMIC_PACKAGE_MAINTAINER
    "Seismic Desktop maintainers <maintainers@users.noreply.r-seed-f026ed4d.example>"
    CACHE STRING "Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME seismic-desktop)
set(CPACK_PACKAGE_VENDOR "Seismic Desktop developers")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian wants them.
set(CPACK_PACKAGE_DESCRIPTION
    "A native wallet for the Seismic chain, whose transactions are encrypted
(shielded) before they leave the computer. It imports raw hex keys and Web3
Secret Storage keystores and keeps keys encrypted at rest, shows native and
SRC20 balances, sends shielded transfers, and watches token transfers live,
on the Seismic testnet, a local node or custom endpoints.")
set(CPACK_PACKAGE_CONTACT "${SEISMIC_PACKAGE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SEISMIC_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://seismic.systems")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Debian 12 ships the SVG image and icon-engine plugins in libqt6svg6 (later releases split
# them into qt6-svg-plugins). The store's SQLite driver is a plugin too, which shlibdeps cannot see.
# Qt's own translations, loaded at run time, put standard buttons and dialogs in the user's language.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins (>= 6.4), libqt6svg6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), qt6-translations-l10n (>= 6.4), libqrencode4, libqt6charts6 (>= 6.4)")

include(CPack)
