// SPDX-License-Identifier: MIT
#include "app/wallet/AccountService.h"

#include "app/RunInPool.h"
#include "app/wallet/KeyFileProbe.h"

namespace seismic::app {
namespace {

// Stores `key` under `password` and hands it back for the wallet.
Result<PrivateKey> storeKey(AccountStore& store, const PrivateKey& key, const QString& password)
{
    if (auto stored = store.add(key, password); !stored)
        return std::move(stored).error();
    return key;
}

} // namespace

AccountService::AccountService(QString directory, KeystoreKdf kdf)
    : m_store(std::move(directory), kdf)
{
    // One at a time: each derivation takes 256 MiB, and two imports of the same key must not
    // both pass the duplicate check.
    m_pool.setMaxThreadCount(1);
}

QCoro::Task<Result<KeyFileFormat>> AccountService::probeKeyFile(const QString& path)
{
    return runInPool(m_pool, [path] { return app::probeKeyFile(path); });
}

QCoro::Task<Result<PrivateKey>> AccountService::importKeyFile(const QString& path,
                                                              const QString& filePassword,
                                                              const QString& newPassword)
{
    return runInPool(
        m_pool, [store = m_store, path, filePassword, newPassword]() mutable -> Result<PrivateKey> {
            auto key = readKeyFile(path.toStdString(), filePassword.toStdString());
            if (!key)
                return std::move(key).error();
            return storeKey(store, *key, newPassword);
        });
}

QCoro::Task<Result<PrivateKey>> AccountService::importOrUnlock(const QString& path,
                                                               const QString& password)
{
    return runInPool(m_pool, [store = m_store, path, password]() mutable -> Result<PrivateKey> {
        auto key = readKeyFile(path.toStdString(), password.toStdString());
        if (!key)
            return std::move(key).error();
        if (store.contains(key->address()))
            return store.unlock(key->address(), password);
        return storeKey(store, *key, password);
    });
}

QCoro::Task<Result<PrivateKey>> AccountService::create(const QString& newPassword)
{
    return runInPool(m_pool, [store = m_store, newPassword]() mutable {
        return storeKey(store, PrivateKey::generate(), newPassword);
    });
}

QCoro::Task<Result<PrivateKey>> AccountService::unlock(const Address& account,
                                                       const QString& password)
{
    return runInPool(
        m_pool, [store = m_store, account, password] { return store.unlock(account, password); });
}

} // namespace seismic::app
