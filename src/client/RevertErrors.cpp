// SPDX-License-Identifier: MIT
#include "client/RevertErrors.h"

#include "core/Hex.h"
#include "core/abi/RevertDecoder.h"
#include "rpc/EthApi.h"
#include "rpc/RpcClient.h" // EthApi::client() needs the complete type

#include <optional>

namespace seismic::client {

namespace {

// The revert output in an error's data, when there is some.
std::optional<Bytes> revertData(const Error& error)
{
    if (!hasHexPrefix(error.data) || error.data.size() <= 2)
        return std::nullopt;
    auto bytes = parseHex(error.data, HexPrefix::Required);
    if (!bytes)
        return std::nullopt;
    return std::move(bytes).value();
}

Error withReason(Error error, ByteView output, const std::vector<AbiError>& customErrors)
{
    const RevertReason reason = RevertDecoder::decode(output, customErrors);
    error.kind = ErrorKind::Revert;
    error.message = reason.message();
    error.data = toHex(output);
    return error;
}

} // namespace

Error decodeRevert(Error error, const std::vector<AbiError>& customErrors)
{
    error = rpc::asRevert(std::move(error));
    if (error.kind != ErrorKind::Revert)
        return error;
    const auto output = revertData(error);
    if (!output)
        return error;
    return withReason(std::move(error), *output, customErrors);
}

Error decodeEncryptedRevert(Error error, const EncryptionState& encryption,
                            const TxMetadata& metadata, const std::vector<AbiError>& customErrors)
{
    error = rpc::asRevert(std::move(error));
    if (error.kind != ErrorKind::Revert)
        return error;
    const auto ciphertext = revertData(error);
    if (!ciphertext)
        return error;
    auto plaintext = encryption.decryptResponse(*ciphertext, metadata);
    if (!plaintext)
        return error;
    return withReason(std::move(error), *plaintext, customErrors);
}

} // namespace seismic::client
