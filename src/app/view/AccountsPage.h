// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/WalletModel.h"
#include "app/view/AccountActions.h"
#include "core/Address.h"

#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QPushButton;
class QTableWidget;

namespace seismic::app {

class AppContext;

// The Accounts page: every account of this installation, with its label (from the address
// book), address, kind (key or watch-only) and native balance on the current network, the
// current one marked. The user switches to one (a key account then asks for its password),
// renames it, removes it (confirmed; the keystore is moved to the backup folder, never deleted),
// exports its keystore, or adds a watch-only account; a watch-only account may carry a viewing
// key (from a file, set or removed here), which the transfer monitor uses while it is the
// current account. Balances are read when the page is shown,
// when the connection changes and on "Refresh Balances", never blocking.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    // `actions`: the main window's, for importing and creating accounts here too (none: no
    // such buttons).
    explicit AccountsPage(AppContext& context, const AccountActions& actions = {},
                          QWidget* parent = nullptr);

    struct Entry
    {
        Address address;
        AccountKind kind = AccountKind::Key;
        // A watch-only account with a viewing key.
        bool hasViewingKey = false;
    };
    // In the order shown: the key accounts, then the watch-only ones.
    const std::vector<Entry>& entries() const { return m_entries; }
    // The selected row's account, if any.
    std::optional<Entry> selected() const;
    void select(const Address& address);

    void switchToSelected();
    void renameSelected();
    void removeSelected();
    void exportSelected();
    void addWatchOnly();
    // The selected watch-only account's viewing key: from a file, or forgotten (confirmed).
    void setViewingKeyOfSelected();
    void removeViewingKeyOfSelected();
    // Lists the accounts again (and reads their balances).
    void reload();
    void refreshBalances();

Q_SIGNALS:
    // A key account became the current one: its password is needed.
    void unlockRequested();
    // A short note for the status bar.
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill();
    void updateButtons();
    void removeConfirmed(const Entry& entry);
    // Stores the watch-only account's key (none: removes it) and hands it to the wallet if the
    // account is the current one.
    void storeViewingKey(const Address& address, const std::optional<SymmetricKey>& key);

    AppContext& m_context;
    std::vector<Entry> m_entries;
    QTableWidget* m_table;
    QLabel* m_hint;
    QPushButton* m_switchButton;
    QPushButton* m_renameButton;
    QPushButton* m_removeButton;
    QPushButton* m_exportButton;
    QPushButton* m_viewingKeyButton;
    QAction* m_removeViewingKeyAction;
    // Bumped by each reading of the balances: older answers are dropped.
    quint64 m_balanceGeneration = 0;
};

} // namespace seismic::app
