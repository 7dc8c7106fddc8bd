// SPDX-License-Identifier: MIT
#include "core/abi/AbiError.h"

#include "core/Keccak.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"

#include <algorithm>

namespace seismic {

AbiError::AbiError(std::string name, std::vector<AbiParam> inputs)
    : m_name(std::move(name))
    , m_inputs(std::move(inputs))
    , m_signature(abiSignature(m_name, m_inputs))
    , m_selector(selectorOf(m_signature))
{}

Result<AbiError> AbiError::parse(std::string_view signature)
{
    auto parts = splitAbiSignature(signature);
    if (!parts)
        return std::move(parts).error();
    if (!parts->rest.empty())
        return makeError(ErrorKind::InvalidArgument, "error signature '" + std::string(signature) +
                                                         "': unexpected '" +
                                                         std::string(parts->rest) + "'");
    auto inputs = parseAbiParamList(parts->params);
    if (!inputs)
        return std::move(inputs).error();
    return AbiError(std::string(parts->name), std::move(*inputs));
}

Result<Bytes> AbiError::encode(const std::vector<AbiValue>& args) const
{
    auto encoded = AbiEncoder::encodeWithSelector(m_selector, m_inputs, args);
    if (!encoded)
        return makeError(ErrorKind::InvalidArgument,
                         m_signature + ": " + std::move(encoded).error().message);
    return encoded;
}

Result<std::vector<AbiValue>> AbiError::decode(ByteView revertData) const
{
    if (revertData.size() < m_selector.size() ||
        !std::equal(m_selector.begin(), m_selector.end(), revertData.begin()))
        return makeError(ErrorKind::Decode, "revert data does not start with the selector of " +
                                                m_signature + " (" + toHex(m_selector) + ")");
    auto values = AbiDecoder::decode(m_inputs, revertData.subspan(m_selector.size()));
    if (!values)
        return makeError(ErrorKind::Decode, m_signature + ": " + std::move(values).error().message);
    return values;
}

} // namespace seismic
