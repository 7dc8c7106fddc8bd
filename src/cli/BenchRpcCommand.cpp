// SPDX-License-Identifier: MIT
#include "cli/BenchRpcCommand.h"

#include "cli/Benchmark.h"
#include "cli/CommandLine.h"
#include "cli/ExitCode.h"
#include "core/EndpointName.h"
#include "rpc/RpcClient.h"
#include "rpc/TransportFactory.h"

#include <QJsonObject>
#include <QTextStream>

namespace seismic::cli {

namespace {

constexpr auto kDefaultCallTarget = "0x0000000000000000000000000000000000000004"; // identity

QCoro::Task<Status> rpcCall(rpc::RpcClient* client, QString method, QJsonArray params)
{
    co_return co_await statusOf(client->call(std::move(method), std::move(params)));
}

} // namespace

BenchRpcCommand::BenchRpcCommand()
    : Command(QStringLiteral("rpc"),
              QStringLiteral("JSON-RPC requests/second and latency against a node"))
{}

QCoro::Task<int> BenchRpcCommand::run(QStringList arguments)
{
    CommandLine cli(*this,
                    QStringLiteral("Issues --requests JSON-RPC calls from --concurrency workers "
                                   "(each one call at a time) and prints requests/second and "
                                   "latency percentiles."),
                    0);
    cli.addLoadOptions(10'000, 64);
    const QCommandLineOption url({"u", "url"},
                                 "Endpoint (http, https, ws, wss). Default: $RPC_URL.", "URL",
                                 qEnvironmentVariable("RPC_URL"));
    const QCommandLineOption method("method", "eth_blockNumber or eth_call.", "METHOD",
                                    "eth_blockNumber");
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
    for (const auto& option : {url, method, batching, connections, engine, to, data, warmup})
        cli.addOption(option);
    if (auto done = cli.parse(arguments))
        co_return *done;

    auto load = cli.load();
    if (!load)
        co_return cli.fail(load.error());
    auto connectionCount =
        cli.isSet(connections) ? cli.count(connections) : Result<int>(load->concurrency);
    auto warmupCalls = cli.isSet(warmup) ? cli.count(warmup) : Result<int>(load->concurrency * 10);
    if (auto error = firstError(connectionCount, warmupCalls))
        co_return cli.fail(*error);
    const auto methodName = cli.value(method);
    QJsonArray params;
    if (methodName == QLatin1String("eth_call")) {
        params = {QJsonObject{{"to", cli.value(to)}, {"data", cli.value(data)}},
                  QStringLiteral("latest")};
    } else if (methodName != QLatin1String("eth_blockNumber")) {
        co_return cli.reporter().usageError(
            QStringLiteral("--method is eth_blockNumber or eth_call"));
    }
    const auto endpoint = QUrl(cli.value(url));
    if (!endpoint.isValid() || endpoint.scheme().isEmpty())
        co_return cli.fail(makeError(ErrorKind::InvalidArgument,
                                     "--url (or RPC_URL) must be an http(s) or ws(s) URL"));
    const bool batchingOn = cli.value(batching) != QLatin1String("off");
    const auto engineName = cli.value(engine);
    if (engineName != QLatin1String("sockets") && engineName != QLatin1String("qtnetwork"))
        co_return cli.reporter().usageError(QStringLiteral("--engine is sockets or qtnetwork"));

    rpc::EndpointSettings endpointSettings;
    endpointSettings.http.maxConnections = *connectionCount;
    endpointSettings.http.engine = engineName == QLatin1String("qtnetwork")
                                       ? rpc::HttpEngineKind::QtNetwork
                                       : rpc::HttpEngineKind::Sockets;
    auto transport = rpc::makeTransport(endpoint, endpointSettings);
    if (!transport)
        co_return cli.fail(transport.error());
    rpc::ClientSettings clientSettings;
    clientSettings.batching = batchingOn;
    rpc::RpcClient client(std::move(transport).value(), clientSettings);
    const BenchmarkOperation call = [&client, methodName, params] {
        return rpcCall(&client, methodName, params);
    };

    if (*warmupCalls > 0) {
        const auto report = co_await runBenchmark(*warmupCalls, load->concurrency, call);
        if (report.errors == report.operations) {
            cli.reporter().warn(QStringLiteral("every warm-up call failed: ") +
                                QString::fromStdString(report.firstError->describe()));
            co_return exitCode(exitCodeFor(*report.firstError));
        }
    }
    const auto report = co_await runBenchmark(load->requests, load->concurrency, call);
    QTextStream(stdout) << "bench rpc: "
                        << QStringLiteral("%1 x %2 at concurrency %3 (batching %4, %5 "
                                          "connections) against %6")
                               .arg(methodName)
                               .arg(load->requests)
                               .arg(load->concurrency)
                               .arg(batchingOn ? QStringLiteral("on") : QStringLiteral("off"))
                               .arg(*connectionCount)
                               .arg(endpointName(endpoint))
                        << '\n';
    report.print(QStringLiteral("requests"));
    co_await client.close();
    co_return exitCode(report.errors == 0 ? ExitCode::Ok : ExitCode::Failure);
}

} // namespace seismic::cli
