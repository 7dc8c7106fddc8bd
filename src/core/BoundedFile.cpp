// SPDX-License-Identifier: MIT
#include "core/BoundedFile.h"

#include <QFile>
#include <QFileInfo>

namespace seismic {
namespace {

Error fileError(const QString& what, const QString& path, const QString& problem)
{
    return makeError(ErrorKind::Io,
                     QStringLiteral("%1 %2: %3").arg(what, path, problem).toStdString());
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

Result<QByteArray> readBoundedFile(const QString& path, qint64 maxBytes, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(what, path, QStringLiteral("no such file"));
    if (info.isDir())
        return fileError(what, path, QStringLiteral("is a directory, not a file"));
    const QString tooLarge = QStringLiteral("is too large (at most %1)").arg(sizeText(maxBytes));
    if (info.size() > maxBytes)
        return fileError(what, path, tooLarge);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fileError(what, path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    QByteArray contents(maxBytes + 1, Qt::Uninitialized);
    qint64 total = 0;
    // Pipes and terminals deliver a little at a time: read until the end or past the limit.
    while (total <= maxBytes) {
        const qint64 read = file.read(contents.data() + total, contents.size() - total);
        if (read < 0)
            return fileError(what, path,
                             QStringLiteral("cannot be read (%1)").arg(file.errorString()));
        if (read == 0)
            break;
        total += read;
    }
    if (total > maxBytes)
        return fileError(what, path, tooLarge);
    contents.truncate(total);
    return contents;
}

} // namespace seismic
