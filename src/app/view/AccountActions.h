// SPDX-License-Identifier: MIT
#pragma once

class QAction;

namespace seismic::app {

// The main window's account actions, which pages show as buttons (QToolButton::setDefaultAction)
// so that text, icon and enabled state stay in one place.
struct AccountActions
{
    QAction* importKey = nullptr;
    QAction* createAccount = nullptr;
    QAction* unlock = nullptr;
    QAction* lock = nullptr;
};

} // namespace seismic::app
