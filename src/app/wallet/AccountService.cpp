// SPDX-License-Identifier: MIT
#include "app/wallet/AccountService.h"

#include "app/RunInPool.h"
#include "app/wallet/KeyFileProbe.h"
#include "core/WipeOnExit.h"

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

AccountService::AccountService(QString directory, KeystoreKdf kdf, std::uint64_t maxKdfMemory)
    : m_kdf(kdf)
    , m_maxKdfMemory(maxKdfMemory)
    , m_store(std::move(directory), kdf)
{
    // One at a time: each derivation takes 256 MiB, and two imports of the same key must not
    // both pass the duplicate check.
    m_pool.setMaxThreadCount(1);
}

AccountService::~AccountService()
{
    m_stop.request_stop();
}

void AccountService::cancel()
{
    m_stop.request_stop();
    m_stop = std::stop_source();
}

AccountStore AccountService::storeFor(std::stop_token stop) const
{
    return AccountStore(m_store.directory(), m_kdf, ScryptLimits{m_maxKdfMemory, std::move(stop)});
}

QCoro::Task<Result<KeyFileFormat>> AccountService::probeKeyFile(const QString& path)
{
    return runInPool(m_pool, [path] { return app::probeKeyFile(path); });
}

QCoro::Task<Result<PrivateKey>> AccountService::importKeyFile(const QString& path,
                                                              const QString& filePassword,
                                                              const QString& newPassword)
{
    return runInPool(m_pool,
                     [store = storeFor(m_stop.get_token()), path,
                      filePassword = QString(filePassword),
                      newPassword = QString(newPassword)]() mutable -> Result<PrivateKey> {
                         const WipeOnExit<QString> wipeFile(filePassword);
                         const WipeOnExit<QString> wipeNew(newPassword);
                         auto key = store.openKeyFile(path, filePassword);
                         if (!key)
                             return std::move(key).error();
                         return storeKey(store, *key, newPassword);
                     });
}

QCoro::Task<Result<PrivateKey>> AccountService::importOrUnlock(const QString& path,
                                                               const QString& password)
{
    return runInPool(m_pool,
                     [store = storeFor(m_stop.get_token()), path,
                      password = QString(password)]() mutable -> Result<PrivateKey> {
                         const WipeOnExit<QString> wipe(password);
                         auto key = store.openKeyFile(path, password);
                         if (!key)
                             return std::move(key).error();
                         if (store.contains(key->address()))
                             return store.unlock(key->address(), password);
                         return storeKey(store, *key, password);
                     });
}

QCoro::Task<Result<PrivateKey>> AccountService::create(const QString& newPassword)
{
    return runInPool(m_pool, [store = storeFor(m_stop.get_token()),
                              newPassword = QString(newPassword)]() mutable {
        const WipeOnExit<QString> wipe(newPassword);
        return storeKey(store, PrivateKey::generate(), newPassword);
    });
}

QCoro::Task<Result<PrivateKey>> AccountService::unlock(const Address& account,
                                                       const QString& password)
{
    return runInPool(m_pool, [store = storeFor(m_stop.get_token()), account,
                              password = QString(password)]() mutable {
        const WipeOnExit<QString> wipe(password);
        return store.unlock(account, password);
    });
}

} // namespace seismic::app
