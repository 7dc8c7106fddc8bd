// SPDX-License-Identifier: MIT
#include "app/wallet/AccountStore.h"

#include "core/KeyFile.h"
#include "core/WipeOnExit.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace seismic::app {
namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QString kSuffix = QStringLiteral(".json");

Error storeError(ErrorKind kind, const QString& message)
{
    return makeError(kind, message.toStdString());
}

// QSaveFile syncs the file before renaming it into place; the rename itself is durable only
// once the directory is synced too (else a crash can leave the account without its keystore).
Status syncDirectory(const QString& directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return storeError(ErrorKind::Io,
                          QStringLiteral("cannot sync the account directory %1: %2")
                              .arg(directory, QString::fromLocal8Bit(std::strerror(error))));
    }
    ::close(fd);
#else
    Q_UNUSED(directory);
#endif
    return {};
}

} // namespace

AccountStore::AccountStore(QString directory, KeystoreKdf kdf, ScryptLimits limits)
    : m_directory(std::move(directory))
    , m_kdf(kdf)
    , m_limits(std::move(limits))
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

Result<PrivateKey> AccountStore::openKeyFile(const QString& path, const QString& password) const
{
    std::string bytes = password.toStdString();
    const WipeOnExit<std::string> wipe(bytes);
    return readKeyFile(path.toStdString(), bytes, m_limits);
}

Result<Address> AccountStore::importKeyFile(const QString& path, const QString& filePassword,
                                            const QString& newPassword)
{
    auto key = openKeyFile(path, filePassword);
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
    std::string password = newPassword.toStdString();
    const WipeOnExit<std::string> wipe(password);
    auto json = encryptKeystore(key, password, m_kdf, m_limits);
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
    if (auto synced = syncDirectory(m_directory); !synced)
        return std::move(synced).error();
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
    std::string bytes = password.toStdString();
    const WipeOnExit<std::string> wipe(bytes);
    return decryptKeystore(asBytes(std::string_view(json.constData(), json.size())), bytes,
                           m_limits);
}

QString AccountStore::backupDirectory() const
{
    return QDir(m_directory).filePath(QStringLiteral("removed"));
}

Result<QString> AccountStore::remove(const Address& address)
{
    const QString path = pathFor(address);
    if (!QFile::exists(path))
        return storeError(ErrorKind::NotFound,
                          QStringLiteral("no stored account %1")
                              .arg(QString::fromStdString(address.checksummed())));
    const QString backups = backupDirectory();
    if (!QDir().mkpath(backups))
        return storeError(ErrorKind::Io, QStringLiteral("cannot create %1").arg(backups));
    QFile::setPermissions(backups,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString backup = QDir(backups).filePath(
        QFileInfo(path).fileName() + QLatin1Char('.') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")));
    if (!QFile::rename(path, backup))
        return storeError(ErrorKind::Io, QStringLiteral("cannot move %1 to %2").arg(path, backup));
    if (auto synced = syncDirectory(m_directory); !synced)
        return std::move(synced).error();
    return backup;
}

} // namespace seismic::app
