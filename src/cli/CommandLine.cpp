// SPDX-License-Identifier: MIT
#include "cli/CommandLine.h"

#include "cli/Command.h"
#include "cli/ExitCode.h"
#include "client/TeePublicKey.h"
#include "client/WalletClient.h"
#include "core/BoundedFile.h"
#include "core/EndpointEncryption.h"
#include "core/EndpointName.h"
#include "core/KeyFile.h"
#include "core/ViewingKeyFile.h"
#include "core/WipeOnExit.h"
#include "core/abi/AbiJson.h"

#include <QTextStream>

#include <limits>

namespace seismic::cli {

namespace {

constexpr auto kPrivateKeyVariable = "PRIVATE_KEY";
// What the file options may hold: a password is a line, an ABI (or a build artifact with
// bytecode) a few megabytes at most.
constexpr qint64 kMaxPasswordFileBytes = 64 * 1024;
constexpr qint64 kMaxAbiFileBytes = 16 * 1024 * 1024;
constexpr std::uint64_t kMebibyte = 1024 * 1024;

QString environment(const char* name)
{
    return qEnvironmentVariable(name);
}

Error invalid(const QString& message)
{
    return makeError(ErrorKind::InvalidArgument, message.toStdString());
}

QCoro::Task<Result<std::unique_ptr<client::WalletClient>>>
connectWalletWith(Result<client::ClientOptions> options, Result<PrivateKey> signer)
{
    if (!options)
        co_return std::move(options).error();
    if (!signer)
        co_return std::move(signer).error();
    co_return co_await client::WalletClient::connect(std::move(options).value(),
                                                     std::move(signer).value());
}

QCoro::Task<Result<std::unique_ptr<client::PublicClient>>>
connectPublicWith(Result<client::ClientOptions> options)
{
    if (!options)
        co_return std::move(options).error();
    co_return co_await client::PublicClient::connect(std::move(options).value());
}

} // namespace

CommandLine::CommandLine(const Command& command, const QString& description, unsigned features)
    : m_reporter{command.path()}
    , m_features(features)
    , m_rpcUrl("rpc-url", "HTTP(S) endpoint of the node. Default: $RPC_URL.", "URL",
               environment("RPC_URL"))
    , m_wsUrl("ws-url", "WebSocket endpoint of the node. Default: $WS_URL.", "URL",
              environment("WS_URL"))
    , m_allowInsecure("allow-insecure",
                      "Allow a plain http:// or ws:// endpoint on another computer (anyone on the "
                      "way can read and change the traffic, including the TEE key).")
    , m_teeKey("tee-key",
               "The node's expected TEE public key (33 bytes as hex): refuse a node that presents "
               "another one.",
               "HEX")
    , m_keyFile("key-file",
                "Signing key: a raw hex key file or a keystore v3 JSON file. Default: the hex "
                "key in $PRIVATE_KEY.",
                "FILE")
    , m_passwordFile("password-file", "The keystore's password (one line).", "FILE")
    , m_kdfMaxMemory("kdf-max-memory",
                     "Let the keystore's scrypt take up to MIB mebibytes (default 256, at most "
                     "1024): only for a keystore written with a higher cost.",
                     "MIB")
    , m_json("json", "Print JSON.")
    , m_contract("contract", "Contract address. Default: $CONTRACT_ADDRESS.", "ADDRESS",
                 environment("CONTRACT_ADDRESS"))
    , m_abi("abi", "The contract's JSON ABI (an array, or an artifact with \"abi\").", "FILE")
    , m_eip712("eip712", "Sign shielded transactions and signed reads as EIP-712 typed data.")
    , m_token("token", "SRC20 token address. Default: $TOKEN_ADDRESS.", "ADDRESS",
              environment("TOKEN_ADDRESS"))
    , m_value("value", "Wei sent with the transaction.", "WEI", "0")
    , m_gas("gas", "Gas limit (default: estimated).", "N")
    , m_gasPrice("gas-price", "Gas price in wei (default: the node's).", "WEI")
    , m_noWait("no-wait", "Print the transaction hash and do not wait for the receipt.")
    , m_viewingKeyFile("viewing-key-file", "A viewing key: 32 bytes as hex in a file.", "FILE")
    , m_requests({"n", "requests"}, "Operations in total.", "N")
    , m_concurrency({"c", "concurrency"}, "Operations in flight.", "C")
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    if (features & Endpoint)
        m_parser.addOptions({m_rpcUrl, m_wsUrl, m_allowInsecure, m_teeKey});
    if (features & Signer)
        m_parser.addOptions({m_keyFile, m_passwordFile, m_kdfMaxMemory});
    if (features & Json)
        m_parser.addOption(m_json);
    if (features & Contract)
        m_parser.addOptions({m_contract, m_abi, m_eip712});
    if (features & Token)
        m_parser.addOption(m_token);
    if (features & Send)
        m_parser.addOptions({m_value, m_gas, m_gasPrice, m_noWait});
    if (features & ViewingKey)
        m_parser.addOption(m_viewingKeyFile);
}

