// SPDX-License-Identifier: MIT
#include "app/view/AccountsPage.h"

#include "app/AppContext.h"
#include "app/dialog/AddressEntryDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/AmountText.h"
#include "app/model/ErrorText.h"
#include "app/service/BalanceService.h"
#include "app/service/ClientSession.h"
#include "app/view/AddressText.h"
#include "app/view/PageButton.h"
#include "app/view/RowTable.h"
#include "store/WatchOnlyAccountStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace seismic::app {
namespace {

enum Column
{
    LabelColumn,
    AddressColumn,
    KindColumn,
    BalanceColumn,
};

constexpr unsigned kNativeDecimals = 18;

QString kindText(const AccountsPage::Entry& entry)
{
    if (entry.kind == AccountKind::Key)
        return AccountsPage::tr("Key");
    return entry.hasViewingKey ? AccountsPage::tr("Watch-only, with viewing key")
                               : AccountsPage::tr("Watch-only");
}

} // namespace

AccountsPage::AccountsPage(AppContext& context, const AccountActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("accountsPage"));
    m_table = rowTable(this, {tr("Label"), tr("Address"), tr("Kind"), tr("Balance")}, AddressColumn,
                       "accountsTable", tr("Accounts"));

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("accountsHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    m_switchButton = pageButton(this, tr("&Use This Account"), "switchAccountButton");
    m_renameButton = pageButton(this, tr("Re&name…"), "renameAccountButton");
    m_removeButton = pageButton(this, tr("&Remove…"), "removeAccountButton");
    m_exportButton = pageButton(this, tr("E&xport Keystore…"), "exportKeystoreButton");
    auto* addButton = pageButton(this, tr("Add &Watch-Only…"), "addWatchOnlyButton");
    m_viewingKeyButton = pageButton(this, tr("Viewing Ke&y"), "watchOnlyViewingKeyButton");
    m_viewingKeyButton->setToolTip(
        tr("Give the selected watch-only account a viewing key (its own, or a provider's), so "
           "that the SRC20 amounts it opens are shown, or remove it"));
    auto* viewingKeyMenu = new QMenu(m_viewingKeyButton);
    viewingKeyMenu->setObjectName(QStringLiteral("watchOnlyViewingKeyMenu"));
    QAction* setKey = viewingKeyMenu->addAction(tr("&Set From a File…"));
    setKey->setObjectName(QStringLiteral("setViewingKeyAction"));
    m_removeViewingKeyAction = viewingKeyMenu->addAction(tr("&Remove…"));
    m_removeViewingKeyAction->setObjectName(QStringLiteral("removeViewingKeyAction"));
    m_viewingKeyButton->setMenu(viewingKeyMenu);
    connect(setKey, &QAction::triggered, this, &AccountsPage::setViewingKeyOfSelected);
    connect(m_removeViewingKeyAction, &QAction::triggered, this,
            &AccountsPage::removeViewingKeyOfSelected);
    auto* refreshButton = pageButton(this, tr("Refresh &Balances"), "refreshBalancesButton");
    connect(m_switchButton, &QPushButton::clicked, this, &AccountsPage::switchToSelected);
    connect(m_renameButton, &QPushButton::clicked, this, &AccountsPage::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsPage::removeSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &AccountsPage::exportSelected);
    connect(addButton, &QPushButton::clicked, this, &AccountsPage::addWatchOnly);
    connect(refreshButton, &QPushButton::clicked, this, &AccountsPage::refreshBalances);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &AccountsPage::switchToSelected);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* each :
         {m_switchButton, m_renameButton, m_removeButton, m_exportButton, m_viewingKeyButton})
        buttons->addWidget(each);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    // Adding an account, above the table: the File menu's actions as buttons, and a watch-only
    // one; what acts on the selected account, below it.
    auto* adding = new QHBoxLayout;
    for (const auto& [action, name, accessible] :
         {std::tuple(actions.importKey, "importAccountButton", tr("Import a key file")),
          std::tuple(actions.createAccount, "createAccountButton", tr("Create an account"))}) {
        if (!action)
            continue;
        auto* button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(name));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(accessible);
        adding->addWidget(button);
    }
    adding->addWidget(addButton);
    adding->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(adding);
    layout->addWidget(m_table);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);

    connect(&m_context.wallet(), &WalletModel::accountChanged, this, &AccountsPage::fill);
    connect(&m_context.wallet(), &WalletModel::lockStateChanged, this, &AccountsPage::fill);
    connect(&m_context.addressBook(), &AddressBook::changed, this, &AccountsPage::fill);
    connect(&m_context.session(), &ClientSession::clientChanged, this,
            &AccountsPage::refreshBalances);
    reload();
}

void AccountsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Accounts may have been imported or created since.
    reload();
}

void AccountsPage::reload()
{
    m_entries.clear();
    for (const Address& address : m_context.accounts().accounts())
        m_entries.push_back({address, AccountKind::Key});
    auto watched = store::WatchOnlyAccountStore(m_context.store()).all();
    if (watched) {
        for (const store::WatchOnlyAccount& account : *watched)
            m_entries.push_back(
                {account.address, AccountKind::WatchOnly, account.viewingKey.has_value()});
    } else {
        Q_EMIT message(
            tr("The watch-only accounts cannot be read: %1").arg(errorLine(watched.error())));
    }
    fill();
    refreshBalances();
}

void AccountsPage::fill()
{
    const std::optional<Entry> before = selected();
    const WalletModel& wallet = m_context.wallet();
    const AddressBook& book = m_context.addressBook();
    m_table->setRowCount(static_cast<int>(m_entries.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Entry& entry = m_entries.at(static_cast<std::size_t>(row));
        const bool current = wallet.account() == entry.address &&
                             wallet.isWatchOnly() == (entry.kind == AccountKind::WatchOnly);
        QString kind = kindText(entry);
        if (current)
            //: %1 is the kind of account (Key, Watch-only).
            kind = wallet.isUnlocked() ? tr("%1, current, unlocked").arg(kind)
                                       : tr("%1, current").arg(kind);
        const QString texts[] = {book.labelFor(entry.address), addressText(entry.address), kind};
        for (int column = LabelColumn; column <= KindColumn; ++column) {
            auto* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts[column]);
            QFont font = item->font();
            font.setBold(current);
            item->setFont(font);
        }
        m_table->item(row, AddressColumn)->setToolTip(addressText(entry.address));
        if (!m_table->item(row, BalanceColumn))
            m_table->setItem(row, BalanceColumn, new QTableWidgetItem);
    }
    // The current account, until the user picks another.
    if (before)
        select(before->address);
    else if (wallet.account())
        select(*wallet.account());
    m_hint->setText(m_entries.empty()
                        ? tr("No accounts yet: import a key file, create an account or add a "
                             "watch-only address.")
                        : QString());
    m_hint->setVisible(m_entries.empty());
    updateButtons();
}

void AccountsPage::refreshBalances()
{
    const quint64 generation = ++m_balanceGeneration;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Address address = m_entries.at(static_cast<std::size_t>(row)).address;
        if (!m_context.session().publicClient()) {
            auto* item = m_table->item(row, BalanceColumn);
            //: No balance: not connected.
            item->setText(tr("—"));
            item->setToolTip(tr("Not connected: the balance cannot be read."));
            continue;
        }
        QCoro::connect(
            m_context.balances().nativeBalanceOf(address), this,
            [this, generation, address](const Result<Uint256>& balance) {
                if (generation != m_balanceGeneration)
                    return;
                const auto found = std::find_if(
                    m_entries.begin(), m_entries.end(),
                    [&address](const Entry& entry) { return entry.address == address; });
                if (found == m_entries.end())
                    return;
                auto* item =
                    m_table->item(static_cast<int>(found - m_entries.begin()), BalanceColumn);
                if (!balance) {
                    //: Shown instead of a balance that could not be read.
                    item->setText(tr("unknown"));
                    item->setToolTip(errorLine(balance.error()));
                    return;
                }
                //: %1 is an amount of the native coin.
                item->setText(tr("%1 ETH").arg(AmountText::rounded(*balance, kNativeDecimals)));
                item->setToolTip(AmountText::exact(*balance, kNativeDecimals));
                m_table->resizeColumnToContents(BalanceColumn);
            });
    }
}

std::optional<AccountsPage::Entry> AccountsPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return std::nullopt;
    return m_entries.at(static_cast<std::size_t>(row));
}

