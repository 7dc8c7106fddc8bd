// SPDX-License-Identifier: MIT
#include "DevnetManifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace testing {
namespace {

seismic::Error manifestError(const QString& message)
{
    return seismic::makeError(seismic::ErrorKind::NotFound, message.toStdString());
}

seismic::Result<QJsonObject> readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return manifestError(QStringLiteral("cannot read %1").arg(path));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return manifestError(
            QStringLiteral("%1 is not a JSON object: %2").arg(path, error.errorString()));
    return document.object();
}

} // namespace

seismic::Result<DevnetManifest> DevnetManifest::load()
{
    const QString path = qEnvironmentVariable("SEISMIC_DEVNET_MANIFEST");
    if (path.isEmpty())
        return manifestError(QStringLiteral(
            "SEISMIC_DEVNET_MANIFEST is not set: run scripts/test, or start the devnet with "
            "`tests/devnet/devnet start --manifest FILE` and export SEISMIC_DEVNET_MANIFEST=FILE"));
    return loadFrom(path);
}

seismic::Result<DevnetManifest> DevnetManifest::loadFrom(const QString& path)
{
    auto json = readJsonObject(path);
    if (!json)
        return std::move(json).error();

    DevnetManifest manifest;
    manifest.manifestPath = path;
    manifest.rpcUrl = json->value(QStringLiteral("rpcUrl")).toString();
    manifest.wsUrl = json->value(QStringLiteral("wsUrl")).toString();
    manifest.chainId =
        static_cast<std::uint64_t>(json->value(QStringLiteral("chainId")).toInteger());
    manifest.teePublicKey = json->value(QStringLiteral("teePublicKey")).toString();
    manifest.artifactsDir = json->value(QStringLiteral("artifactsDir")).toString();
    for (const QJsonValue& entry : json->value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = entry.toObject();
        auto address = seismic::Address::parse(
            account.value(QStringLiteral("address")).toString().toStdString());
        if (!address)
            return manifestError(QStringLiteral("manifest account has a bad address"));
        manifest.accounts.push_back(
            {*address, account.value(QStringLiteral("privateKey")).toString()});
    }
    for (const QJsonValue& entry : json->value(QStringLiteral("providers")).toArray()) {
        const QJsonObject provider = entry.toObject();
        auto address = seismic::Address::parse(
            provider.value(QStringLiteral("address")).toString().toStdString());
        if (!address)
            return manifestError(QStringLiteral("manifest provider has a bad address"));
        manifest.providers.push_back({*address,
                                      provider.value(QStringLiteral("privateKey")).toString(),
                                      provider.value(QStringLiteral("viewingKey")).toString()});
    }
    const QJsonObject contracts = json->value(QStringLiteral("contracts")).toObject();
    for (auto it = contracts.begin(); it != contracts.end(); ++it) {
        auto address = seismic::Address::parse(it.value().toString().toStdString());
        if (!address)
            return manifestError(
                QStringLiteral("manifest contract %1 has a bad address").arg(it.key()));
        manifest.contracts.insert(it.key(), *address);
    }
    if (manifest.rpcUrl.isEmpty() || manifest.wsUrl.isEmpty() || manifest.accounts.size() < 2)
        return manifestError(QStringLiteral("the devnet manifest lacks rpcUrl, wsUrl or accounts"));
    return manifest;
}

seismic::Result<QJsonArray> DevnetManifest::abi(const QString& name) const
{
    auto artifact = readJsonObject(QDir(artifactsDir).filePath(name + QStringLiteral(".json")));
    if (!artifact)
        return std::move(artifact).error();
    return artifact->value(QStringLiteral("abi")).toArray();
}

} // namespace testing