void CommandLine::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
}

void CommandLine::addCallArguments()
{
    addPositional(
        QStringLiteral("function"),
        QStringLiteral("Function name, or full signature (\"transfer(address,suint256)\")."),
        QStringLiteral("FUNCTION"));
    addPositional(QStringLiteral("args"),
                  QStringLiteral("Arguments as text: numbers (decimal or 0x-hex), addresses, "
                                 "true/false, 0x-hex bytes, JSON arrays for arrays and tuples."),
                  QStringLiteral("[ARG...]"));
}

void CommandLine::addAccountArgument()
{
    addPositional(QStringLiteral("address"),
                  QStringLiteral("The account (default: the signer's, when a key is set)."),
                  QStringLiteral("[ADDRESS]"));
}

Result<CommandLine::Load> CommandLine::load() const
{
    auto requests = count(m_requests);
    auto concurrency = count(m_concurrency);
    if (auto error = firstError(requests, concurrency))
        return *error;
    return Load{*requests, *concurrency};
}

void CommandLine::addLoadOptions(int requests, int concurrency)
{
    m_requests.setDefaultValue(QString::number(requests));
    m_concurrency.setDefaultValue(QString::number(concurrency));
    m_parser.addOptions({m_requests, m_concurrency});
}

void CommandLine::addPositional(const QString& name, const QString& description,
                                const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

std::optional<int> CommandLine::parse(const QStringList& arguments, int minPositionals,
                                      int maxPositionals)
{
    if (!m_parser.parse(QStringList{m_reporter.path} + arguments))
        return m_reporter.usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << m_parser.helpText();
        return exitCode(ExitCode::Ok);
    }
    m_reporter.json = (m_features & Json) && m_parser.isSet(m_json);
    const auto count = m_parser.positionalArguments().size();
    if (count < minPositionals)
        return m_reporter.usageError(QStringLiteral("missing arguments"));
    if (maxPositionals >= 0 && count > maxPositionals)
        return m_reporter.usageError(QStringLiteral("unexpected argument \"%1\"")
                                         .arg(m_parser.positionalArguments().at(maxPositionals)));
    return std::nullopt;
}

Result<client::ClientOptions> CommandLine::clientOptions(bool preferWebSocket) const
{
    const auto http = m_parser.value(m_rpcUrl);
    const auto ws = m_parser.value(m_wsUrl);
    const auto& chosen = (preferWebSocket && !ws.isEmpty()) || http.isEmpty() ? ws : http;
    if (chosen.isEmpty())
        return invalid(QStringLiteral("no endpoint: set RPC_URL or pass --rpc-url URL"));
    const QUrl url(chosen, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QStringLiteral("%1 is not an endpoint URL (it needs a scheme and a host)")
                           .arg(endpointName(chosen)));
    auto options = client::ClientOptions::forUrl(url);
    options.allowUnencrypted = m_parser.isSet(m_allowInsecure);
    if (m_parser.isSet(m_teeKey)) {
        auto key = client::parsePinnedTeePublicKey(m_parser.value(m_teeKey).toStdString());
        if (!key)
            return withContext(std::move(key).error(), QStringLiteral("--tee-key"));
        options.expectedTeePublicKey = *key;
    }
    if (auto valid = options.validate(); !valid) {
        Error error = std::move(valid).error();
        if (isUnencryptedRemote(url))
            error.message += " (--allow-insecure)";
        return error;
    }
    return options;
}

