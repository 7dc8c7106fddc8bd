// SPDX-License-Identifier: MIT
#pragma once

#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>

namespace seismic::cli {

// One `seismic-cli ... <name> ...` command: a leaf that does something, or a CommandGroup of
// subcommands.
class Command
{
public:
    Command(QString name, QString summary);
    virtual ~Command() = default;

    const QString& name() const { return m_name; }
    // One line for the command list.
    const QString& summary() const { return m_summary; }
    // How a user types it: "seismic-cli token balance". Help texts and messages start with it.
    const QString& path() const { return m_path; }
    // Set by the group the command is added to (its children follow).
    virtual void setPath(QString path) { m_path = std::move(path); }

    // `arguments` are what follows the command's path. Returns the process exit code
    // (ExitCode.h); runs on the event loop and never blocks it.
    virtual QCoro::Task<int> run(QStringList arguments) = 0;

private:
    QString m_name;
    QString m_summary;
    QString m_path;
};

} // namespace seismic::cli
