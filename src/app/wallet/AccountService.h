// SPDX-License-Identifier: MIT
#pragma once

#include "app/wallet/AccountStore.h"
#include "core/KeyFile.h"

#include <QCoroTask>
#include <QThreadPool>

#include <stop_token>

namespace seismic::app {

// The AccountStore, asynchronously: every keystore operation (scrypt: about a second and
// 256 MiB at the default cost) runs on a worker thread, one at a time, and completes on the GUI
// thread (co_await it, or QCoro::connect() it to a widget). Operations that make an account usable
// return its key, so that the wallet is unlocked without a second key derivation. Destruction waits
// for a running operation (QThreadPool does), so that no keystore is left half written; it
// first stops a key derivation under way, so that quitting does not wait for it. The passwords
// handed in are wiped once used (this copy: see secureWipe()).
class AccountService
{
public:
    // `maxKdfMemory`: the most a key derivation may take (256 MiB unless the user allows more).
    AccountService(QString directory, KeystoreKdf kdf,
                   std::uint64_t maxKdfMemory = kScryptDefaultMaxMemory);
    ~AccountService();

    const QString& directory() const { return m_store.directory(); }
    // Lists the keystore directory: cheap, callable from the GUI thread.
    std::vector<Address> accounts() const { return m_store.accounts(); }

    QCoro::Task<Result<KeyFileFormat>> probeKeyFile(const QString& path);
    // Imports a raw hex key file or a keystore (opened with filePassword) under newPassword.
    // An account already stored is an error.
    QCoro::Task<Result<PrivateKey>> importKeyFile(const QString& path, const QString& filePassword,
                                                  const QString& newPassword);
    // For the command line's --import-key and --password-file: imports the key file with
    // `password` as both its password and the new one, or, when the account is already stored,
    // unlocks it with `password`.
    QCoro::Task<Result<PrivateKey>> importOrUnlock(const QString& path, const QString& password);
    // A fresh random key, stored under newPassword.
    QCoro::Task<Result<PrivateKey>> create(const QString& newPassword);
    QCoro::Task<Result<PrivateKey>> unlock(const Address& account, const QString& password);

    // Moves the account's keystore to the backup folder (AccountStore::remove): a rename, cheap
    // enough for the GUI thread. Returns the backup's path.
    Result<QString> remove(const Address& account) { return m_store.remove(account); }
    QString keystorePath(const Address& account) const { return m_store.keystorePath(account); }
    QString backupDirectory() const { return m_store.backupDirectory(); }

    // Stops the operations under way or queued: each ends with Cancelled, nothing written.
    // Later operations run normally.
    void cancel();

private:
    AccountStore storeFor(std::stop_token stop) const;

    KeystoreKdf m_kdf;
    std::uint64_t m_maxKdfMemory;
    AccountStore m_store; // for the GUI thread's cheap calls
    std::stop_source m_stop;
    QThreadPool m_pool;
};

} // namespace seismic::app
