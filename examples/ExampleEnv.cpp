// SPDX-License-Identifier: MIT
#include "ExampleEnv.h"

#include <QCoreApplication>
#include <QTimer>

#include <iostream>
#include <string>

using namespace seismic;

namespace examples {

namespace {

Result<std::string> envText(const char* name)
{
    const QByteArray value = qgetenv(name);
    if (value.isEmpty())
        return makeError(ErrorKind::InvalidArgument,
                         std::string("environment variable ") + name + " is not set");
    return value.toStdString();
}

Result<QUrl> envUrl(const char* name)
{
    auto text = envText(name);
    if (!text)
        return std::move(text).error();
    const QUrl url(QString::fromStdString(*text), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return makeError(ErrorKind::InvalidArgument,
                         std::string(name) + " is not a URL: '" + *text + "'");
    return url;
}

Result<Address> envAddress(const char* name)
{
    auto text = envText(name);
    if (!text)
        return std::move(text).error();
    auto address = Address::parse(*text);
    if (!address)
        return makeError(ErrorKind::InvalidArgument,
                         std::string(name) + ": " + address.error().message);
    return address;
}

Result<PrivateKey> envPrivateKey()
{
    auto text = envText("PRIVATE_KEY");
    if (!text)
        return std::move(text).error();
    auto key = PrivateKey::fromHex(*text);
    if (!key) // the message names the problem, never the key
        return makeError(ErrorKind::InvalidArgument, "PRIVATE_KEY: " + key.error().message);
    return key;
}

QCoro::Task<> runAndExit(QCoro::Task<int> (*body)())
{
    const int code = co_await body();
    QCoreApplication::exit(code);
}

} // namespace

Config loadConfig()
{
    return Config{envUrl("RPC_URL"), envUrl("WS_URL"), envPrivateKey(),
                  envAddress("CONTRACT_ADDRESS"), envAddress("TOKEN_ADDRESS")};
}

client::ClientOptions exampleOptions(QUrl url)
{
    auto options = client::ClientOptions::forUrl(std::move(url));
    options.rpc.pollInterval = std::chrono::milliseconds(200);
    return options;
}

QCoro::Task<Result<std::unique_ptr<client::WalletClient>>> connectWallet(Result<QUrl> url,
                                                                         Result<PrivateKey> key)
{
    if (const auto* error = firstError(url, key))
        co_return *error;
    co_return co_await client::WalletClient::connect(exampleOptions(*url), *key);
}

int fail(std::string_view what, const Error& error)
{
    std::cerr << "error: " << what << ": " << error.describe() << std::endl;
    return 1;
}

int runExample(int argc, char* argv[], QCoro::Task<int> (*body)())
{
    QCoreApplication app(argc, argv);
    // Started from the running loop, so that an example that ends at once still exits it.
    QTimer::singleShot(0, [body] { runAndExit(body); });
    return app.exec();
}

} // namespace examples