void AccountsPage::select(const Address& address)
{
    for (std::size_t row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].address == address) {
            m_table->selectRow(static_cast<int>(row));
            return;
        }
    }
}

void AccountsPage::updateButtons()
{
    const auto entry = selected();
    m_switchButton->setEnabled(entry.has_value());
    m_renameButton->setEnabled(entry.has_value());
    m_removeButton->setEnabled(entry.has_value());
    m_exportButton->setEnabled(entry && entry->kind == AccountKind::Key);
    m_viewingKeyButton->setEnabled(entry && entry->kind == AccountKind::WatchOnly);
    m_removeViewingKeyAction->setEnabled(entry && entry->hasViewingKey);
}

void AccountsPage::switchToSelected()
{
    const auto entry = selected();
    if (!entry)
        return;
    WalletModel& wallet = m_context.wallet();
    if (entry->kind == AccountKind::WatchOnly) {
        auto watched = store::WatchOnlyAccountStore(m_context.store()).find(entry->address);
        if (!watched || !*watched) {
            Q_EMIT message(
                tr("The watch-only account cannot be read: %1")
                    .arg(watched ? tr("it is no longer listed") : errorLine(watched.error())));
            reload();
            return;
        }
        wallet.setAccount(entry->address, AccountKind::WatchOnly,
                          std::move((*watched)->viewingKey));
    } else {
        wallet.setAccount(entry->address, entry->kind);
    }
    //: %1 is an account's label or address.
    const QString name = m_context.addressBook().labelFor(entry->address);
    Q_EMIT message(tr("%1 is now the current account.")
                       .arg(name.isEmpty() ? shortAddressText(entry->address) : name));
    if (entry->kind == AccountKind::Key && !wallet.isUnlocked())
        Q_EMIT unlockRequested();
}

void AccountsPage::renameSelected()
{
    const auto entry = selected();
    if (!entry)
        return;
    auto* input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("renameDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Rename Account"));
    //: %1 is an account's address.
    input->setLabelText(tr("Label of %1:").arg(shortAddressText(entry->address)));
    input->setTextValue(m_context.addressBook().labelFor(entry->address));
    connect(
        input, &QInputDialog::textValueSelected, this,
        [this, address = entry->address](const QString& label) {
            AddressBook& book = m_context.addressBook();
            const Status renamed = label.trimmed().isEmpty() ? book.remove(address)
                                                             : book.setLabel(address, label, false);
            if (!renamed)
                Q_EMIT message(tr("The label was not saved: %1").arg(errorLine(renamed.error())));
        });
    input->open();
}

void AccountsPage::removeSelected()
{
    const auto entry = selected();
    if (!entry)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Account"), QString(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeAccountBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    //: %1 is an account's address.
    box->setText(entry->kind == AccountKind::Key
                     ? tr("Remove the account %1 from this computer? Its keystore is moved to "
                          "the backup folder %2, not deleted: the account can be imported from "
                          "there again.")
                           .arg(addressText(entry->address),
                                QDir::toNativeSeparators(m_context.accounts().backupDirectory()))
                     : tr("Stop watching %1?").arg(addressText(entry->address)));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, entry = *entry] {
        if (box->clickedButton() == remove)
            removeConfirmed(entry);
    });
    box->open();
}

void AccountsPage::removeConfirmed(const Entry& entry)
{
    WalletModel& wallet = m_context.wallet();
    if (entry.kind == AccountKind::Key) {
        const auto backup = m_context.accounts().remove(entry.address);
        if (!backup) {
            Q_EMIT message(tr("The account was not removed: %1").arg(errorLine(backup.error())));
            return;
        }
        //: %1 is a file's path.
        Q_EMIT message(tr("Account removed; its keystore is kept as %1.")
                           .arg(QDir::toNativeSeparators(*backup)));
    } else {
        const Status removed =
            store::WatchOnlyAccountStore(m_context.store()).remove(entry.address);
        if (!removed) {
            Q_EMIT message(tr("The account was not removed: %1").arg(errorLine(removed.error())));
            return;
        }
        Q_EMIT message(tr("Stopped watching %1.").arg(shortAddressText(entry.address)));
    }
    if (wallet.account() == entry.address &&
        wallet.isWatchOnly() == (entry.kind == AccountKind::WatchOnly))
        wallet.clearAccount();
    reload();
}

