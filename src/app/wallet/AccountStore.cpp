// SPDX-License-Identifier: MIT
#include "app/wallet/AccountStore.h"

#include "core/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace seismic::app {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kSuffix = QStringLiteral(".json");

Error storeError(ErrorKind kind, const QString& message)
{
    return makeError(kind, message.toStdString());
}

} // namespace

AccountStore::AccountStore(QString directory, KeystoreKdf kdf)
    : m_directory(std::move(directory))
    , m_kdf(kdf)
{}

QString AccountStore::pathFor(const Address& address) const
{
    return QDir(m_directory).filePath(QString::fromStdString(address.lowerHex()) + kSuffix);
}

std::vector<Address> AccountStore::accounts() const
{
    std::vector<Address> out;
    const QStringList names =
        QDir(m_directory).entryList({QStringLiteral("0x*") + kSuffix}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        auto address = Address::parse(name.chopped(kSuffix.size()).toStdString());
        if (address)
            out.push_back(*address);
    }
    return out;
}

bool AccountStore::contains(const Address& address) const
{
    return QFile::exists(pathFor(address));
}

Status AccountStore::ensureDirectory() const
{
    QDir dir(m_directory);
    if (!dir.exists() && !QDir().mkpath(m_directory))
        return storeError(
            ErrorKind::Io,
            QStringLiteral("cannot create the account directory %1").arg(m_directory));
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

Result<Address> AccountStore::importKeyFile(const QString& path, const QString& filePassword,
                                            const QString& newPassword)
{
    auto key = readKeyFile(path.toStdString(), filePassword.toStdString());
    if (!key)
        return std::move(key).error();
    return add(*key, newPassword);
}

Result<Address> AccountStore::add(const PrivateKey& key, const QString& newPassword)
{
    if (newPassword.size() < kMinimumPasswordLength)
        return storeError(ErrorKind::InvalidArgument,
                          QStringLiteral("the new password must have at least %1 characters")
                              .arg(kMinimumPasswordLength));
    const Address address = key.address();
    if (contains(address))
        return storeError(ErrorKind::InvalidArgument,
                          QStringLiteral("account %1 is already stored")
                              .arg(QString::fromStdString(address.checksummed())));
    if (auto ready = ensureDirectory(); !ready)
        return std::move(ready).error();
    auto json = encryptKeystore(key, newPassword.toStdString(), m_kdf);
    if (!json)
        return std::move(json).error();

    // QSaveFile writes a temporary file and renames it: a failure leaves nothing behind.
    QSaveFile file(pathFor(address));
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) ||
        file.write(json->data(), static_cast<qint64>(json->size())) !=
            static_cast<qint64>(json->size()) ||
        !file.commit())
        return storeError(
            ErrorKind::Io,
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return address;
}

Result<Address> AccountStore::create(const QString& newPassword)
{
    return add(PrivateKey::generate(), newPassword);
}

Result<PrivateKey> AccountStore::unlock(const Address& address, const QString& password) const
{
    QFile file(pathFor(address));
    if (!file.open(QIODevice::ReadOnly))
        return storeError(ErrorKind::NotFound,
                          QStringLiteral("no stored account %1")
                              .arg(QString::fromStdString(address.checksummed())));
    const QByteArray json = file.readAll();
    return decryptKeystore(asBytes(std::string_view(json.constData(), json.size())),
                           password.toStdString());
}

Status AccountStore::remove(const Address& address)
{
    if (!QFile::remove(pathFor(address)))
        return storeError(ErrorKind::NotFound,
                          QStringLiteral("no stored account %1")
                              .arg(QString::fromStdString(address.checksummed())));
    return {};
}

} // namespace seismic::app
