// SPDX-License-Identifier: MIT
#pragma once

#include "core/Keystore.h"

#include <QString>
#include <vector>

namespace seismic::app {

// The accounts of this installation: one Web3 Secret Storage v3 file per account, named after
// its address, in a directory only the user can read (0700, files 0600). Keys exist in plain
// form only in memory, between unlock and lock.
//
// Keystore work (scrypt) takes about half a second: call these from a worker thread, never
// from the GUI thread. `limits` bound every key derivation (256 MiB unless the user allowed more)
// and stop it when their token asks (Cancelled). The passwords' copies made here are wiped; a
// new keystore file and then its directory are synced to disk before add() returns.
class AccountStore
{
public:
    explicit AccountStore(QString directory, KeystoreKdf kdf = {}, ScryptLimits limits = {});

    const QString& directory() const { return m_directory; }
    std::vector<Address> accounts() const;
    bool contains(const Address& address) const;

    // Reads a raw hex key file or a keystore (opened with `password`, under this store's limits).
    Result<PrivateKey> openKeyFile(const QString& path, const QString& password) const;
    // Imports a raw hex key file or a keystore (opened with filePassword) and stores it under
    // newPassword. A bad file, wrong file password, weak new password or an account already
    // stored is an error, and nothing is written.
    Result<Address> importKeyFile(const QString& path, const QString& filePassword,
                                  const QString& newPassword);
    // Stores an existing key under newPassword.
    Result<Address> add(const PrivateKey& key, const QString& newPassword);
    // A fresh random key, stored under newPassword.
    Result<Address> create(const QString& newPassword);
    Result<PrivateKey> unlock(const Address& address, const QString& password) const;
    // Takes the account out of the store without deleting its keystore: the file is moved to
    // backupDirectory() as "<address>.json.<UTC time>" (only the user may read it there either).
    // Returns the backup's path; an account not stored is NotFound.
    Result<QString> remove(const Address& address);
    // <directory>/removed
    QString backupDirectory() const;
    // The account's keystore file (for an export), whether or not it exists.
    QString keystorePath(const Address& address) const { return pathFor(address); }

    static constexpr int kMinimumPasswordLength = 8;

private:
    QString pathFor(const Address& address) const;
    Status ensureDirectory() const;

    QString m_directory;
    KeystoreKdf m_kdf;
    ScryptLimits m_limits;
};

} // namespace seismic::app
