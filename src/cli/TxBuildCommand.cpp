// SPDX-License-Identifier: MIT
#include "cli/TxBuildCommand.h"

#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "core/Hex.h"
#include "core/KeyFile.h"
#include "seismic/EncryptionState.h"
#include "seismic/TxMetadata.h"
#include "seismic/TxSeismicBuilder.h"

namespace seismic::cli {

namespace {

// The text of `option`, or an InvalidArgument error saying it is required.
Result<std::string> required(const CommandLine& cli, const QCommandLineOption& option)
{
    if (!cli.isSet(option))
        return makeError(ErrorKind::InvalidArgument,
                         "--" + option.names().constLast().toStdString() + " is required");
    return cli.value(option).trimmed().toStdString();
}

template<typename T>
Result<T> parsedWith(Result<std::string> text, const QCommandLineOption& option,
                     Result<T> (*parse)(std::string_view))
{
    if (!text)
        return std::move(text).error();
    auto value = parse(*text);
    if (!value)
        return withContext(std::move(value).error(),
                           QStringLiteral("--") + option.names().constLast());
    return value;
}

// A secret never travels in argv (other users see it in the process list): it is read from a
// raw hex key file.
Result<PrivateKey> encryptionKeyFrom(std::string_view path)
{
    return readKeyFile(std::string(path));
}

Result<PublicKey> teeKeyFrom(std::string_view text)
{
    return PublicKey::fromHex(text);
}

Result<EncryptionNonce> nonceFrom(std::string_view text)
{
    return EncryptionNonce::fromHex(text);
}

Result<Bytes32> blockHashFrom(std::string_view text)
{
    return Bytes32::fromHex(text);
}

Result<Address> addressFrom(std::string_view text)
{
    return Address::parse(text);
}

Result<Bytes> dataFrom(std::string_view text)
{
    return parseHex(text, HexPrefix::Optional);
}

} // namespace

TxBuildCommand::TxBuildCommand()
    : Command(QStringLiteral("build"),
              QStringLiteral("build and sign a 0x4a transaction offline from explicit inputs"))
{}

QCoro::Task<int> TxBuildCommand::run(QStringList arguments)
{
    CommandLine cli(
        *this,
        QStringLiteral(
            "Builds a Seismic transaction (type 0x4a) without a node: encrypts --data (plaintext "
            "calldata) with the request key of --encryption-key-file and --tee-public-key under "
            "the "
            "transaction's metadata (AAD), signs it with the signing key (--key-file or "
            "$PRIVATE_KEY; EIP-712 with --eip712) and prints one JSON object: raw, hash, "
            "signingHash, aad, ciphertext, sender (0x-hex). Hex values take an optional 0x."),
        CommandLine::Signer);
    const QCommandLineOption offline("offline", "Required: use only the given inputs.");
    const QCommandLineOption chainId("chain-id", "Chain id.", "N");
    const QCommandLineOption nonce("nonce", "Account nonce.", "N");
    const QCommandLineOption gasPrice("gas-price", "Gas price in wei.", "WEI");
    const QCommandLineOption gas("gas", "Gas limit.", "N");
    const QCommandLineOption to("to", "Recipient contract.", "ADDRESS");
    const QCommandLineOption value("value", "Wei sent.", "WEI", "0");
    const QCommandLineOption data("data", "Plaintext calldata.", "HEX", "0x");
    const QCommandLineOption encryptionKey(
        "encryption-key-file", "The client's encryption secret key: a raw hex key file.", "FILE");
    const QCommandLineOption teeKey("tee-public-key", "The network's TEE public key (hex).", "HEX");
    const QCommandLineOption encryptionNonce("encryption-nonce", "12 bytes, first byte not zero.",
                                             "HEX");
    const QCommandLineOption recentBlockHash("recent-block-hash", "Anchor block hash.", "HEX");
    const QCommandLineOption expiresAtBlock("expires-at-block", "Last valid block.", "N");
    const QCommandLineOption signedRead("signed-read", "A signed read (for eth_call).");
    const QCommandLineOption eip712("eip712", "Sign as EIP-712 typed data (messageVersion 2).");
    for (const auto& option :
         {offline, chainId, nonce, gasPrice, gas, to, value, data, encryptionKey, teeKey,
          encryptionNonce, recentBlockHash, expiresAtBlock, signedRead, eip712})
        cli.addOption(option);
    if (auto done = cli.parse(arguments))
        co_return *done;
    if (!cli.isSet(offline))
        co_return cli.reporter().usageError(
            QStringLiteral("only offline building is supported: pass --offline"));

    TxSeismicFields fields;
    auto chain = cli.optionalUint64(chainId);
    auto accountNonce = cli.optionalUint64(nonce);
    auto gasLimit = cli.optionalUint64(gas);
    auto expiry = cli.optionalUint64(expiresAtBlock);
    auto price = cli.uint256(gasPrice);
    auto amount = cli.uint256(value);
    auto recipient = parsedWith(required(cli, to), to, addressFrom);
    auto plaintext = parsedWith(required(cli, data), data, dataFrom);
    auto clientKey = parsedWith(required(cli, encryptionKey), encryptionKey, encryptionKeyFrom);
    auto networkKey = parsedWith(required(cli, teeKey), teeKey, teeKeyFrom);
    auto elementNonce = parsedWith(required(cli, encryptionNonce), encryptionNonce, nonceFrom);
    auto anchor = parsedWith(required(cli, recentBlockHash), recentBlockHash, blockHashFrom);
    auto signer = cli.signer();
    if (auto error = firstError(chain, accountNonce, gasLimit, expiry, recipient, plaintext,
                                clientKey, networkKey, elementNonce, anchor, signer))
        co_return cli.fail(*error);
    if (*chain && **chain == 0)
        co_return cli.fail(
            makeError(ErrorKind::InvalidArgument,
                      "--chain-id: 0 is not a chain id (EIP-155 chain ids start at 1)"));
    if (cli.isSet(gasPrice) && !price)
        co_return cli.fail(price.error());
    if (!amount)
        co_return cli.fail(amount.error());

    const auto encryption = EncryptionState::derive(*networkKey, *clientKey);
    fields.chainId = *chain;
    fields.nonce = *accountNonce;
    if (cli.isSet(gasPrice))
        fields.gasPrice = *price;
    fields.gas = *gasLimit;
    fields.to = *recipient;
    fields.value = *amount;
    fields.encryptionPubkey = encryption.encryptionPubkey();
    fields.encryptionNonce = *elementNonce;
    fields.messageVersion = cli.isSet(eip712) ? kTypedDataMessageVersion : kRawMessageVersion;
    fields.recentBlockHash = *anchor;
    fields.expiresAtBlock = *expiry;
    fields.signedRead = cli.isSet(signedRead);
    fields.input = *plaintext; // replaced by the ciphertext once the metadata is known
    auto tx = buildTxSeismic(fields);
    if (!tx)
        co_return cli.fail(tx.error());

    const auto metadata = metadataOf(*tx, signer->address());
    auto ciphertext = encryption.encryptRequest(*plaintext, metadata);
    if (!ciphertext)
        co_return cli.fail(ciphertext.error());
    tx->input = std::move(ciphertext).value();
    const auto signedTx = signTxSeismic(*tx, *signer);
    printJsonLine({{QStringLiteral("raw"), hexText(signedTx.raw)},
                   {QStringLiteral("hash"), hexText(signedTx.hash.view())},
                   {QStringLiteral("signingHash"), hexText(signingHash(*tx).view())},
                   {QStringLiteral("aad"), hexText(encodeAad(metadata))},
                   {QStringLiteral("ciphertext"), hexText(tx->input)},
                   {QStringLiteral("sender"), hexText(signedTx.sender.view())}});
    co_return exitCode(ExitCode::Ok);
}

} // namespace seismic::cli
