// SPDX-License-Identifier: MIT
#include "TourScene.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seismic::app {
namespace {

// A manifest is a few kilobytes; anything much larger is not one.
constexpr qint64 kMaxManifestBytes = 1 << 20;

Error manifestError(ErrorKind kind, const QString& path, const QString& why)
{
    return makeError(kind, QStringLiteral("devnet manifest %1: %2").arg(path, why).toStdString());
}

} // namespace

Result<TourScene> TourScene::fromDevnetManifest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return manifestError(ErrorKind::Io, path, file.errorString());
    const QByteArray text = file.read(kMaxManifestBytes + 1);
    if (text.size() > kMaxManifestBytes)
        return manifestError(ErrorKind::Decode, path, QStringLiteral("larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject())
        return manifestError(ErrorKind::Decode, path,
                             parseError.error == QJsonParseError::NoError
                                 ? QStringLiteral("not a JSON object")
                                 : parseError.errorString());
    const QJsonObject manifest = document.object();
    const QJsonArray accounts = manifest.value(QLatin1String("accounts")).toArray();
    const auto account = [&](int index) -> Result<Address> {
        const QString text =
            accounts.at(index).toObject().value(QLatin1String("address")).toString();
        auto address = Address::parse(text.toStdString());
        if (!address)
            return manifestError(ErrorKind::Decode, path,
                                 QStringLiteral("no address for dev account #%1").arg(index));
        return address;
    };
    auto alice = account(1);
    auto bob = account(2);
    auto carol = account(3);
    for (const Result<Address>* each : {&alice, &bob, &carol})
        if (!*each)
            return each->error();

    TourScene scene;
    // Names the user would have typed: the same in every language's pictures.
    scene.contacts = {{*alice, QStringLiteral("Alice")}, {*carol, QStringLiteral("Carol")}};
    scene.watchOnly = NamedAddress{*bob, QStringLiteral("Bob (watch-only)")};
    scene.devnetRpc = QUrl(manifest.value(QLatin1String("rpcUrl")).toString());
    if (!scene.devnetRpc.isValid() || scene.devnetRpc.scheme() != QLatin1String("http"))
        return manifestError(ErrorKind::Decode, path, QStringLiteral("no http rpcUrl"));
    scene.pendingRecipient = *alice;
    return scene;
}

} // namespace seismic::app
