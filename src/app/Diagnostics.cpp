// SPDX-License-Identifier: MIT
#include "app/Diagnostics.h"

#include "app/model/ChainModel.h"
#include "app/model/LogModel.h"
#include "app/model/WalletModel.h"

#include <QGuiApplication>
#include <QSysInfo>
#include <QTextStream>

namespace seismic::app {

QString diagnosticsReport(const ChainModel& chain, const WalletModel& wallet, const LogModel& log,
                          int logLines)
{
    QString report;
    QTextStream out(&report);
    out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
        << '\n';
    out << "Qt: " << qVersion() << " (built with " << QT_VERSION_STR << "), platform "
        << QGuiApplication::platformName() << '\n';
    out << "OS: " << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelType() << ' '
        << QSysInfo::kernelVersion() << ", " << QSysInfo::currentCpuArchitecture() << '\n';

    const NetworkConfig& network = chain.network();
    out << "Network: " << network.name << " (chain " << network.chainId << ")\n";
    out << "Endpoints: " << network.endpointsText().replace(QLatin1Char('\n'), QStringLiteral(", "))
        << (network.usesUnencryptedRemote() ? " (unencrypted allowed)" : "") << '\n';
    if (!chain.teeKeyConflict().isEmpty())
        out << "TEE key: the node presents " << chain.teeKeyConflict()
            << ", not the pinned key (read-only)\n";
    out << "Connection: " << connectionStatusName(chain.status());
    if (chain.status() == ConnectionStatus::Connected)
        out << " to chain " << chain.chainId() << " at block " << chain.blockNumber();
    out << '\n';
    out << "Last error: "
        << (chain.lastError().isEmpty() ? QStringLiteral("none") : chain.lastError()) << '\n';
    if (const auto account = wallet.account())
        out << "Account: " << QString::fromStdString(account->checksummed())
            << (wallet.isUnlocked() ? " (unlocked)" : " (locked)") << '\n';
    else
        out << "Account: none\n";

    const QList<LogEntry> entries = log.lastEntries(logLines);
    out << "\nLast " << entries.size() << " log messages:\n";
    for (const LogEntry& entry : entries)
        out << entry.time.toString(Qt::ISODateWithMs) << ' ' << logLevelName(entry.level) << ' '
            << entry.category << ": " << entry.message << '\n';
    return report;
}

} // namespace seismic::app
