// SPDX-License-Identifier: MIT
#pragma once

#include "client/PublicContract.h"
#include "core/SymmetricKey.h"

#include <QPointer>

namespace seismic::client {

class PublicClient;
class WalletClient;

// The Directory predeploy (spec 8.6-8.7), where accounts register the viewing key that SRC20
// events encrypt their amounts under. Key lookups of other accounts (checkHasKey, keyHash) are
// plain calls; registering and fetching one's own key need a wallet client (a shielded write
// and a signed read: the key is private). A cheap value; its calls do not touch the object after
// they start.
class Directory
{
public:
    // 0x1000000000000000000000000000000000000004.
    static Address defaultAddress();
    // The Directory ABI (setKey, getKey, checkHasKey, keyHash).
    static const ContractAbi& abi();

    // Lookups only: registerViewingKey and fetchViewingKey answer Unsupported.
    explicit Directory(PublicClient* client, Address address = defaultAddress());
    explicit Directory(WalletClient* client, Address address = defaultAddress());

    const Address& address() const { return m_contract.address(); }

    // A new random 32-byte viewing key.
    static SymmetricKey generateViewingKey();
    // keccak256 of the key: the topic SRC20 events addressed to it carry.
    static Hash computeKeyHash(const SymmetricKey& key);

    // setKey(suint256) as a shielded write (gas estimated unless given); the transaction hash.
    // A zero key is refused here (the contract reverts ZERO_KEY).
    QCoro::Task<Result<Hash>> registerViewingKey(SymmetricKey key, TxOptions options = {}) const;
    // getKey() by signed read: the caller's key. NotFound "No viewing key registered in
    // Directory for this address" when there is none.
    QCoro::Task<Result<SymmetricKey>> fetchViewingKey() const;
    QCoro::Task<Result<bool>> checkHasKey(Address account) const;
    // keccak256 of the account's key (of 32 zero bytes when it has none).
    QCoro::Task<Result<Hash>> keyHash(Address account) const;

private:
    Directory(PublicClient* client, WalletClient* wallet, Address address);

    QPointer<WalletClient> m_wallet;
    PublicContract m_contract;
};

} // namespace seismic::client
