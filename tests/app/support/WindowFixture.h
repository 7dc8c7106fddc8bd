// SPDX-License-Identifier: MIT
// The main window on its own data directory, offline (the tests drive the models by hand), shown.
#pragma once

#include "AppTestSupport.h"
#include "app/AppContext.h"
#include "app/service/ClientSession.h"
#include "app/view/MainWindow.h"

namespace apptest {

struct WindowFixture
{
    QTemporaryDir home;
    seismic::app::AppContext context{home.path(), fastKdf()};
    seismic::app::MainWindow window{context};

    WindowFixture()
    {
        context.session().setOnline(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace apptest
