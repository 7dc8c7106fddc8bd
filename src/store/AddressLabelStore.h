// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QString>

#include <optional>
#include <vector>

namespace seismic::store {

class Store;

// Names of addresses, the same on every network: contacts (the address book) and labels of any
// other address (one's own accounts, a counterparty seen in the transfers).
struct AddressLabel
{
    Address address;
    QString label; // 1 to kMaxLabelLength characters
    bool contact = false;

    friend bool operator==(const AddressLabel&, const AddressLabel&) = default;
};

class AddressLabelStore
{
public:
    static constexpr qsizetype kMaxLabelLength = 200;

    explicit AddressLabelStore(Store& store);

    // Every label, contacts and others, by address.
    Result<std::vector<AddressLabel>> all() const;
    Result<std::optional<AddressLabel>> find(const Address& address) const;
    // Adds or replaces the address's label; an empty or too long label is InvalidArgument.
    Status set(const AddressLabel& label);
    Status remove(const Address& address);

private:
    Store& m_store;
};

} // namespace seismic::store
