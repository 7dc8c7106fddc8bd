// SPDX-License-Identifier: MIT
// Runs the built seismic-cli (SEISMIC_CLI, set by tests/CMakeLists.txt) as a user would: a
// separate process with its own environment, its exit code, stdout and stderr.
#pragma once

#include "support/DevnetManifest.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace testing {

struct CliRun
{
    int exitCode = -1;
    bool finished = false; // false: it crashed or did not end in time
    QString out;
    QString err;

    // Everything it printed (to look for secrets).
    QString all() const { return out + err; }
    // The JSON object of the last stdout line (an empty object if it is not one).
    QJsonObject json() const;
    // Each stdout line parsed as a JSON object.
    QList<QJsonObject> jsonLines() const;
    // "exit N; stderr: …" for failure messages.
    QByteArray describe() const;
};

// The test process's environment without the variables seismic-cli reads.
QProcessEnvironment cleanEnvironment();
// RPC_URL of the devnet and PRIVATE_KEY of dev account `account`.
QProcessEnvironment devnetEnvironment(const DevnetManifest& manifest, int account);

// The built seismic-cli, for a test that drives the process itself.
QString cliProgram();
CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment,
              int timeoutMs = 20'000);
// The same with the process's address space capped at `bytes`, so that an allocation fails.
CliRun runCliWithAddressSpace(qint64 bytes, const QStringList& arguments,
                              const QProcessEnvironment& environment);

// The artifact holding the Seismic-facing ABI of a devnet contract.
QString artifactPath(const DevnetManifest& manifest, const QString& name);
// The private key of a dev account as bare lower-case hex (what must never be printed).
QString bareKey(const DevnetManifest& manifest, int account);

} // namespace testing

// Checks a run's exit code, showing its stderr when it differs.
#define QCOMPARE_EXIT(run, code)                                                                   \
    QVERIFY2((run).finished && (run).exitCode == (code), (run).describe().constData())
