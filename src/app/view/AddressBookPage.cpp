// SPDX-License-Identifier: MIT
#include "app/view/AddressBookPage.h"

#include "app/dialog/AddressEntryDialog.h"
#include "app/model/AddressBook.h"
#include "app/model/AddressBookCsv.h"
#include "app/model/ErrorText.h"
#include "app/service/ClientSession.h"
#include "app/service/ViewingKeyLookup.h"
#include "app/view/AddressText.h"
#include "app/view/PageButton.h"
#include "app/view/RowTable.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace seismic::app {
namespace {

enum Column
{
    LabelColumn,
    AddressColumn,
    KeyColumn,
    ColumnCount,
};

const QString kCsvFilter = QStringLiteral("*.csv");

} // namespace

AddressBookPage::AddressBookPage(AddressBook& book, ClientSession& session, QWidget* parent)
    : QWidget(parent)
    , m_book(book)
    , m_session(session)
{
    setObjectName(QStringLiteral("addressBookPage"));
    m_table = rowTable(this, {tr("Label"), tr("Address"), tr("Viewing key")}, AddressColumn,
                       "contactsTable", tr("Contacts"));
    m_table->horizontalHeaderItem(KeyColumn)->setToolTip(
        tr("Whether the address registered a viewing key in the Directory: without "
           "one, it cannot see the amounts of the SRC20 tokens sent to it."));

    auto* addButton = pageButton(this, tr("&New Contact…"), "addContactButton");
    m_editButton = pageButton(this, tr("&Change Label…"), "editContactButton");
    m_removeButton = pageButton(this, tr("&Remove…"), "removeContactButton");
    auto* importButton = pageButton(this, tr("&Import CSV…"), "importContactsButton");
    auto* exportButton = pageButton(this, tr("E&xport CSV…"), "exportContactsButton");
    connect(addButton, &QPushButton::clicked, this, [this] { addContact(); });
    connect(m_editButton, &QPushButton::clicked, this, &AddressBookPage::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &AddressBookPage::removeSelected);
    connect(importButton, &QPushButton::clicked, this, &AddressBookPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &AddressBookPage::exportCsv);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AddressBookPage::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &AddressBookPage::editSelected);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* each : {addButton, m_editButton, m_removeButton})
        buttons->addWidget(each);
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(&m_book, &AddressBook::changed, this, &AddressBookPage::fill);
    connect(&m_session, &ClientSession::clientChanged, this, &AddressBookPage::checkViewingKeys);
    fill();
    checkViewingKeys();
}

void AddressBookPage::fill()
{
    const auto before = selected();
    m_addresses.clear();
    const std::vector<store::AddressLabel> contacts = m_book.contacts();
    m_table->setRowCount(static_cast<int>(contacts.size()));
    bool unchecked = false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const store::AddressLabel& contact = contacts.at(static_cast<std::size_t>(row));
        m_addresses.push_back(contact.address);
        const QString texts[] = {contact.label, addressText(contact.address), QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(texts[column]);
            item->setToolTip(texts[column]);
        }
        unchecked = unchecked || !m_hasKey.contains(contact.address);
        showKeyStatus(row);
    }
    if (before)
        select(*before);
    updateButtons();
    if (unchecked)
        checkViewingKeys();
}

void AddressBookPage::showKeyStatus(int row)
{
    auto* item = m_table->item(row, KeyColumn);
    const auto found = m_hasKey.find(m_addresses.at(static_cast<std::size_t>(row)));
    if (found == m_hasKey.end()) {
        //: The viewing key of a contact is not known (not connected, or being read).
        item->setText(m_session.publicClient() ? tr("checking…") : tr("unknown"));
        item->setToolTip({});
        return;
    }
    item->setText(found->second ? tr("Registered") : tr("None"));
    item->setToolTip(found->second
                         ? tr("SRC20 amounts sent to this address can be read by its owner.")
                         : tr("SRC20 amounts sent to this address cannot be read by its owner "
                              "until it registers a viewing key."));
}

void AddressBookPage::checkViewingKeys()
{
    const quint64 generation = ++m_keyGeneration;
    m_hasKey.clear();
    for (int row = 0; row < m_table->rowCount(); ++row)
        showKeyStatus(row);
    if (!m_session.publicClient())
        return;
    for (const Address& address : m_addresses) {
        QCoro::connect(hasRegisteredViewingKey(m_session.publicClient(), address), this,
                       [this, generation, address](const Result<bool>& hasKey) {
                           if (generation != m_keyGeneration || !hasKey)
                               return;
                           m_hasKey[address] = *hasKey;
                           for (std::size_t row = 0; row < m_addresses.size(); ++row) {
                               if (m_addresses[row] == address)
                                   showKeyStatus(static_cast<int>(row));
                           }
                       });
    }
}

