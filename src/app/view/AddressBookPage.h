// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"

#include <QWidget>

#include <map>
#include <optional>
#include <vector>

class QPushButton;
class QTableWidget;

namespace seismic::app {

class AddressBook;
class ClientSession;

// The Address Book page: the contacts (label, address, and whether the address has a viewing
// key in the Directory, read through the current connection), added, edited and removed here,
// imported from and exported to CSV (AddressBookCsv).
class AddressBookPage : public QWidget
{
    Q_OBJECT

public:
    AddressBookPage(AddressBook& book, ClientSession& session, QWidget* parent = nullptr);

    // The contacts in the order shown.
    const std::vector<Address>& shownAddresses() const { return m_addresses; }
    void select(const Address& address);

    // A new contact; `suggested`: its address filled in (a contact already: its label edited).
    void addContact(const std::optional<Address>& suggested = std::nullopt);
    void editSelected();
    void removeSelected();
    void importCsv();
    void exportCsv();
    // Reads the CSV file and adds or replaces its contacts (all or none).
    void importFile(const QString& path);
    void exportFile(const QString& path);
    // Asks the Directory again about every contact.
    void checkViewingKeys();

Q_SIGNALS:
    void message(const QString& text);

private:
    void fill();
    void showKeyStatus(int row);
    std::optional<Address> selected() const;
    void updateButtons();

    AddressBook& m_book;
    ClientSession& m_session;
    std::vector<Address> m_addresses;
    // The Directory's answers (true: a key), for this connection.
    std::map<Address, bool> m_hasKey;
    quint64 m_keyGeneration = 0;
    QTableWidget* m_table;
    QPushButton* m_editButton;
    QPushButton* m_removeButton;
};

} // namespace seismic::app
