// SPDX-License-Identifier: MIT
#include "seismic/Eip712.h"

#include "core/Keccak.h"
#include "seismic/TxSeismic.h"

#include <QJsonArray>

namespace seismic {
namespace {

constexpr std::string_view kDomainType =
    "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)";
constexpr std::string_view kTxSeismicType =
    "TxSeismic(uint64 chainId,uint64 nonce,uint128 gasPrice,uint64 gasLimit,address to,"
    "bool isCreate,uint256 value,bytes input,bytes encryptionPubkey,uint96 encryptionNonce,"
    "uint8 messageVersion,bytes32 recentBlockHash,uint64 expiresAtBlock,bool signedRead,"
    "bytes32 authorizationListHash)";
constexpr std::string_view kDomainName = "Seismic Transaction";
constexpr std::string_view kDomainVersion = "2";

void appendWord(Bytes& out, const Uint256& value)
{
    append(out, toWord(value).view());
}

Uint256 nonceAsInteger(const EncryptionNonce& nonce)
{
    return *uint256FromBytes(nonce.view());
}

QJsonArray fieldList(std::string_view typeString)
{
    // "Name(type a,type b)" -> [{name: a, type: type}, ...]
    QJsonArray fields;
    const auto open = typeString.find('(');
    std::string_view rest = typeString.substr(open + 1, typeString.size() - open - 2);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view field = rest.substr(0, comma);
        const auto space = field.find(' ');
        fields.append(QJsonObject{
            {QStringLiteral("name"), QString::fromUtf8(field.substr(space + 1))},
            {QStringLiteral("type"), QString::fromUtf8(field.substr(0, space))},
        });
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return fields;
}

QString hexString(ByteView bytes)
{
    return QString::fromStdString(toHex(bytes));
}

QString decimalString(const Uint256& value)
{
    return QString::fromStdString(toDecimal(value));
}

} // namespace

Hash eip712DomainTypeHash()
{
    static const Hash hash = keccak256(asBytes(kDomainType));
    return hash;
}

Hash txSeismicTypeHash()
{
    static const Hash hash = keccak256(asBytes(kTxSeismicType));
    return hash;
}

Hash eip712DomainSeparator(std::uint64_t chainId)
{
    Bytes encoded;
    encoded.reserve(5 * 32);
    append(encoded, eip712DomainTypeHash().view());
    static const Hash nameHash = keccak256(asBytes(kDomainName));
    static const Hash versionHash = keccak256(asBytes(kDomainVersion));
    append(encoded, nameHash.view());
    append(encoded, versionHash.view());
    appendWord(encoded, chainId);
    appendWord(encoded, 0); // verifyingContract: the zero address
    return keccak256(encoded);
}

Hash txSeismicStructHash(const TxSeismic& tx)
{
    const SeismicElements& e = tx.elements;
    Bytes encoded;
    encoded.reserve(16 * 32);
    append(encoded, txSeismicTypeHash().view());
    appendWord(encoded, tx.chainId);
    appendWord(encoded, tx.nonce);
    appendWord(encoded, tx.gasPrice);
    appendWord(encoded, tx.gas);
    appendWord(encoded, tx.to ? *uint256FromBytes(tx.to->view()) : Uint256(0));
    appendWord(encoded, tx.to ? 0 : 1); // isCreate
    appendWord(encoded, tx.value);
    append(encoded, keccak256(tx.input).view());
    append(encoded, keccak256(e.encryptionPubkey.view()).view());
    appendWord(encoded, nonceAsInteger(e.encryptionNonce));
    appendWord(encoded, e.messageVersion);
    append(encoded, e.recentBlockHash.view());
    appendWord(encoded, e.expiresAtBlock);
    appendWord(encoded, e.signedRead ? 1 : 0);
    append(encoded, authorizationListHash(tx.authorizationList).view());
    return keccak256(encoded);
}

Hash eip712SigningHash(const TxSeismic& tx)
{
    Bytes preimage{0x19, 0x01};
    append(preimage, eip712DomainSeparator(tx.chainId).view());
    append(preimage, txSeismicStructHash(tx).view());
    return keccak256(preimage);
}

QJsonObject txSeismicTypedData(const TxSeismic& tx)
{
    const SeismicElements& e = tx.elements;
    const QJsonObject types{
        {QStringLiteral("EIP712Domain"), fieldList(kDomainType)},
        {QStringLiteral("TxSeismic"), fieldList(kTxSeismicType)},
    };
    const QJsonObject domain{
        {QStringLiteral("name"), QString::fromUtf8(kDomainName)},
        {QStringLiteral("version"), QString::fromUtf8(kDomainVersion)},
        {QStringLiteral("chainId"), decimalString(tx.chainId)},
        {QStringLiteral("verifyingContract"), hexString(Address().view())},
    };
    const QJsonObject message{
        {QStringLiteral("chainId"), decimalString(tx.chainId)},
        {QStringLiteral("nonce"), decimalString(tx.nonce)},
        {QStringLiteral("gasPrice"), decimalString(tx.gasPrice)},
        {QStringLiteral("gasLimit"), decimalString(tx.gas)},
        {QStringLiteral("to"), hexString(tx.to ? tx.to->view() : Address().view())},
        {QStringLiteral("isCreate"), !tx.to.has_value()},
        {QStringLiteral("value"), decimalString(tx.value)},
        {QStringLiteral("input"), hexString(tx.input)},
        {QStringLiteral("encryptionPubkey"), hexString(e.encryptionPubkey.view())},
        {QStringLiteral("encryptionNonce"), decimalString(nonceAsInteger(e.encryptionNonce))},
        {QStringLiteral("messageVersion"), int(e.messageVersion)},
        {QStringLiteral("recentBlockHash"), hexString(e.recentBlockHash.view())},
        {QStringLiteral("expiresAtBlock"), decimalString(e.expiresAtBlock)},
        {QStringLiteral("signedRead"), e.signedRead},
        {QStringLiteral("authorizationListHash"),
         hexString(authorizationListHash(tx.authorizationList).view())},
    };
    return QJsonObject{
        {QStringLiteral("types"), types},
        {QStringLiteral("primaryType"), QStringLiteral("TxSeismic")},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("message"), message},
    };
}

} // namespace seismic
