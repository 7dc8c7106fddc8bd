// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <vector>

namespace seismic::app {

class DesktopSession;

// Saves a PNG of every page of a running desktop session (overview, send, transfers, history,
// viewing key, log, charts) and of the settings dialog, once the pages show their data: the overview
// the balances of the account and of every token asked for, the viewing-key page the key's
// state, the transfers page live rows and one transfer more after going live. Each condition
// is checked again when the model it reads says it changed: nothing is polled and nothing waits
// a fixed time. Past `deadline` it gives up and says which pages are not ready.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(DesktopSession& session, std::vector<Address> tokens, QString directory,
                   std::chrono::milliseconds deadline, QObject* parent = nullptr);

    // Starts watching the pages; call once the session has started (DesktopSession::start()).
    void start();

    // What the pages do not show yet, one line each; empty once they all show their data.
    QStringList missing() const;

Q_SIGNALS:
    // The pictures are saved (`error` empty), or could not be (`error` says why).
    void finished(const QString& error);

private:
    void check();
    void waitForOneMoreTransfer();
    void save();
    void finish(const QString& error);

    DesktopSession& m_session;
    std::vector<Address> m_tokens;
    QString m_directory;
    QTimer m_deadline;
    bool m_started = false;
    bool m_saving = false;
    bool m_done = false;
};

} // namespace seismic::app
