// SPDX-License-Identifier: MIT
#include "cli/BenchDecodeCommand.h"

#include "cli/Benchmark.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "client/TransferLogDecoder.h"
#include "core/Keccak.h"
#include "core/abi/AbiEvent.h"
#include "seismic/EncryptionState.h"
#include "seismic/Src20Amount.h"

#include <QTextStream>

#include <memory>

namespace seismic::cli {

namespace {

constexpr auto kSrc20Transfer = "Transfer(address indexed from, address indexed to, bytes32 "
                                "indexed encryptKeyHash, bytes encryptedAmount)";

// The logs: SRC20 transfers of amount i + 1 under `viewingKey`, as a node would emit them.
Result<std::vector<rpc::Log>> syntheticLogs(int count, const SymmetricKey& viewingKey)
{
    auto event = AbiEvent::parse(kSrc20Transfer);
    if (!event)
        return std::move(event).error();
    const auto from = *Address::fromView(Bytes(20, 0x11));
    const auto to = *Address::fromView(Bytes(20, 0x22));
    const auto token = *Address::fromView(Bytes(20, 0xcf));
    const auto keyHash = viewingKeyHash(viewingKey);
    std::vector<rpc::Log> logs;
    logs.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const auto payload =
            encryptSrc20Amount(Uint256(i + 1), viewingKey, generateEncryptionNonce());
        auto encoded =
            event->encodeLog({AbiValue::fromAddress(from), AbiValue::fromAddress(to),
                              AbiValue::fromBytes(keyHash.view()), AbiValue::fromBytes(payload)});
        if (!encoded)
            return std::move(encoded).error();
        rpc::Log log;
        log.address = token;
        log.topics = std::move(encoded->topics);
        log.data = std::move(encoded->data);
        log.blockNumber = static_cast<std::uint64_t>(i / 100);
        log.blockHash = keccak256(asBytes("block " + std::to_string(i / 100)));
        log.transactionHash = keccak256(asBytes("tx " + std::to_string(i)));
        log.transactionIndex = static_cast<std::uint64_t>(i % 100);
        log.logIndex = static_cast<std::uint64_t>(i % 100);
        logs.push_back(std::move(log));
    }
    return logs;
}

// Decodes one log and checks that its amount decrypted to what was encrypted.
QCoro::Task<Status> decodeOne(const client::TransferLogDecoder& decoder, const rpc::Log& log,
                              Uint256 expected)
{
    auto event = decoder.decode(log);
    if (!event)
        co_return std::move(event).error();
    if (!*event || (*event)->amountStatus != client::AmountStatus::Decrypted ||
        (*event)->amount != expected)
        co_return makeError(ErrorKind::Decryption, "log " +
                                                       std::to_string(log.logIndex.value_or(0)) +
                                                       " did not decrypt to its amount");
    co_return Status();
}

} // namespace

BenchDecodeCommand::BenchDecodeCommand()
    : Command(QStringLiteral("decode"),
              QStringLiteral("SRC20 transfer logs decoded and decrypted/second (offline)"))
{}

QCoro::Task<int> BenchDecodeCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Builds --requests synthetic SRC20 Transfer logs with amounts "
                                   "encrypted under a random viewing key, then decodes and "
                                   "decrypts them as the transfer watcher does and prints "
                                   "logs/second. No node needed."),
                    0);
    cli.addLoadOptions(100'000, 1);
    if (auto done = cli.parse(arguments))
        co_return *done;
    auto load = cli.load();
    if (!load)
        co_return cli.fail(load.error());

    const auto viewingKey = SymmetricKey::generate();
    auto logs = syntheticLogs(load->requests, viewingKey);
    if (!logs)
        co_return cli.fail(logs.error());
    auto decoder = std::make_shared<client::TransferLogDecoder>();
    decoder->addViewingKey(viewingKey);
    auto shared = std::make_shared<std::vector<rpc::Log>>(std::move(logs).value());
    auto next = std::make_shared<std::size_t>(0);
    const BenchmarkOperation decode = [decoder, shared, next] {
        const auto index = (*next)++;
        return decodeOne(*decoder, (*shared)[index], Uint256(index + 1));
    };
    const auto report = co_await runBenchmark(load->requests, load->concurrency, decode);
    QTextStream(stdout) << cli.reporter().path << ": " << load->requests
                        << " SRC20 Transfer logs decoded and decrypted\n";
    report.print(QStringLiteral("logs"));
    co_return exitCode(report.errors == 0 ? ExitCode::Ok : ExitCode::Failure);
}

} // namespace seismic::cli
