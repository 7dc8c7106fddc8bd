// SPDX-License-Identifier: MIT
// Helpers for the GUI tests: a cheap keystore cost, test files, widgets found by object name.
#pragma once

#include "core/Keystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace apptest {

// The first anvil/sanvil development account.
constexpr const char* kAnvilKey =
    "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
constexpr const char* kAnvilAddress = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
inline const QString kPassword = QStringLiteral("correct horse battery");

// Cheap scrypt so the suites stay fast; the app uses the default cost.
inline seismic::KeystoreKdf fastKdf()
{
    seismic::KeystoreKdf kdf;
    kdf.scryptN = 1 << 10;
    return kdf;
}

inline QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write the test file");
    return path;
}

// The descendant of `root` with this object name; a missing one is a test bug.
template<typename T>
T* child(const QObject& root, const char* name)
{
    T* found = root.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

} // namespace apptest
