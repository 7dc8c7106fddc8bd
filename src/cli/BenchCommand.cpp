// SPDX-License-Identifier: MIT
#include "cli/BenchCommand.h"

#include "cli/RpcBenchmark.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace seismic::cli {

namespace {

constexpr auto kDefaultCallTarget = "0x0000000000000000000000000000000000000004"; // identity

QString describeConfig(const RpcBenchmarkConfig& config, bool batching, int connections,
                       const QString& url)
{
    return QStringLiteral("%1 x %2 at concurrency %3 (batching %4, %5 connections) against %6")
        .arg(config.method)
        .arg(config.requests)
        .arg(config.concurrency)
        .arg(batching ? QStringLiteral("on") : QStringLiteral("off"))
        .arg(connections)
        .arg(url);
}

} // namespace

QString BenchCommand::name() const
{
    return QStringLiteral("bench");
}

QString BenchCommand::summary() const
{
    return QStringLiteral("benchmarks: `bench rpc` measures JSON-RPC requests/second and latency");
}

QCoro::Task<int> BenchCommand::run(QStringList arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("rpc"))
        co_return co_await runRpc(arguments.mid(1));
    QTextStream(stderr) << "Usage: seismic-cli bench rpc --url URL [options]; "
                           "`seismic-cli bench rpc --help` lists them\n";
    co_return 2;
}

QCoro::Task<int> BenchCommand::runRpc(QStringList arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Issues --requests JSON-RPC calls from --concurrency workers (each one "
                       "call at a time) and prints requests/second and latency percentiles."));
    parser.addHelpOption();
    const QCommandLineOption url({"u", "url"},
                                 "Endpoint (http, https, ws, wss). Default: $RPC_URL.", "URL",
                                 qEnvironmentVariable("RPC_URL"));
    const QCommandLineOption method("method", "eth_blockNumber or eth_call.", "METHOD",
                                    "eth_blockNumber");
    const QCommandLineOption requests({"n", "requests"}, "Calls in total.", "N", "10000");
    const QCommandLineOption concurrency({"c", "concurrency"}, "Calls in flight.", "C", "64");
    const QCommandLineOption batching("batching",
                                      "on: calls of one event-loop turn share a "
                                      "JSON-RPC batch; off: one request each.",
                                      "on|off", "on");
    const QCommandLineOption connections(
        "connections", "HTTP keep-alive connections (default: concurrency).", "K");
    const QCommandLineOption engine("engine", "HTTP engine: sockets or qtnetwork.", "ENGINE",
                                    "sockets");
    const QCommandLineOption to("to", "eth_call target.", "ADDRESS", kDefaultCallTarget);
    const QCommandLineOption data("data", "eth_call input.", "HEX", "0x");
    const QCommandLineOption warmup("warmup", "Untimed calls first (default: 10 per worker).", "N");
    parser.addOptions(
        {url, method, requests, concurrency, batching, connections, engine, to, data, warmup});
    if (!parser.parse(QStringList{QStringLiteral("seismic-cli bench rpc")} + arguments)) {
        err << parser.errorText() << '\n';
        co_return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        co_return 0;
    }

    RpcBenchmarkConfig config;
    config.method = parser.value(method);
    bool numbersOk = true;
    bool ok = false;
    config.requests = parser.value(requests).toInt(&ok);
    numbersOk &= ok && config.requests > 0;
    config.concurrency = parser.value(concurrency).toInt(&ok);
    numbersOk &= ok && config.concurrency > 0;
    const int connectionCount =
        parser.isSet(connections) ? parser.value(connections).toInt(&ok) : config.concurrency;
    numbersOk &= ok && connectionCount > 0;
    const int warmupCalls =
        parser.isSet(warmup) ? parser.value(warmup).toInt(&ok) : config.concurrency * 10;
    numbersOk &= ok && warmupCalls >= 0;
    if (!numbersOk) {
        err << "bench rpc: --requests, --concurrency, --connections and --warmup take positive "
               "numbers\n";
        co_return 2;
    }
    if (config.method == QLatin1String("eth_call")) {
        config.params = {QJsonObject{{"to", parser.value(to)}, {"data", parser.value(data)}},
                         QStringLiteral("latest")};
    } else if (config.method != QLatin1String("eth_blockNumber")) {
        err << "bench rpc: --method is eth_blockNumber or eth_call\n";
        co_return 2;
    }
    const auto endpoint = QUrl(parser.value(url));
    if (!endpoint.isValid() || endpoint.scheme().isEmpty()) {
        err << "bench rpc: --url (or RPC_URL) must be an http(s) or ws(s) URL\n";
        co_return 2;
    }
    const bool batchingOn = parser.value(batching) != QLatin1String("off");
    const auto engineName = parser.value(engine);
    if (engineName != QLatin1String("sockets") && engineName != QLatin1String("qtnetwork")) {
        err << "bench rpc: --engine is sockets or qtnetwork\n";
        co_return 2;
    }

    rpc::EndpointSettings endpointSettings;
    endpointSettings.http.maxConnections = connectionCount;
    endpointSettings.http.engine = engineName == QLatin1String("qtnetwork")
                                       ? rpc::HttpEngineKind::QtNetwork
                                       : rpc::HttpEngineKind::Sockets;
    auto transport = rpc::makeTransport(endpoint, endpointSettings);
    if (!transport) {
        err << "bench rpc: " << QString::fromStdString(transport.error().describe()) << '\n';
        co_return 2;
    }
    rpc::ClientSettings clientSettings;
    clientSettings.batching = batchingOn;
    rpc::RpcClient client(std::move(transport).value(), clientSettings);

    if (warmupCalls > 0) {
        auto warm = config;
        warm.requests = warmupCalls;
        const auto report = co_await runRpcBenchmark(&client, warm);
        if (report.errors == report.requests) {
            err << "bench rpc: every warm-up call failed: "
                << QString::fromStdString(report.firstError->describe()) << '\n';
            co_return 1;
        }
    }
    const auto report = co_await runRpcBenchmark(&client, config);
    out << "bench rpc: " << describeConfig(config, batchingOn, connectionCount, endpoint.toString())
        << '\n';
    out << "requests/second: " << QString::number(report.requestsPerSecond(), 'f', 0) << '\n';
    out << "latency ms: p50 " << QString::number(report.percentileMs(0.50), 'f', 3) << "  p90 "
        << QString::number(report.percentileMs(0.90), 'f', 3) << "  p99 "
        << QString::number(report.percentileMs(0.99), 'f', 3) << "  max "
        << QString::number(report.percentileMs(1.0), 'f', 3) << '\n';
    out << "errors: " << report.errors;
    if (report.firstError)
        out << " (first: " << QString::fromStdString(report.firstError->describe()) << ')';
    out << '\n';
    out.flush();
    co_await client.close();
    co_return report.errors == 0 ? 0 : 1;
}

} // namespace seismic::cli
