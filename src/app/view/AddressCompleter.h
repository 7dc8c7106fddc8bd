// SPDX-License-Identifier: MIT
#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace seismic::app {

class AddressBook;

// Completes an address field from the address book: typing part of a label or of an address
// offers "Label – 0x…" entries, and choosing one puts the address in the field.
class AddressCompleter : public QCompleter
{
    Q_OBJECT

public:
    // `book` outlives the completer.
    explicit AddressCompleter(const AddressBook& book, QObject* parent = nullptr);

    QString pathFromIndex(const QModelIndex& index) const override;

private:
    void fill();

    const AddressBook& m_book;
    QStandardItemModel* m_entries;
};

} // namespace seismic::app
