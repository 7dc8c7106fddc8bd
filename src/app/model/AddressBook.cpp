// SPDX-License-Identifier: MIT
#include "app/model/AddressBook.h"

#include "app/AppLogging.h"
#include "store/Store.h"

#include <QAbstractItemModel>

#include <algorithm>

namespace seismic::app {
namespace {

Error noStore()
{
    return makeError(ErrorKind::InvalidArgument, "the address book has no store");
}

} // namespace

AddressBook::AddressBook(QObject* parent)
    : QObject(parent)
{}

void AddressBook::setStore(store::Store* store)
{
    m_store = store;
    reload();
}

void AddressBook::reload()
{
    m_labels.clear();
    if (m_store) {
        auto all = store::AddressLabelStore(*m_store).all();
        if (!all)
            qCWarning(lcWallet).noquote() << "cannot read the address book:"
                                          << QString::fromStdString(all.error().describe());
        else
            for (store::AddressLabel& label : *all)
                m_labels.insert_or_assign(label.address, std::move(label));
    }
    Q_EMIT changed();
}

QString AddressBook::labelFor(const Address& address) const
{
    const auto found = m_labels.find(address);
    return found == m_labels.end() ? QString() : found->second.label;
}

std::vector<store::AddressLabel> AddressBook::entries() const
{
    std::vector<store::AddressLabel> entries;
    entries.reserve(m_labels.size());
    for (const auto& [address, label] : m_labels)
        entries.push_back(label);
    return entries;
}

std::vector<store::AddressLabel> AddressBook::contacts() const
{
    std::vector<store::AddressLabel> contacts;
    for (const auto& [address, label] : m_labels) {
        if (label.contact)
            contacts.push_back(label);
    }
    std::sort(contacts.begin(), contacts.end(),
              [](const store::AddressLabel& left, const store::AddressLabel& right) {
                  return QString::localeAwareCompare(left.label, right.label) < 0;
              });
    return contacts;
}

Status AddressBook::setLabel(const Address& address, const QString& label, bool contact)
{
    return setLabels({store::AddressLabel{address, label, contact}});
}

Status AddressBook::setLabels(const std::vector<store::AddressLabel>& labels)
{
    if (!m_store)
        return noStore();
    // As the store keeps them.
    std::vector<store::AddressLabel> trimmed = labels;
    for (store::AddressLabel& label : trimmed)
        label.label = label.label.trimmed();
    store::AddressLabelStore table(*m_store);
    const Status written = m_store->transaction([&]() -> Status {
        for (const store::AddressLabel& label : trimmed) {
            if (Status set = table.set(label); !set)
                return set;
        }
        return {};
    });
    if (!written)
        return written;
    for (store::AddressLabel& label : trimmed)
        m_labels.insert_or_assign(label.address, std::move(label));
    Q_EMIT changed();
    return {};
}

Status AddressBook::remove(const Address& address)
{
    if (!m_store)
        return noStore();
    if (Status removed = store::AddressLabelStore(*m_store).remove(address); !removed)
        return removed;
    m_labels.erase(address);
    Q_EMIT changed();
    return {};
}

void followAddressBook(QAbstractItemModel& table, const AddressBook*& current,
                       const AddressBook* book, int first, int last)
{
    if (current)
        QObject::disconnect(current, nullptr, &table, nullptr);
    current = book;
    if (book)
        QObject::connect(book, &AddressBook::changed, &table, [&table, first, last] {
            if (const int rows = table.rowCount(); rows > 0)
                Q_EMIT table.dataChanged(table.index(0, first), table.index(rows - 1, last));
        });
}

} // namespace seismic::app
