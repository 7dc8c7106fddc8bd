// SPDX-License-Identifier: MIT
#pragma once

#include "core/Address.h"
#include "core/Result.h"
#include "core/SymmetricKey.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace seismic::store {

class Store;

// Accounts watched without a signing key (their transfers and public balances only). Their
// names live in AddressLabelStore, like every other address's.
struct WatchOnlyAccount
{
    Address address;
    QDateTime added; // UTC, to the second
    // A secret the user gave: the account's own viewing key, or an intelligence provider's; it
    // opens the SRC20 amounts it can read. Never logged; forgotten with the account.
    std::optional<SymmetricKey> viewingKey;

    friend bool operator==(const WatchOnlyAccount&, const WatchOnlyAccount&) = default;
};

class WatchOnlyAccountStore
{
public:
    explicit WatchOnlyAccountStore(Store& store);

    // In the order they were added.
    Result<std::vector<WatchOnlyAccount>> all() const;
    // The account watched at `address`, if it is.
    Result<std::optional<WatchOnlyAccount>> find(const Address& address) const;
    // Adding one already there keeps it as it was.
    Status add(const WatchOnlyAccount& account);
    // Gives the account a viewing key, replacing any, or removes it (none). NotFound when the
    // address is not watched.
    Status setViewingKey(const Address& address, const std::optional<SymmetricKey>& key);
    // Forgets the account and its viewing key.
    Status remove(const Address& address);

private:
    Result<std::vector<WatchOnlyAccount>> select(const std::optional<Address>& address) const;

    Store& m_store;
};

} // namespace seismic::store