bool CommandLine::hasWebSocket() const
{
    return !m_parser.value(m_wsUrl).isEmpty();
}

bool CommandLine::hasSigner() const
{
    return m_parser.isSet(m_keyFile) || !environment(kPrivateKeyVariable).isEmpty();
}

Result<PrivateKey> CommandLine::signer() const
{
    if (!m_parser.isSet(m_keyFile)) {
        const auto hex = environment(kPrivateKeyVariable).trimmed().toStdString();
        if (hex.empty())
            return invalid(
                QStringLiteral("no signing key: set PRIVATE_KEY or pass --key-file FILE"));
        return detail::privateKeyFromHex(hex, ErrorKind::InvalidArgument, kPrivateKeyVariable);
    }
    std::string password;
    const WipeOnExit<std::string> wipePassword(password);
    const bool havePassword = m_parser.isSet(m_passwordFile);
    if (havePassword) {
        auto text = readBoundedFile(m_parser.value(m_passwordFile), kMaxPasswordFileBytes,
                                    QStringLiteral("password file"));
        if (!text)
            return std::move(text).error();
        const WipeOnExit<QByteArray> wipeText(*text);
        // The password is the first line, without its line ending.
        qsizetype length = text->indexOf('\n');
        if (length < 0)
            length = text->size();
        if (length > 0 && text->at(length - 1) == '\r')
            --length;
        password.assign(text->constData(), static_cast<std::size_t>(length));
    }
    ScryptLimits limits;
    if (m_parser.isSet(m_kdfMaxMemory)) {
        bool ok = false;
        const qulonglong mebibytes = m_parser.value(m_kdfMaxMemory).toULongLong(&ok);
        if (!ok || mebibytes == 0 || mebibytes > kScryptMaxMemory / kMebibyte)
            return invalid(QStringLiteral("--kdf-max-memory must be a number of MiB from 1 to %1")
                               .arg(kScryptMaxMemory / kMebibyte));
        limits.maxMemory = mebibytes * kMebibyte;
    }
    auto key = readKeyFile(m_parser.value(m_keyFile).toStdString(), password, limits);
    // An encrypted keystore without a password is not a wrong password: say what is missing.
    if (!key && key.error().kind == ErrorKind::WrongPassword && !havePassword)
        return invalid(QStringLiteral("key file %1 is an encrypted keystore: pass its password "
                                      "with --password-file FILE")
                           .arg(m_parser.value(m_keyFile)));
    return key;
}

QCoro::Task<Result<std::unique_ptr<client::WalletClient>>>
CommandLine::connectWallet(KeyUse use, bool preferWebSocket) const
{
    auto key = use == KeyUse::ReadOnly && !hasSigner() ? PrivateKey::generate() : signer();
    return connectWalletWith(clientOptions(preferWebSocket), std::move(key));
}

QCoro::Task<Result<std::unique_ptr<client::PublicClient>>>
CommandLine::connectPublic(bool preferWebSocket) const
{
    return connectPublicWith(clientOptions(preferWebSocket));
}

Result<Address> CommandLine::address(const QCommandLineOption& option,
                                     const char* environmentName) const
{
    const auto text = m_parser.value(option).trimmed();
    const auto name = QStringLiteral("--") + option.names().constLast();
    if (text.isEmpty())
        return invalid(QStringLiteral("no address: pass %1 ADDRESS or set %2")
                           .arg(name, QLatin1String(environmentName)));
    auto parsed = Address::parse(text.toStdString());
    if (!parsed)
        return withContext(std::move(parsed).error(), name);
    return parsed;
}

Result<Address> CommandLine::contractAddress() const
{
    return address(m_contract, "CONTRACT_ADDRESS");
}

Result<Address> CommandLine::tokenAddress() const
{
    return address(m_token, "TOKEN_ADDRESS");
}

