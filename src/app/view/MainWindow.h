// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

class QMenu;

namespace Ui {
class MainWindow;
}

namespace seismic::app {

class AppContext;
class StatusIndicator;
class TransferNotifications;
class TrayNotifier;

// The main window: the pages (overview, send, transfers, history, viewing key, log, charts)
// behind a toolbar and a View menu, the account and settings actions, and a status bar with the
// network, the current account and the connection state. Reads the models only; every dialog it
// opens is window-modal and non-blocking (open(), never exec()).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Overview,
        Send,
        Transfers,
        History,
        ViewingKey,
        Log,
        Accounts,
        AddressBook,
        Charts,
    };

    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;

    void openImportKeyDialog(const QString& path = {});
    void openCreateAccountDialog();
    // `message`: shown in the dialog from the start, e.g. why an unattended unlock failed.
    void openUnlockDialog(const QString& message = {});
    void openSettingsDialog();
    // The current account's address to receive with; nothing without an account.
    void openReceiveDialog();
    void copyDiagnostics();
    // Adds a custom network (the network dialog) and selects it.
    void openAddNetworkDialog();
    // Quits the application, also when closing the window would leave it in the tray.
    void quit();
    // The notifications of incoming transfers (through the tray).
    TransferNotifications& notifications() const { return *m_notifications; }

Q_SIGNALS:
    // The window was shown for the first time: the application is up.
    void firstShown();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showAccount();
    void showNetwork();
    // The network switcher's menu: every network (the current one checked), then "Add Network…".
    void fillNetworkMenu();
    void showConnection();
    // The node's TEE key is not the pinned one: a warning that offers to accept it.
    void showTeeKeyConflict();
    void showAbout();
    // The store file could not be used: why, and (unless another instance holds it) a rebuild.
    void showStoreFailure();
    // "Forget transfer history", once confirmed.
    void confirmForgetTransfers();
    template<typename Dialog>
    void openDialog(Dialog* dialog);
    // The tray icon, the notifications it shows and what its menu does.
    void setUpTray();
    void showFromTray();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppContext& m_context;
    StatusIndicator* m_networkIndicator;
    StatusIndicator* m_accountIndicator;
    StatusIndicator* m_connectionIndicator;
    QMenu* m_networkMenu;
    bool m_shown = false;
    TrayNotifier* m_tray = nullptr;
    TransferNotifications* m_notifications = nullptr;
    bool m_quitting = false;
    bool m_toldStillWatching = false;
};

} // namespace seismic::app
