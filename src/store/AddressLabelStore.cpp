// SPDX-License-Identifier: MIT
#include "store/AddressLabelStore.h"

#include "store/Store.h"
#include "store/StoreStatement.h"
#include "store/StoreValues.h"

namespace seismic::store {
namespace {

Result<std::vector<AddressLabel>> readLabels(QSqlQuery& query)
{
    std::vector<AddressLabel> labels;
    while (query.next()) {
        auto address = readAddress(query.value(0), "address_labels.address");
        if (!address)
            return std::move(address).error();
        auto label =
            readText(query.value(1), "address_labels.label", AddressLabelStore::kMaxLabelLength);
        if (!label)
            return std::move(label).error();
        auto contact = readUnsigned(query.value(2), "address_labels.contact", 1);
        if (!contact)
            return std::move(contact).error();
        labels.push_back({*address, *label, *contact != 0});
    }
    return labels;
}

} // namespace

AddressLabelStore::AddressLabelStore(Store& store)
    : m_store(store)
{}

Result<std::vector<AddressLabel>> AddressLabelStore::all() const
{
    const std::string what = "reading address labels";
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("SELECT address, label, contact FROM address_labels ORDER BY address"), {},
        what);
    if (!query)
        return std::move(query).error();
    return readLabels(*query);
}

Result<std::optional<AddressLabel>> AddressLabelStore::find(const Address& address) const
{
    const std::string what = "reading an address label";
    auto query = runStatement(
        m_store.database(),
        QStringLiteral("SELECT address, label, contact FROM address_labels WHERE address = ?"),
        {blobOf(address)}, what);
    if (!query)
        return std::move(query).error();
    auto labels = readLabels(*query);
    if (!labels)
        return std::move(labels).error();
    if (labels->empty())
        return std::optional<AddressLabel>();
    return std::optional<AddressLabel>(labels->front());
}

Status AddressLabelStore::set(const AddressLabel& label)
{
    const QString text = label.label.trimmed();
    if (text.isEmpty() || text.size() > kMaxLabelLength)
        return makeError(ErrorKind::InvalidArgument, "a label has 1 to 200 characters");
    const std::string what = "saving an address label";
    return executeSql(
        m_store.database(),
        QStringLiteral("INSERT INTO address_labels (address, label, contact) VALUES (?, ?, ?)"
                       " ON CONFLICT (address) DO UPDATE SET label = excluded.label,"
                       " contact = excluded.contact"),
        {blobOf(label.address), text, label.contact ? 1 : 0}, what);
}

Status AddressLabelStore::remove(const Address& address)
{
    const std::string what = "removing an address label";
    return executeSql(m_store.database(),
                      QStringLiteral("DELETE FROM address_labels WHERE address = ?"),
                      {blobOf(address)}, what);
}

} // namespace seismic::store