void AccountsPage::exportSelected()
{
    const auto entry = selected();
    if (!entry || entry->kind != AccountKind::Key)
        return;
    auto* dialog = new QFileDialog(this, tr("Export Keystore"));
    dialog->setObjectName(QStringLiteral("exportKeystoreDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Keystore files (*.json)"));
    dialog->selectFile(QString::fromStdString(entry->address.lowerHex()) + QStringLiteral(".json"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, address = entry->address](const QString& target) {
                const QString source = m_context.accounts().keystorePath(address);
                // The dialog asked before replacing a file.
                if (QFile::exists(target))
                    QFile::remove(target);
                QFile file(source);
                if (!file.copy(target)) {
                    //: %1 is a file's path, %2 why it could not be written.
                    Q_EMIT message(tr("The keystore was not exported to %1: %2")
                                       .arg(QDir::toNativeSeparators(target), file.errorString()));
                    return;
                }
                QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                Q_EMIT message(tr("Keystore exported to %1 (it still needs its password).")
                                   .arg(QDir::toNativeSeparators(target)));
            });
    dialog->open();
}

void AccountsPage::addWatchOnly()
{
    std::vector<Address> taken;
    for (const Entry& entry : m_entries)
        taken.push_back(entry.address);
    auto* dialog = new AddressEntryDialog(AddressEntryDialog::Purpose::WatchOnlyAccount,
                                          std::move(taken), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto address = dialog->address();
        if (!address)
            return;
        // To the second, as the store keeps it.
        const store::WatchOnlyAccount account{
            *address, QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC),
            dialog->viewingKey()};
        if (const Status added = store::WatchOnlyAccountStore(m_context.store()).add(account);
            !added) {
            Q_EMIT message(tr("The account was not added: %1").arg(errorLine(added.error())));
            return;
        }
        if (const QString label = dialog->label(); !label.isEmpty())
            m_context.addressBook().setLabel(*address, label, false);
        reload();
        select(*address);
        Q_EMIT message(account.viewingKey
                           ? tr("Watching %1, with a viewing key.").arg(shortAddressText(*address))
                           : tr("Watching %1.").arg(shortAddressText(*address)));
    });
    dialog->open();
}

void AccountsPage::setViewingKeyOfSelected()
{
    const auto entry = selected();
    if (!entry || entry->kind != AccountKind::WatchOnly)
        return;
    auto* dialog =
        new AddressEntryDialog(AddressEntryDialog::Purpose::WatchOnlyViewingKey, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(entry->address, m_context.addressBook().labelFor(entry->address));
    connect(dialog, &QDialog::accepted, this, [this, dialog, address = entry->address] {
        if (dialog->viewingKey())
            storeViewingKey(address, dialog->viewingKey());
    });
    dialog->open();
}

void AccountsPage::removeViewingKeyOfSelected()
{
    const auto entry = selected();
    if (!entry || !entry->hasViewingKey)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove the Viewing Key"), QString(),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeViewingKeyBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    //: %1 is an account's address.
    box->setText(tr("Forget the viewing key of %1? New SRC20 amounts of this account are no "
                    "longer opened; those already shown stay in the transfer history. The key "
                    "can be given again from its file.")
                     .arg(addressText(entry->address)));
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveViewingKeyButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, address = entry->address] {
        if (box->clickedButton() == remove)
            storeViewingKey(address, std::nullopt);
    });
    box->open();
}

void AccountsPage::storeViewingKey(const Address& address, const std::optional<SymmetricKey>& key)
{
    const Status stored =
        store::WatchOnlyAccountStore(m_context.store()).setViewingKey(address, key);
    if (!stored) {
        Q_EMIT message(tr("The viewing key was not saved: %1").arg(errorLine(stored.error())));
        return;
    }
    WalletModel& wallet = m_context.wallet();
    if (wallet.isWatchOnly() && wallet.account() == address)
        wallet.setWatchOnlyViewingKey(key);
    reload();
    select(address);
    //: %1 is a shortened account address.
    Q_EMIT message(key ? tr("%1 has a viewing key: the SRC20 amounts it opens are shown.")
                             .arg(shortAddressText(address))
                       : tr("The viewing key of %1 was forgotten.").arg(shortAddressText(address)));
}

} // namespace seismic::app
