// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"

#include <QDateTime>

#include <vector>

namespace seismic::store {

class Store;

// Accounts watched without a key (their transfers and public balances only). Their names live
// in AddressLabelStore, like every other address's.
struct WatchOnlyAccount
{
    Address address;
    QDateTime added; // UTC, to the second

    friend bool operator==(const WatchOnlyAccount&, const WatchOnlyAccount&) = default;
};

class WatchOnlyAccountStore
{
public:
    explicit WatchOnlyAccountStore(Store& store);

    // In the order they were added.
    Result<std::vector<WatchOnlyAccount>> all() const;
    // Adding one already there keeps it as it was.
    Status add(const WatchOnlyAccount& account);
    Status remove(const Address& address);

private:
    Store& m_store;
};

} // namespace seismic::store
