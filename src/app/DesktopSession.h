// SPDX-License-Identifier: MIT
#pragma once

#include "app/AppOptions.h"
#include "core/Keystore.h"
#include "core/PrivateKey.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace seismic::app {

class AppContext;
class LogMessageBridge;
class MainWindow;
class Translations;

// One run of the desktop application: sets up the data directory, the services and the log,
// applies the command line (network, endpoints), shows the main window, asks for a network on
// the first start (unless the command line names one or its endpoints; offline until then),
// and then makes an
// account usable: imports --import-key (unattended with --password-file), or unlocks the last
// used account (unattended with --password-file, else through the unlock dialog).
// Adds the --token contracts to the balances once an unlocked account is connected.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    // `sinceStart`: started when the process started, to log the time to the first window.
    DesktopSession(AppOptions options, const KeystoreKdf& kdf, QElapsedTimer sinceStart,
                   QObject* parent = nullptr);
    ~DesktopSession() override;

    // The translations to switch when the settings name a language and the command line none.
    void setTranslations(Translations* translations) { m_translations = translations; }

    // Fails when the data directory cannot be created or --network names no known network.
    Status start();

    AppContext& context() const { return *m_context; }
    MainWindow& window() const { return *m_window; }

Q_SIGNALS:
    // The start-up work is done: an account is unlocked, or a dialog waits for the user, or
    // there is no account yet.
    void ready();

private:
    void windowShown();
    // The first start's network choice; the start-up goes on once it is made or closed.
    void chooseNetwork();
    void startAccount();
    void importKeyFile();
    void unlockLastAccount();
    void keyArrived(const Result<PrivateKey>& key, bool imported);
    void finish();
    void addTokens();

    AppOptions m_options;
    Translations* m_translations = nullptr;
    KeystoreKdf m_kdf;
    bool m_firstRun = false;
    bool m_ready = false;
    QElapsedTimer m_sinceStart;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<LogMessageBridge> m_logBridge;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace seismic::app
