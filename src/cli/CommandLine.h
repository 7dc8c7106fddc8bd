// SPDX-License-Identifier: MIT
#pragma once

#include "cli/Output.h"
#include "client/ClientOptions.h"
#include "client/TxOptions.h"
#include "core/Address.h"
#include "core/PrivateKey.h"
#include "core/SymmetricKey.h"
#include "core/abi/ContractAbi.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoro/QCoroTask>

#include <memory>
#include <optional>

namespace seismic::client {
class PublicClient;
class WalletClient;
} // namespace seismic::client

namespace seismic::cli {

class Command;

// The options every command shares and where their defaults come from (the reference SDK's
// environment variables), on top of QCommandLineParser:
//   Endpoint  --rpc-url URL ($RPC_URL), --ws-url URL ($WS_URL), --allow-insecure (plain http/ws
//             to another computer), --tee-key HEX (the pinned TEE key)
//   Signer    --key-file FILE (raw hex or keystore v3; else $PRIVATE_KEY), --password-file FILE,
//             --kdf-max-memory MIB (a keystore's scrypt may take more than 256 MiB)
//   Json      --json
//   Contract  --contract ADDRESS ($CONTRACT_ADDRESS), --abi FILE, --eip712
//   Token     --token ADDRESS ($TOKEN_ADDRESS)
//   Send      --value WEI, --gas N, --gas-price WEI, --no-wait
//   ViewingKey --viewing-key-file FILE (32 bytes as hex)
// Typed accessors return InvalidArgument errors that name the option; nothing they report
// contains a key or a password.
class CommandLine
{
public:
    enum Feature : unsigned
    {
        Endpoint = 1,
        Signer = 2,
        Json = 4,
        Contract = 8,
        Token = 16,
        Send = 32,
        ViewingKey = 64,
    };

    // What a command needs the signing key for.
    enum class KeyUse
    {
        Signing,  // the configured key, or an error
        ReadOnly, // the configured key, else a fresh one (the calls sign nothing that matters)
    };

    // A contract call as typed: --contract, --abi, then FUNCTION [ARG...] (name or signature,
    // one text per argument; AbiArgumentParser reads them).
    struct ContractCall
    {
        Address address;
        ContractAbi abi;
        std::string function;
        std::vector<std::string> arguments;
    };

    CommandLine(const Command& command, const QString& description, unsigned features);

    void addOption(const QCommandLineOption& option);
    // The positionals FUNCTION [ARG...] of a contract call (contractCall() reads them).
    void addCallArguments();
    // The positional [ADDRESS] of an account (account() reads it).
    void addAccountArgument();
    // -n/--requests N and -c/--concurrency C of a benchmark, with these defaults.
    void addLoadOptions(int requests, int concurrency);
    struct Load
    {
        int requests = 0;
        int concurrency = 0;
    };
    Result<Load> load() const;
    void addPositional(const QString& name, const QString& description, const QString& syntax = {});
    // Nothing: parsed, go on. Otherwise the exit code to end with: 0 after printing the help,
    // 2 after reporting a usage error (unknown option, missing value, wrong positional count).
    std::optional<int> parse(const QStringList& arguments, int minPositionals = 0,
                             int maxPositionals = 0);

    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }
    QStringList values(const QCommandLineOption& option) const { return m_parser.values(option); }
    QStringList positionals() const { return m_parser.positionalArguments(); }
    const Reporter& reporter() const { return m_reporter; }
    int fail(const Error& error) const { return m_reporter.fail(error); }

    // The endpoint: --rpc-url/$RPC_URL, else --ws-url/$WS_URL (the WebSocket one first with
    // preferWebSocket).
    Result<client::ClientOptions> clientOptions(bool preferWebSocket = false) const;
    bool hasWebSocket() const;
    bool hasSigner() const;
    Result<PrivateKey> signer() const;
    // Connects (TEE key and chain id fetched) with the signer.
    QCoro::Task<Result<std::unique_ptr<client::WalletClient>>>
    connectWallet(KeyUse use = KeyUse::Signing, bool preferWebSocket = false) const;
    // Connects (chain id fetched) without a key.
    QCoro::Task<Result<std::unique_ptr<client::PublicClient>>>
    connectPublic(bool preferWebSocket = false) const;

    Result<Address> address(const QCommandLineOption& option, const char* environment) const;
    Result<Address> contractAddress() const;
    Result<Address> tokenAddress() const;
    Result<ContractAbi> abi() const;
    // The contract (--contract), its ABI (--abi) and the positionals FUNCTION [ARG...].
    Result<ContractCall> contractCall() const;
    // The ADDRESS positional, else the signer's address, else nothing.
    Result<std::optional<Address>> account() const;
    // --viewing-key-file, when given.
    Result<std::optional<SymmetricKey>> viewingKey() const;
    bool eip712() const;
    // A whole number (decimal or 0x-hex) in an option.
    Result<Uint256> uint256(const QCommandLineOption& option) const;
    Result<std::uint64_t> uint64(const QCommandLineOption& option) const;
    // Nothing when the option is not given.
    Result<std::optional<std::uint64_t>> optionalUint64(const QCommandLineOption& option) const;
    // Positive int, for counts (--requests, --concurrency, --count).
    Result<int> count(const QCommandLineOption& option) const;
    // --value, --gas, --gas-price and --eip712.
    Result<client::TxOptions> txOptions() const;
    bool waitForOutcome() const;

private:
    QCommandLineParser m_parser;
    Reporter m_reporter;
    unsigned m_features;
    QCommandLineOption m_rpcUrl;
    QCommandLineOption m_wsUrl;
    QCommandLineOption m_allowInsecure;
    QCommandLineOption m_teeKey;
    QCommandLineOption m_keyFile;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_kdfMaxMemory;
    QCommandLineOption m_json;
    QCommandLineOption m_contract;
    QCommandLineOption m_abi;
    QCommandLineOption m_eip712;
    QCommandLineOption m_token;
    QCommandLineOption m_value;
    QCommandLineOption m_gas;
    QCommandLineOption m_gasPrice;
    QCommandLineOption m_noWait;
    QCommandLineOption m_viewingKeyFile;
    QCommandLineOption m_requests;
    QCommandLineOption m_concurrency;
};

} // namespace seismic::cli
