// SPDX-License-Identifier: MIT
#include "cli/support/CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

namespace testing {

QJsonObject CliRun::json() const
{
    const auto lines = jsonLines();
    return lines.isEmpty() ? QJsonObject() : lines.constLast();
}

QList<QJsonObject> CliRun::jsonLines() const
{
    QList<QJsonObject> objects;
    for (const auto& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        objects.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return objects;
}

QByteArray CliRun::describe() const
{
    return QStringLiteral("exit %1%2; stdout: %3; stderr: %4")
        .arg(exitCode)
        .arg(finished ? QString() : QStringLiteral(" (did not finish)"), out, err)
        .toUtf8();
}

QProcessEnvironment cleanEnvironment()
{
    auto environment = QProcessEnvironment::systemEnvironment();
    for (const auto* name :
         {"PRIVATE_KEY", "RPC_URL", "WS_URL", "CONTRACT_ADDRESS", "TOKEN_ADDRESS"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QProcessEnvironment devnetEnvironment(const DevnetManifest& manifest, int account)
{
    auto environment = cleanEnvironment();
    environment.insert(QStringLiteral("RPC_URL"), manifest.rpcUrl);
    environment.insert(QStringLiteral("PRIVATE_KEY"),
                       manifest.accounts.at(static_cast<std::size_t>(account)).privateKey);
    return environment;
}

namespace {

CliRun runProgram(const QString& program, const QStringList& arguments,
                  const QProcessEnvironment& environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun run;
    run.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

QString cliProgram()
{
    return QStringLiteral(SEISMIC_CLI);
}

CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs)
{
    return runProgram(cliProgram(), arguments, environment, timeoutMs);
}

CliRun runCliWithAddressSpace(qint64 bytes, const QStringList& arguments,
                              const QProcessEnvironment& environment)
{
    // prlimit (util-linux, on every Debian system) caps the child's virtual memory.
    return runProgram(QStringLiteral("prlimit"),
                      QStringList{QStringLiteral("--as=%1").arg(bytes), QStringLiteral("--"),
                                  QStringLiteral(SEISMIC_CLI)} +
                          arguments,
                      environment, 20'000);
}

QString artifactPath(const DevnetManifest& manifest, const QString& name)
{
    return manifest.artifactsDir + QStringLiteral("/") + name + QStringLiteral(".json");
}

QString bareKey(const DevnetManifest& manifest, int account)
{
    return manifest.accounts.at(static_cast<std::size_t>(account)).privateKey.mid(2).toLower();
}

} // namespace testing
