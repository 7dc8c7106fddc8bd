// SPDX-License-Identifier: MIT
#include "app/wallet/KeyFileProbe.h"

#include "core/SecretBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace seismic::app {
namespace {

// The limit of core readKeyFile(): anything larger is not a key file.
constexpr qint64 kMaxKeyFileSize = 1024 * 1024;

Error probeError(const QString& path, const QString& problem)
{
    return makeError(ErrorKind::KeyFile,
                     QStringLiteral("key file %1: %2").arg(path, problem).toStdString());
}

} // namespace

Result<KeyFileFormat> probeKeyFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return probeError(path, QStringLiteral("no such file"));
    if (info.isDir())
        return probeError(path, QStringLiteral("is a directory, not a file"));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return probeError(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    // One byte past the limit: special files report a size of 0 and can be endless.
    QByteArray contents(kMaxKeyFileSize + 1, Qt::Uninitialized);
    const auto wipe = qScopeGuard([&contents] {
        secureWipe({reinterpret_cast<std::uint8_t*>(contents.data()),
                    static_cast<std::size_t>(contents.size())});
    });
    const qint64 read = file.read(contents.data(), contents.size());
    if (read < 0)
        return probeError(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    if (read > kMaxKeyFileSize)
        return probeError(path, QStringLiteral("is too large (more than 1 MiB)"));
    return detectKeyFileFormat(ByteView(reinterpret_cast<const std::uint8_t*>(contents.constData()),
                                        static_cast<std::size_t>(read)));
}

} // namespace seismic::app
