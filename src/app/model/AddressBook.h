// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "store/AddressLabelStore.h"

#include <QObject>

class QAbstractItemModel;

#include <map>
#include <vector>

namespace seismic::store {
class Store;
}

namespace seismic::app {

// The names of addresses, for every view that shows one: the contacts of the address book and
// the labels of other addresses (the user's own accounts). Kept in the store's address_labels
// table and cached here, so labelFor() is cheap enough for a table's paint. Without a store
// (none set, or while it is replaced) it is empty and refuses changes.
class AddressBook : public QObject
{
    Q_OBJECT

public:
    explicit AddressBook(QObject* parent = nullptr);

    // Reads every label of `store` (nullptr: none). The store outlives its use here.
    void setStore(store::Store* store);

    // The address's label, contact or not; an empty string when it has none.
    QString labelFor(const Address& address) const;
    // Every labelled address in address order (contacts and others).
    std::vector<store::AddressLabel> entries() const;
    // The contacts, by label (as the user's language sorts them).
    std::vector<store::AddressLabel> contacts() const;

    // Adds or renames; an empty or too long label is InvalidArgument (trimmed first).
    Status setLabel(const Address& address, const QString& label, bool contact);
    Status remove(const Address& address);
    // Adds or replaces several labels in one transaction (a CSV import): all or none.
    Status setLabels(const std::vector<store::AddressLabel>& labels);

Q_SIGNALS:
    // A label was added, renamed or removed, or the store was replaced.
    void changed();

private:
    void reload();

    store::Store* m_store = nullptr;
    std::map<Address, store::AddressLabel> m_labels;
};

// Points a table's labels at `book` (none: no labels; `current` is the table's pointer to it):
// when the book changes, the table's columns `first` to `last`, which name addresses by their
// labels, are drawn again.
void followAddressBook(QAbstractItemModel& table, const AddressBook*& current,
                       const AddressBook* book, int first, int last);

} // namespace seismic::app
