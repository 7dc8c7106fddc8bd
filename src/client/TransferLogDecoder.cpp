// SPDX-License-Identifier: MIT
#include "client/TransferLogDecoder.h"

#include "core/Keccak.h"
#include "seismic/SeismicElements.h"
#include "seismic/Src20Amount.h"

#include <algorithm>

namespace seismic::client {

namespace {

constexpr std::size_t kWord = 32;
constexpr std::size_t kAddressPadding = kWord - 20;

Hash topicOf(std::string_view signature)
{
    return keccak256(asBytes(signature));
}

// A word that holds a small unsigned integer (an ABI offset or length), or nothing if it does
// not fit 64 bits.
std::optional<std::uint64_t> smallWord(ByteView data, std::size_t at)
{
    const auto word = data.subspan(at, kWord);
    if (std::any_of(word.begin(), word.begin() + 24, [](std::uint8_t b) { return b != 0; }))
        return std::nullopt;
    std::uint64_t value = 0;
    for (std::size_t i = 24; i < kWord; ++i)
        value = (value << 8) | word[i];
    return value;
}

Error malformed(const rpc::Log& log, const std::string& reason)
{
    std::string where = "log";
    if (log.transactionHash)
        where += " " + log.transactionHash->hex();
    if (log.logIndex)
        where += "#" + std::to_string(*log.logIndex);
    return makeError(ErrorKind::Decode, where + " of " + log.address.checksummed() + ": " + reason);
}

} // namespace

const Hash& erc20TransferTopic()
{
    static const Hash topic = topicOf("Transfer(address,address,uint256)");
    return topic;
}

const Hash& erc20ApprovalTopic()
{
    static const Hash topic = topicOf("Approval(address,address,uint256)");
    return topic;
}

const Hash& src20TransferTopic()
{
    static const Hash topic = topicOf("Transfer(address,address,bytes32,bytes)");
    return topic;
}

const Hash& src20ApprovalTopic()
{
    static const Hash topic = topicOf("Approval(address,address,bytes32,bytes)");
    return topic;
}

Hash addressTopic(const Address& address)
{
    Hash topic;
    std::copy(address.view().begin(), address.view().end(), topic.bytes.begin() + kAddressPadding);
    return topic;
}

void TransferLogDecoder::addViewingKey(const SymmetricKey& viewingKey)
{
    const Hash hash = viewingKeyHash(viewingKey);
    if (keyFor(hash))
        return;
    m_keyHashes.push_back(hash);
    m_keys.push_back(viewingKey);
}

void TransferLogDecoder::setAccounts(std::vector<Address> accounts)
{
    m_accounts = std::move(accounts);
}

const SymmetricKey* TransferLogDecoder::keyFor(const Hash& keyHash) const
{
    for (std::size_t i = 0; i < m_keyHashes.size(); ++i) {
        if (m_keyHashes[i] == keyHash)
            return &m_keys[i];
    }
    return nullptr;
}

TransferDirection TransferLogDecoder::directionOf(const Address& from, const Address& to) const
{
    if (m_accounts.empty())
        return TransferDirection::Unknown;
    const auto ours = [this](const Address& address) {
        return std::find(m_accounts.begin(), m_accounts.end(), address) != m_accounts.end();
    };
    const bool fromUs = ours(from);
    const bool toUs = ours(to);
    if (fromUs && toUs)
        return TransferDirection::Self;
    if (fromUs)
        return TransferDirection::Outgoing;
    if (toUs)
        return TransferDirection::Incoming;
    return TransferDirection::Other;
}

Result<std::optional<TransferEvent>> TransferLogDecoder::decode(const rpc::Log& log) const
{
    return decode(log, nullptr);
}

Result<std::optional<TransferEvent>> TransferLogDecoder::decode(rpc::Log&& log) const
{
    return decode(log, &log.data);
}

Result<std::optional<TransferEvent>> TransferLogDecoder::decode(const rpc::Log& log,
                                                                Bytes* ownedData) const
{
    if (log.topics.empty())
        return std::optional<TransferEvent>(); // anonymous event
    TransferEvent event;
    const Hash& signature = log.topics[0];
    if (signature == src20TransferTopic() || signature == src20ApprovalTopic()) {
        event.tokenKind = TokenKind::Src20;
        event.kind = signature == src20TransferTopic() ? TransferEventKind::Transfer
                                                       : TransferEventKind::Approval;
    } else if (signature == erc20TransferTopic() || signature == erc20ApprovalTopic()) {
        if (log.topics.size() == 4)
            return std::optional<TransferEvent>(); // ERC-721: the token id is indexed
        event.tokenKind = TokenKind::Erc20;
        event.kind = signature == erc20TransferTopic() ? TransferEventKind::Transfer
                                                       : TransferEventKind::Approval;
    } else {
        return std::optional<TransferEvent>();
    }

    const std::size_t expectedTopics = event.tokenKind == TokenKind::Src20 ? 4 : 3;
    if (log.topics.size() != expectedTopics)
        return malformed(log, std::string(tokenKindName(event.tokenKind)) + " " +
                                  std::string(transferEventKindName(event.kind)) + " has " +
                                  std::to_string(log.topics.size()) + " topics, expected " +
                                  std::to_string(expectedTopics));
    if (!log.blockNumber || !log.blockHash || !log.transactionHash || !log.logIndex)
        return malformed(log, "no block number, block hash, transaction hash or log index "
                              "(a pending log)");
    for (std::size_t i = 1; i <= 2; ++i) {
        const auto& topic = log.topics[i];
        if (std::any_of(topic.bytes.begin(), topic.bytes.begin() + kAddressPadding,
                        [](std::uint8_t b) { return b != 0; }))
            return malformed(log, "topic " + std::to_string(i) + " is not an address");
    }
    event.token = log.address;
    event.from = Address(*FixedBytes<20>::fromView(log.topics[1].view().subspan(kAddressPadding)));
    event.to = Address(*FixedBytes<20>::fromView(log.topics[2].view().subspan(kAddressPadding)));
    event.blockNumber = *log.blockNumber;
    event.blockHash = *log.blockHash;
    event.transactionHash = *log.transactionHash;
    event.logIndex = *log.logIndex;
    event.blockTimestamp = log.blockTimestamp;
    event.removed = log.removed;
    event.direction = directionOf(event.from, event.to);

    const ByteView data = log.data;
    if (event.tokenKind == TokenKind::Erc20) {
        if (data.size() != kWord)
            return malformed(log, "ERC20 amount is " + std::to_string(data.size()) +
                                      " bytes of data, expected 32");
        event.amount = *uint256FromBytes(data);
        event.amountStatus = AmountStatus::Plain;
        return std::optional<TransferEvent>(std::move(event));
    }

    // data = offset || ... || length || payload, padded (one dynamic `bytes`).
    if (data.size() < 2 * kWord)
        return malformed(log, "SRC20 data is " + std::to_string(data.size()) +
                                  " bytes, too short for an encoded bytes value");
    const auto offset = smallWord(data, 0);
    if (!offset || *offset > data.size() - kWord)
        return malformed(log, "SRC20 data has an out-of-range offset");
    const auto length = smallWord(data, *offset);
    const std::size_t start = *offset + kWord;
    if (!length || *length > data.size() - start)
        return malformed(log, "SRC20 encrypted amount runs past the end of the data");
    event.encryptKeyHash = log.topics[3];
    if (ownedData) {
        Bytes& buffer = *ownedData;
        buffer.erase(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(start));
        buffer.resize(*length);
        event.encryptedAmount = std::move(buffer);
    } else {
        const auto payload = data.subspan(start, *length);
        event.encryptedAmount.assign(payload.begin(), payload.end());
    }

    if (event.encryptedAmount.size() <= EncryptionNonce::kSize) {
        event.amountStatus = AmountStatus::NoKey;
    } else if (const SymmetricKey* key = keyFor(event.encryptKeyHash)) {
        auto amount = decryptSrc20Amount(event.encryptedAmount, *key);
        if (amount) {
            event.amount = *amount;
            event.amountStatus = AmountStatus::Decrypted;
        } else {
            event.amountStatus = AmountStatus::Undecryptable;
            event.amountError = std::move(amount).error();
        }
    } else {
        event.amountStatus = AmountStatus::ForeignKey;
    }
    return std::optional<TransferEvent>(std::move(event));
}

} // namespace seismic::client