Result<ContractAbi> CommandLine::abi() const
{
    if (!m_parser.isSet(m_abi))
        return invalid(QStringLiteral("no ABI: pass --abi FILE"));
    const auto path = m_parser.value(m_abi);
    auto json = readBoundedFile(path, kMaxAbiFileBytes, QStringLiteral("ABI file"));
    if (!json)
        return std::move(json).error();
    auto abi = parseAbiJson(std::string_view(json->constData(), json->size()));
    if (!abi) {
        // A malformed file is bad input, not a bad answer from the node.
        auto error = withContext(std::move(abi).error(), QStringLiteral("ABI file ") + path);
        error.kind = ErrorKind::InvalidArgument;
        return error;
    }
    return abi;
}

Result<CommandLine::ContractCall> CommandLine::contractCall() const
{
    auto address = contractAddress();
    if (!address)
        return std::move(address).error();
    auto contractAbi = abi();
    if (!contractAbi)
        return std::move(contractAbi).error();
    const auto texts = positionals();
    if (texts.isEmpty())
        return invalid(QStringLiteral("no function: give FUNCTION [ARG...]"));
    ContractCall call{*address, std::move(contractAbi).value(), texts.first().toStdString(), {}};
    for (const auto& text : texts.mid(1))
        call.arguments.push_back(text.toStdString());
    return call;
}

Result<std::optional<Address>> CommandLine::account() const
{
    if (const auto text = positionals().value(0); !text.isEmpty()) {
        auto parsed = Address::parse(text.trimmed().toStdString());
        if (!parsed)
            return std::move(parsed).error();
        return std::optional<Address>(*parsed);
    }
    if (!hasSigner())
        return std::optional<Address>();
    auto key = signer();
    if (!key)
        return std::move(key).error();
    return std::optional<Address>(key->address());
}

Result<std::optional<SymmetricKey>> CommandLine::viewingKey() const
{
    if (!(m_features & ViewingKey) || !m_parser.isSet(m_viewingKeyFile))
        return std::optional<SymmetricKey>();
    auto key = readViewingKeyFile(m_parser.value(m_viewingKeyFile));
    if (!key)
        return std::move(key).error();
    return std::optional<SymmetricKey>(std::move(key).value());
}

bool CommandLine::eip712() const
{
    return (m_features & Contract) && m_parser.isSet(m_eip712);
}

Result<Uint256> CommandLine::uint256(const QCommandLineOption& option) const
{
    auto value = parseUint256(m_parser.value(option).trimmed().toStdString());
    if (!value)
        return withContext(std::move(value).error(),
                           QStringLiteral("--") + option.names().constLast());
    return value;
}

Result<std::uint64_t> CommandLine::uint64(const QCommandLineOption& option) const
{
    auto value = uint256(option);
    if (!value)
        return std::move(value).error();
    if (*value > std::numeric_limits<std::uint64_t>::max())
        return invalid(QStringLiteral("--%1 is too large").arg(option.names().constLast()));
    return static_cast<std::uint64_t>(*value);
}

Result<std::optional<std::uint64_t>>
CommandLine::optionalUint64(const QCommandLineOption& option) const
{
    if (!m_parser.isSet(option))
        return std::optional<std::uint64_t>();
    auto value = uint64(option);
    if (!value)
        return std::move(value).error();
    return std::optional<std::uint64_t>(*value);
}

Result<int> CommandLine::count(const QCommandLineOption& option) const
{
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value <= 0)
        return invalid(
            QStringLiteral("--%1 takes a positive number").arg(option.names().constLast()));
    return value;
}

Result<client::TxOptions> CommandLine::txOptions() const
{
    client::TxOptions options;
    options.eip712 = eip712();
    if (!(m_features & Send))
        return options;
    auto value = uint256(m_value);
    if (!value)
        return std::move(value).error();
    options.value = *value;
    if (m_parser.isSet(m_gas)) {
        auto gas = uint64(m_gas);
        if (!gas)
            return std::move(gas).error();
        options.gas = *gas;
    }
    if (m_parser.isSet(m_gasPrice)) {
        auto gasPrice = uint256(m_gasPrice);
        if (!gasPrice)
            return std::move(gasPrice).error();
        options.gasPrice = *gasPrice;
    }
    return options;
}

bool CommandLine::waitForOutcome() const
{
    return !((m_features & Send) && m_parser.isSet(m_noWait));
}

} // namespace seismic::cli
