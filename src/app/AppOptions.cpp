// SPDX-License-Identifier: MIT
#include "app/AppOptions.h"

#include "app/model/NetworkConfig.h"
#include "core/EndpointName.h"

#include <QCommandLineParser>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>

namespace seismic::app {
namespace {

constexpr std::uint64_t kMebibyte = 1024 * 1024;

Error optionError(const QString& message)
{
    return makeError(ErrorKind::InvalidArgument, message.toStdString());
}

// The first line of the file, without its line break.
Result<QString> readPassword(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return optionError(
            AppOptions::tr("cannot read the password file %1: %2").arg(path, file.errorString()));
    QByteArray line = file.readLine(64 * 1024);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace

Result<AppOptions> AppOptions::fromCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Desktop wallet and live token-transfer monitor for the Seismic chain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("Keep accounts and settings in <directory> (default: %1).")
            .arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
        //: Placeholder of a command-line option's value.
        tr("directory"));
    const QCommandLineOption network(
        QStringLiteral("network"), tr("Select the network <name> (or the one with that chain ID)."),
        tr("name"));
    const QCommandLineOption rpcUrl(QStringLiteral("rpc-url"),
                                    tr("Use <url> as the HTTP endpoint for this session, "
                                       "instead of all of the network's endpoints."),
                                    tr("url"));
    const QCommandLineOption wsUrl(QStringLiteral("ws-url"),
                                   tr("Use <url> as the WebSocket endpoint for this session, "
                                      "instead of all of the network's endpoints."),
                                   tr("url"));
    const QCommandLineOption importKey(
        QStringLiteral("import-key"),
        tr("Import the key file <file> (raw hex key or keystore) at start."), tr("file"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        tr("Read the password from the first line of <file>: it opens the imported key file, "
           "protects the imported account, and unlocks the last account at start."),
        tr("file"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      tr("Show the user interface in <language>, e.g. de or fr."),
                                      tr("language"));
    const QCommandLineOption token(
        QStringLiteral("token"),
        tr("Add the token contract at <address> to the balances once the account is unlocked "
           "(may be repeated)."),
        tr("address"));
    const QCommandLineOption kdfMaxMemory(
        QStringLiteral("kdf-max-memory"),
        tr("Let a keystore's key derivation take up to <MiB> mebibytes (default %1, at most %2): "
           "only for keystores written with a higher cost.")
            .arg(kScryptDefaultMaxMemory / kMebibyte)
            .arg(kScryptMaxMemory / kMebibyte),
        tr("MiB"));
    parser.addOptions(
        {dataDir, network, rpcUrl, wsUrl, importKey, passwordFile, language, token, kdfMaxMemory});
    parser.process(arguments);

    AppOptions options;
    options.dataDirectory = parser.isSet(dataDir)
                                ? parser.value(dataDir)
                                : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.network = parser.value(network);
    options.rpcUrl = parser.value(rpcUrl);
    options.wsUrl = parser.value(wsUrl);
    options.importKeyFile = parser.value(importKey);
    options.language = parser.value(language);
    for (const QString& text : parser.values(token)) {
        auto address = Address::parse(text.trimmed().toStdString());
        if (!address)
            return optionError(QStringLiteral("--token: ") +
                               QString::fromStdString(address.error().message));
        options.tokens.push_back(*address);
    }

    if (!options.rpcUrl.isEmpty()) {
        // Encryption is checked against the selected network's setting once it is known.
        QString problem = NetworkConfig::endpointProblem(options.rpcUrl, true);
        if (problem.isEmpty() && NetworkConfig::isWebSocketUrl(options.rpcUrl))
            problem = tr("“%1” is a WebSocket URL; use --ws-url for it.")
                          .arg(endpointName(options.rpcUrl));
        if (!problem.isEmpty())
            return optionError(QStringLiteral("--rpc-url: ") + problem);
    }
    if (!options.wsUrl.isEmpty()) {
        QString problem = NetworkConfig::endpointProblem(options.wsUrl, true);
        if (problem.isEmpty() && !NetworkConfig::isWebSocketUrl(options.wsUrl))
            problem = tr("“%1” is not a WebSocket URL (ws:// or wss://).")
                          .arg(endpointName(options.wsUrl));
        if (!problem.isEmpty())
            return optionError(QStringLiteral("--ws-url: ") + problem);
    }
    if (parser.isSet(kdfMaxMemory)) {
        bool ok = false;
        const qulonglong mebibytes = parser.value(kdfMaxMemory).toULongLong(&ok);
        if (!ok || mebibytes == 0 || mebibytes > kScryptMaxMemory / kMebibyte)
            return optionError(
                QStringLiteral("--kdf-max-memory: ") +
                tr("a number of MiB from 1 to %1").arg(kScryptMaxMemory / kMebibyte));
        options.kdfMaxMemory = mebibytes * kMebibyte;
    }
    if (!options.language.isEmpty() && QLocale(options.language).language() == QLocale::C)
        return optionError(QStringLiteral("--lang: ") +
                           tr("unknown language “%1”").arg(options.language));
    if (parser.isSet(passwordFile)) {
        auto password = readPassword(parser.value(passwordFile));
        if (!password)
            return std::move(password).error();
        options.password = *password;
    }
    return options;
}

} // namespace seismic::app
