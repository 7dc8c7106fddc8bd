// SPDX-License-Identifier: MIT
// Throughput of transfer watching on one core, in logs per second (items_per_second):
//   JsonLogsToEvents      an eth_getLogs answer (JSON text) -> QJsonDocument -> rpc::Log ->
//                         TransferEvent with the SRC20 amount decrypted (the realistic path);
//   ParsedLogsToEvents    rpc::Log -> TransferEvent, decrypted (decoder + AES-GCM only);
//   and their parts: JSON text to QJsonDocument, then to rpc::Log, decoding without decryption
//   (amounts under a key the decoder does not hold), ERC20 logs, and the deduplicator.
#include "client/TransferDeduplicator.h"
#include "client/TransferLogDecoder.h"
#include "core/Hex.h"
#include "core/Keccak.h"
#include "rpc/Log.h"
#include "seismic/Src20Amount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace seismic;
using namespace seismic::client;

namespace {

constexpr int kLogs = 1000;

QString hexText(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

SymmetricKey viewingKey()
{
    return *SymmetricKey::fromBytes(Bytes(32, 0xab));
}

Hash addressWord(std::uint8_t fill)
{
    return addressTopic(*Address::fromView(Bytes(20, fill)));
}

// One log as a node sends it: SRC20 Transfer under the viewing key (amount i) or ERC20.
QJsonObject logJson(int i, bool src20)
{
    const auto token = Bytes(20, src20 ? 0xcf : 0xdc);
    QJsonArray topics;
    Bytes data;
    if (src20) {
        Bytes nonce(12, 0);
        nonce[8] = static_cast<std::uint8_t>(i >> 24);
        nonce[9] = static_cast<std::uint8_t>(i >> 16);
        nonce[10] = static_cast<std::uint8_t>(i >> 8);
        nonce[11] = static_cast<std::uint8_t>(i);
        const auto payload =
            encryptSrc20Amount(Uint256(i + 1), viewingKey(), *EncryptionNonce::fromView(nonce));
        topics = {hexText(src20TransferTopic().view()), hexText(addressWord(0x11).view()),
                  hexText(addressWord(0x22).view()), hexText(viewingKeyHash(viewingKey()).view())};
        data = toWord(Uint256(32)).toBytes();
        append(data, toWord(Uint256(payload.size())).view());
        append(data, payload);
        data.resize(128, 0);
    } else {
        topics = {hexText(erc20TransferTopic().view()), hexText(addressWord(0x11).view()),
                  hexText(addressWord(0x22).view())};
        data = toWord(Uint256(i + 1)).toBytes();
    }
    const auto tx = keccak256(asBytes("tx " + std::to_string(i)));
    const auto block = keccak256(asBytes("block " + std::to_string(i / 10)));
    return QJsonObject{{"address", hexText(token)},
                       {"topics", topics},
                       {"data", hexText(data)},
                       {"blockNumber", QString::fromStdString(toQuantity(Uint256(i / 10)))},
                       {"blockHash", hexText(block.view())},
                       {"transactionHash", hexText(tx.view())},
                       {"transactionIndex", QString::fromStdString(toQuantity(Uint256(i % 10)))},
                       {"logIndex", QString::fromStdString(toQuantity(Uint256(i % 10)))},
                       {"removed", false}};
}

// The bytes of a JSON-RPC answer to eth_getLogs with kLogs logs.
QByteArray answerText(bool src20)
{
    QJsonArray logs;
    for (int i = 0; i < kLogs; ++i)
        logs.append(logJson(i, src20));
    const QJsonObject answer{{"jsonrpc", "2.0"}, {"id", 1}, {"result", logs}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

std::vector<rpc::Log> parsedLogs(bool src20)
{
    const auto document = QJsonDocument::fromJson(answerText(src20));
    return *rpc::Log::listFromJson(document.object().value("result"));
}

TransferLogDecoder decoderWithKey()
{
    TransferLogDecoder decoder;
    decoder.addViewingKey(viewingKey());
    return decoder;
}

// Every log must decode as expected, or the numbers mean nothing.
void check(benchmark::State& state, const Result<std::optional<TransferEvent>>& event,
           AmountStatus expected)
{
    if (!event || !*event || (*event)->amountStatus != expected)
        state.SkipWithError("a log did not decode as expected");
}

void JsonLogsToEvents(benchmark::State& state)
{
    const auto text = answerText(true);
    const auto decoder = decoderWithKey();
    for (auto _ : state) {
        const auto document = QJsonDocument::fromJson(text);
        auto logs = rpc::Log::listFromJson(document.object().value("result"));
        for (auto& log : *logs) {
            auto event = decoder.decode(std::move(log));
            check(state, event, AmountStatus::Decrypted);
            benchmark::DoNotOptimize(event);
        }
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(JsonLogsToEvents)->Unit(benchmark::kMillisecond);

void ParsedLogsToEvents(benchmark::State& state)
{
    const auto logs = parsedLogs(true);
    const auto decoder = decoderWithKey();
    for (auto _ : state) {
        for (const auto& log : logs) {
            auto event = decoder.decode(log);
            check(state, event, AmountStatus::Decrypted);
            benchmark::DoNotOptimize(event);
        }
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(ParsedLogsToEvents)->Unit(benchmark::kMillisecond);

void JsonDocumentOnly(benchmark::State& state)
{
    const auto text = answerText(true);
    for (auto _ : state) {
        const auto document = QJsonDocument::fromJson(text);
        benchmark::DoNotOptimize(document);
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(JsonDocumentOnly)->Unit(benchmark::kMillisecond);

void JsonToLogsOnly(benchmark::State& state)
{
    const auto text = answerText(true);
    for (auto _ : state) {
        const auto document = QJsonDocument::fromJson(text);
        auto logs = rpc::Log::listFromJson(document.object().value("result"));
        benchmark::DoNotOptimize(logs);
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(JsonToLogsOnly)->Unit(benchmark::kMillisecond);

void ParsedLogsDecodeWithoutDecryption(benchmark::State& state)
{
    const auto logs = parsedLogs(true);
    const TransferLogDecoder decoder; // holds no key: ForeignKey, nothing decrypted
    for (auto _ : state) {
        for (const auto& log : logs) {
            auto event = decoder.decode(log);
            check(state, event, AmountStatus::ForeignKey);
            benchmark::DoNotOptimize(event);
        }
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(ParsedLogsDecodeWithoutDecryption)->Unit(benchmark::kMillisecond);

void JsonErc20LogsToEvents(benchmark::State& state)
{
    const auto text = answerText(false);
    const TransferLogDecoder decoder;
    for (auto _ : state) {
        const auto document = QJsonDocument::fromJson(text);
        auto logs = rpc::Log::listFromJson(document.object().value("result"));
        for (auto& log : *logs) {
            auto event = decoder.decode(std::move(log));
            check(state, event, AmountStatus::Plain);
            benchmark::DoNotOptimize(event);
        }
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(JsonErc20LogsToEvents)->Unit(benchmark::kMillisecond);

void Deduplicate(benchmark::State& state)
{
    const auto logs = parsedLogs(true);
    const auto decoder = decoderWithKey();
    std::vector<TransferEvent> events;
    for (const auto& log : logs)
        events.push_back(**decoder.decode(log));
    for (auto _ : state) {
        TransferDeduplicator dedupe;
        for (const auto& event : events)
            benchmark::DoNotOptimize(dedupe.admit(event));
        dedupe.forget(UINT64_MAX);
    }
    state.SetItemsProcessed(state.iterations() * kLogs);
}
BENCHMARK(Deduplicate)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
