// SPDX-License-Identifier: MIT
// Transfer-log decoding (client/TransferLogDecoder): ERC20 and SRC20 Transfer/Approval logs,
// SRC20 amounts decrypted with a viewing key the decoder holds (0xab x 32, spec 11.9).
// Input, either:
//  - JSON ('{' or '[' first): one log or a list, as eth_getLogs answers (rpc::Log::fromJson);
//  - binary: a flags byte (bits 0-2 topic count, bit 3 pending, bit 4 removed, bit 5 topics 1
//    and 2 as raw 32 bytes instead of padded addresses), a byte choosing topic 0 (ERC20/SRC20
//    Transfer/Approval, or raw) and one choosing topic 3 (our key's hash, zero, or raw), then
//    the topics' bytes, the emitting address, and the data.
// Decoding by reference and by value (which reuses the data buffer) agree; a decoded event
// carries the log's addresses and block fields; an SRC20 payload is a slice of the data.
#include "FuzzCheck.h"

#include "client/TransferLogDecoder.h"
#include "core/Keccak.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace seismic;
using namespace seismic::client;

namespace {

class Reader
{
public:
    Reader(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    {}
    std::uint8_t byte() { return m_offset < m_size ? m_data[m_offset++] : 0; }
    // `out.size()` bytes, zero-filled past the end of the input.
    void fill(std::span<std::uint8_t> out)
    {
        for (auto& b : out)
            b = byte();
    }
    ByteView rest() const { return {m_data + m_offset, m_size - std::min(m_offset, m_size)}; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_offset = 0;
};

const TransferLogDecoder& decoder()
{
    static const TransferLogDecoder instance = [] {
        TransferLogDecoder decoder;
        const Bytes key(32, 0xab);
        decoder.addViewingKey(*SymmetricKey::fromBytes(key));
        decoder.setAccounts({Address(*FixedBytes<20>::fromView(Bytes(20, 0x11)))});
        return decoder;
    }();
    return instance;
}

rpc::Log binaryLog(const std::uint8_t* data, std::size_t size)
{
    Reader in(data, size);
    const std::uint8_t flags = in.byte();
    const std::uint8_t topic0 = in.byte();
    const std::uint8_t topic3 = in.byte();
    rpc::Log log;
    log.topics.resize(std::min<std::size_t>(flags & 7, 5));
    for (std::size_t i = 0; i < log.topics.size(); ++i) {
        Hash& topic = log.topics[i];
        if (i == 0 && topic0 % 5 < 4) {
            const Hash* known[] = {&erc20TransferTopic(), &erc20ApprovalTopic(),
                                   &src20TransferTopic(), &src20ApprovalTopic()};
            topic = *known[topic0 % 5];
        } else if ((i == 1 || i == 2) && !(flags & 0x20)) {
            in.fill(std::span(topic.bytes).subspan(12));
        } else if (i == 3 && topic3 % 3 == 0) {
            topic = decoder().keyHashes().front();
        } else if (i == 3 && topic3 % 3 == 1) {
            topic = Hash{};
        } else {
            in.fill(topic.bytes);
        }
    }
    FixedBytes<20> address;
    in.fill(address.bytes);
    log.address = Address(address);
    if (!(flags & 0x08)) {
        log.blockNumber = 7;
        log.blockHash = keccak256(asBytes("block"));
        log.transactionHash = keccak256(asBytes("transaction"));
        log.transactionIndex = 0;
        log.logIndex = 3;
    }
    log.removed = (flags & 0x10) != 0;
    log.data = toBytes(in.rest());
    return log;
}

bool sameEvent(const TransferEvent& a, const TransferEvent& b)
{
    return a.token == b.token && a.tokenKind == b.tokenKind && a.kind == b.kind &&
           a.from == b.from && a.to == b.to && a.amount == b.amount &&
           a.amountStatus == b.amountStatus && a.encryptKeyHash == b.encryptKeyHash &&
           a.encryptedAmount == b.encryptedAmount && a.blockNumber == b.blockNumber &&
           a.logIndex == b.logIndex && a.removed == b.removed &&
           a.amountError.has_value() == b.amountError.has_value();
}

void check(const rpc::Log& log)
{
    auto byReference = decoder().decode(log);
    auto byValue = decoder().decode(rpc::Log(log));
    FUZZ_CHECK(byReference.ok() == byValue.ok());
    if (!byReference) {
        FUZZ_CHECK(byReference.error().kind == ErrorKind::Decode);
        return;
    }
    FUZZ_CHECK(byReference->has_value() == byValue->has_value());
    if (!byReference->has_value())
        return;
    const TransferEvent& event = **byReference;
    FUZZ_CHECK(sameEvent(event, **byValue));
    FUZZ_CHECK(event.token == log.address && log.topics.size() >= 3);
    FUZZ_CHECK(std::equal(event.from.view().begin(), event.from.view().end(),
                          log.topics[1].bytes.begin() + 12));
    FUZZ_CHECK(std::equal(event.to.view().begin(), event.to.view().end(),
                          log.topics[2].bytes.begin() + 12));
    FUZZ_CHECK(log.blockNumber && event.blockNumber == *log.blockNumber);
    FUZZ_CHECK(event.removed == log.removed);
    const bool hasAmount =
        event.amountStatus == AmountStatus::Plain || event.amountStatus == AmountStatus::Decrypted;
    FUZZ_CHECK(event.amount.has_value() == hasAmount);
    FUZZ_CHECK(event.amountError.has_value() ==
               (event.amountStatus == AmountStatus::Undecryptable));
    if (event.tokenKind == TokenKind::Src20)
        FUZZ_CHECK(std::search(log.data.begin(), log.data.end(), event.encryptedAmount.begin(),
                               event.encryptedAmount.end()) != log.data.end() ||
                   event.encryptedAmount.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 0 && (data[0] == '{' || data[0] == '[')) {
        const auto document = QJsonDocument::fromJson(
            QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
        const QJsonValue value =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        if (document.isArray()) {
            if (auto logs = rpc::Log::listFromJson(value); logs)
                std::for_each(logs->begin(), logs->end(), check);
        } else if (auto log = rpc::Log::fromJson(value); log) {
            check(*log);
        }
        return 0;
    }
    check(binaryLog(data, size));
    return 0;
}