std::optional<Address> AddressBookPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const int row = items.first()->row();
    if (row < 0 || row >= static_cast<int>(m_addresses.size()))
        return std::nullopt;
    return m_addresses.at(static_cast<std::size_t>(row));
}

void AddressBookPage::select(const Address& address)
{
    for (std::size_t row = 0; row < m_addresses.size(); ++row) {
        if (m_addresses[row] == address) {
            m_table->selectRow(static_cast<int>(row));
            return;
        }
    }
}

void AddressBookPage::updateButtons()
{
    const bool any = selected().has_value();
    m_editButton->setEnabled(any);
    m_removeButton->setEnabled(any);
}

void AddressBookPage::addContact(const std::optional<Address>& suggested)
{
    if (suggested &&
        std::find(m_addresses.begin(), m_addresses.end(), *suggested) != m_addresses.end()) {
        select(*suggested);
        editSelected();
        return;
    }
    auto* dialog =
        new AddressEntryDialog(AddressEntryDialog::Purpose::NewContact, m_addresses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (suggested)
        dialog->setEntry(*suggested, m_book.labelFor(*suggested));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto address = dialog->address();
        if (!address)
            return;
        if (const Status added = m_book.setLabel(*address, dialog->label(), true); !added) {
            Q_EMIT message(tr("The contact was not saved: %1").arg(errorLine(added.error())));
            return;
        }
        select(*address);
    });
    dialog->open();
}

void AddressBookPage::editSelected()
{
    const auto address = selected();
    if (!address)
        return;
    auto* dialog =
        new AddressEntryDialog(AddressEntryDialog::Purpose::EditContact, m_addresses, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(*address, m_book.labelFor(*address));
    connect(dialog, &QDialog::accepted, this, [this, dialog, address = *address] {
        if (const Status saved = m_book.setLabel(address, dialog->label(), true); !saved)
            Q_EMIT message(tr("The contact was not saved: %1").arg(errorLine(saved.error())));
    });
    dialog->open();
}

void AddressBookPage::removeSelected()
{
    const auto address = selected();
    if (!address)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove Contact"),
                                //: %1 is a contact's label, %2 its address.
                                tr("Remove %1 (%2) from the address book?")
                                    .arg(m_book.labelFor(*address), addressText(*address)),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeContactBox"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove, address = *address] {
        if (box->clickedButton() != remove)
            return;
        if (const Status removed = m_book.remove(address); !removed)
            Q_EMIT message(tr("The contact was not removed: %1").arg(errorLine(removed.error())));
    });
    box->open();
}

void AddressBookPage::importCsv()
{
    auto* dialog =
        new QFileDialog(this, tr("Import Contacts"), {}, tr("CSV files (%1)").arg(kCsvFilter));
    dialog->setObjectName(QStringLiteral("importContactsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &AddressBookPage::importFile);
    dialog->open();
}

void AddressBookPage::exportCsv()
{
    auto* dialog =
        new QFileDialog(this, tr("Export Contacts"), {}, tr("CSV files (%1)").arg(kCsvFilter));
    dialog->setObjectName(QStringLiteral("exportContactsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("contacts.csv"));
    connect(dialog, &QFileDialog::fileSelected, this, &AddressBookPage::exportFile);
    dialog->open();
}

void AddressBookPage::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file's path, %2 why it cannot be read.
        Q_EMIT message(
            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // One byte more than allowed tells a file that is too large.
    const auto contacts = AddressBookCsv::read(file.read(AddressBookCsv::kMaxBytes + 1));
    if (!contacts) {
        // The reader's message is translated and names the line.
        Q_EMIT message(
            tr("Nothing was imported: %1").arg(QString::fromStdString(contacts.error().message)));
        return;
    }
    if (const Status saved = m_book.setLabels(*contacts); !saved) {
        Q_EMIT message(tr("Nothing was imported: %1").arg(errorLine(saved.error())));
        return;
    }
    Q_EMIT message(tr("%n contact(s) imported.", nullptr, static_cast<int>(contacts->size())));
}

void AddressBookPage::exportFile(const QString& path)
{
    QSaveFile file(path);
    const QByteArray csv = AddressBookCsv::write(m_book.contacts());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        //: %1 is a file's path, %2 why it cannot be written.
        Q_EMIT message(
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT message(
        tr("%n contact(s) exported to %1.", nullptr, static_cast<int>(m_addresses.size()))
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace seismic::app
