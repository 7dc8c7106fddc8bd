// SPDX-License-Identifier: MIT
#include "seismic/TxSeismic.h"

#include "core/Keccak.h"
#include "core/PublicKey.h"
#include "seismic/Eip712.h"
#include "seismic/SignedTransaction.h"

namespace seismic {
namespace {

RlpList unsignedFields(const TxSeismic& tx)
{
    RlpList fields;
    fields.addUint(tx.chainId).addUint(tx.nonce).addUint(tx.gasPrice).addUint(tx.gas);
    fields.addBytes(tx.to ? tx.to->view() : ByteView{});
    fields.addUint(tx.value);
    const SeismicElements& e = tx.elements;
    fields.addBytes(e.encryptionPubkey.view())
        .addBytes(e.encryptionNonce.view())
        .addUint(std::uint64_t{e.messageVersion})
        .addBytes(e.recentBlockHash.view())
        .addUint(e.expiresAtBlock)
        .addBool(e.signedRead)
        .addBytes(tx.input)
        .addList(encodeAuthorizationList(tx.authorizationList));
    return fields;
}

Error decodeError(std::string message)
{
    return makeError(ErrorKind::Decode, "TxSeismic: " + std::move(message));
}

// Fixed-width byte fields stored as RLP integers by the Rust side (the encryption nonce) may be
// shorter than their width; left-pad them back.
Result<EncryptionNonce> decodeNonce(const RlpItem& item)
{
    auto value = rlpToUint(item, EncryptionNonce::kSize);
    if (!value)
        return decodeError("encryptionNonce: " + value.error().message);
    EncryptionNonce nonce;
    const Bytes32 word = toWord(*value);
    std::copy(word.bytes.end() - EncryptionNonce::kSize, word.bytes.end(), nonce.bytes.begin());
    return nonce;
}

} // namespace

Bytes encodeUnsignedTxSeismic(const TxSeismic& tx)
{
    return unsignedFields(tx).encode();
}

Hash rawSigningHash(const TxSeismic& tx)
{
    const RlpList fields = unsignedFields(tx);
    Bytes preimage;
    preimage.reserve(1 + fields.encodedSize());
    preimage.push_back(kSeismicTxType);
    fields.encodeTo(preimage);
    return keccak256(preimage);
}

Hash signingHash(const TxSeismic& tx)
{
    return tx.elements.messageVersion >= kTypedDataMessageVersion ? eip712SigningHash(tx)
                                                                  : rawSigningHash(tx);
}

Bytes encodeSignedTxSeismic(const TxSeismic& tx, const Signature& signature)
{
    RlpList fields = unsignedFields(tx);
    addSignature(fields, signature);
    Bytes out;
    out.reserve(1 + fields.encodedSize());
    out.push_back(kSeismicTxType);
    fields.encodeTo(out);
    return out;
}

SignedTxSeismic signTxSeismic(const TxSeismic& tx, const PrivateKey& key)
{
    const Signature signature = key.sign(signingHash(tx));
    Bytes raw = encodeSignedTxSeismic(tx, signature);
    const Hash hash = keccak256(raw);
    return SignedTxSeismic{tx, signature, key.address(), std::move(raw), hash};
}

Result<SignedTxSeismic> decodeSignedTxSeismic(ByteView raw, SignedReadPolicy policy)
{
    if (raw.empty())
        return decodeError("empty transaction data");
    if (raw[0] != kSeismicTxType)
        return decodeError("not a Seismic transaction (type byte " + toHex(raw.first(1)) + ")");
    auto root = rlpDecode(raw.subspan(1));
    if (!root)
        return std::move(root).error();
    auto items = rlpListItems(*root);
    if (!items)
        return std::move(items).error();
    if (items->size() != 17)
        return decodeError("expected 17 fields, got " + std::to_string(items->size()));
    const std::vector<RlpItem>& f = *items;

    TxSeismic tx;
    auto chainId = rlpToUint64(f[0]);
    auto nonce = rlpToUint64(f[1]);
    auto gasPrice = rlpToUint(f[2], 16);
    auto gas = rlpToUint64(f[3]);
    auto value = rlpToUint(f[5]);
    if (!chainId || !nonce || !gasPrice || !gas || !value)
        return decodeError("malformed integer field");
    tx.chainId = *chainId;
    tx.nonce = *nonce;
    tx.gasPrice = *gasPrice;
    tx.gas = *gas;
    tx.value = *value;

    if (f[4].isList || (!f[4].payload.empty() && f[4].payload.size() != 20))
        return decodeError("to must be 20 bytes or empty");
    if (!f[4].payload.empty())
        tx.to = *Address::fromView(f[4].payload);

    auto pubkey = rlpToFixedBytes(f[6], 33, "encryptionPubkey");
    if (!pubkey)
        return decodeError(pubkey.error().message);
    if (!PublicKey::fromCompressed(*pubkey))
        return decodeError("encryptionPubkey is not a valid compressed secp256k1 key");
    tx.elements.encryptionPubkey = *CompressedPublicKey::fromView(*pubkey);

    auto encryptionNonce = decodeNonce(f[7]);
    if (!encryptionNonce)
        return std::move(encryptionNonce).error();
    tx.elements.encryptionNonce = *encryptionNonce;

    auto messageVersion = rlpToUint(f[8], 1);
    auto recentBlockHash = rlpToFixedBytes(f[9], 32, "recentBlockHash");
    auto expiresAtBlock = rlpToUint64(f[10]);
    auto signedRead = rlpToUint(f[11], 1);
    if (!messageVersion || !recentBlockHash || !expiresAtBlock || !signedRead || *signedRead > 1)
        return decodeError("malformed seismic elements");
    tx.elements.messageVersion = static_cast<std::uint8_t>(*messageVersion);
    tx.elements.recentBlockHash = *Bytes32::fromView(*recentBlockHash);
    tx.elements.expiresAtBlock = *expiresAtBlock;
    tx.elements.signedRead = *signedRead == 1;
    if (tx.elements.signedRead && policy == SignedReadPolicy::Refuse)
        return decodeError("a signed read cannot be sent as a transaction");

    auto input = rlpToBytes(f[12]);
    if (!input)
        return decodeError("input: " + input.error().message);
    tx.input = std::move(input).value();
    auto authorizations = decodeAuthorizationList(f[13]);
    if (!authorizations)
        return std::move(authorizations).error();
    tx.authorizationList = std::move(authorizations).value();

    auto yParity = rlpToUint(f[14], 1);
    auto r = rlpToUint(f[15]);
    auto s = rlpToUint(f[16]);
    if (!yParity || !r || !s || *yParity > 1)
        return decodeError("malformed signature");
    const Signature signature{toWord(*r), toWord(*s), static_cast<std::uint8_t>(*yParity)};
    auto sender = recoverAddress(signingHash(tx), signature);
    if (!sender)
        return decodeError("invalid transaction signature: " + sender.error().message);
    return SignedTxSeismic{std::move(tx), signature, *sender, toBytes(raw), keccak256(raw)};
}

} // namespace seismic
