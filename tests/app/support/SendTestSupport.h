// SPDX-License-Identifier: MIT
// The Send flow over a real wallet client of one devnet account, wired as the app wires it:
// WalletModel + ChainModel, SendService (its history in the store of a test data directory),
// SendPage with its SendController, HistoryPage.
#pragma once

#include "app/model/ChainModel.h"
#include "app/model/NetworkConfig.h"
#include "app/model/SendHistoryStore.h"
#include "app/model/TokenTableModel.h"
#include "app/model/WalletModel.h"
#include "app/service/SendService.h"
#include "app/view/HistoryPage.h"
#include "app/view/SendController.h"
#include "app/view/SendPage.h"
#include "client/WalletClient.h"
#include "rpc/support/AsyncTest.h"
#include "store/Store.h"
#include "support/DevnetManifest.h"

#include <QUrl>

#include <chrono>
#include <memory>

namespace apptest {

// A network round trip on the devnet, a transaction's receipt included.
inline constexpr std::chrono::milliseconds kDevnetWait{20'000};

inline seismic::app::NetworkConfig devnetNetwork(const testing::DevnetManifest& manifest)
{
    seismic::app::NetworkConfig network;
    network.name = QStringLiteral("Devnet");
    network.chainId = manifest.chainId;
    network.httpUrls = {manifest.rpcUrl};
    network.wsUrls = {manifest.wsUrl};
    return network;
}

inline seismic::PrivateKey devnetKey(const testing::DevnetManifest& manifest, int account)
{
    return *seismic::PrivateKey::fromHex(
        manifest.accounts.at(static_cast<std::size_t>(account)).privateKey.toStdString());
}

// A wallet client of dev account `account`; null (with a warning) if it cannot connect.
inline std::unique_ptr<seismic::client::WalletClient>
connectWallet(const testing::DevnetManifest& manifest, int account)
{
    auto connected =
        testing::awaitTask(seismic::client::WalletClient::connect(
                               seismic::client::ClientOptions::forUrl(QUrl(manifest.rpcUrl)),
                               devnetKey(manifest, account)),
                           kDevnetWait);
    if (!connected || !*connected) {
        qWarning("cannot connect to the devnet: %s",
                 connected ? connected->error().describe().c_str() : "timed out");
        return nullptr;
    }
    return std::move(*connected).value();
}

// The Send page, its controller, the service and the history page of one unlocked account
// connected to the devnet.
struct SendHarness
{
    SendHarness(const testing::DevnetManifest& manifest, int account, const QString& dataDirectory,
                std::unique_ptr<seismic::client::WalletClient> walletClient)
        : store(openStore(dataDirectory))
        , history(*store)
        , client(std::move(walletClient))
    {
        chain.setNetwork(devnetNetwork(manifest));
        chain.setStatus(seismic::app::ConnectionStatus::Connected);
        wallet.unlock(devnetKey(manifest, account));
        service = std::make_unique<seismic::app::SendService>(wallet, chain, &history);
        service->setClient(client.get());
        page = std::make_unique<seismic::app::SendPage>(wallet, chain);
        controller = std::make_unique<seismic::app::SendController>(*service, wallet, *page);
        historyPage = std::make_unique<seismic::app::HistoryPage>(*service, wallet, chain);
    }

    // The token list the balances page would show: SDT with `balance`.
    void setSdt(const seismic::Address& token, const seismic::Uint256& balance)
    {
        seismic::app::TokenBalance sdt;
        sdt.kind = seismic::app::TokenKind::Src20;
        sdt.contract = token;
        sdt.name = QStringLiteral("Seismic Demo Token");
        sdt.symbol = QStringLiteral("SDT");
        sdt.decimals = 18;
        sdt.balance = balance;
        wallet.tokens()->setTokens({sdt});
    }

    // The data directory's store; qFatal if it cannot be opened (a broken test setup).
    static std::unique_ptr<seismic::store::Store> openStore(const QString& dataDirectory)
    {
        auto opened = seismic::store::Store::open(seismic::store::Store::pathIn(dataDirectory));
        if (!opened)
            qFatal("cannot open the store: %s", opened.error().describe().c_str());
        return std::move(opened).value();
    }

    std::unique_ptr<seismic::store::Store> store;
    seismic::app::SendHistoryStore history;
    seismic::app::WalletModel wallet;
    seismic::app::ChainModel chain;
    std::unique_ptr<seismic::client::WalletClient> client;
    std::unique_ptr<seismic::app::SendService> service;
    std::unique_ptr<seismic::app::SendPage> page;
    std::unique_ptr<seismic::app::SendController> controller;
    std::unique_ptr<seismic::app::HistoryPage> historyPage;
};

} // namespace apptest
