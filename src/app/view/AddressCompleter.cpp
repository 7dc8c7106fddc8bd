// SPDX-License-Identifier: MIT
#include "app/view/AddressCompleter.h"

#include "app/model/AddressBook.h"
#include "app/view/AddressText.h"

#include <QStandardItemModel>

namespace seismic::app {
namespace {

constexpr int kAddressRole = Qt::UserRole + 1;

} // namespace

AddressCompleter::AddressCompleter(const AddressBook& book, QObject* parent)
    : QCompleter(parent)
    , m_book(book)
    , m_entries(new QStandardItemModel(this))
{
    setModel(m_entries);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    connect(&m_book, &AddressBook::changed, this, &AddressCompleter::fill);
    fill();
}

void AddressCompleter::fill()
{
    m_entries->clear();
    for (const store::AddressLabel& entry : m_book.entries()) {
        //: An address-book entry offered while typing: %1 its label, %2 its address.
        auto* item = new QStandardItem(tr("%1 – %2").arg(entry.label, addressText(entry.address)));
        item->setData(addressText(entry.address), kAddressRole);
        m_entries->appendRow(item);
    }
}

QString AddressCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(kAddressRole).toString();
}

} // namespace seismic::app
