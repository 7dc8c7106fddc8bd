// SPDX-License-Identifier: MIT
#include "core/abi/AbiFunction.h"

#include "core/Keccak.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"

#include <algorithm>

namespace seismic {

std::string_view stateMutabilityName(StateMutability mutability)
{
    switch (mutability) {
    case StateMutability::Pure:
        return "pure";
    case StateMutability::View:
        return "view";
    case StateMutability::NonPayable:
        return "nonpayable";
    case StateMutability::Payable:
        return "payable";
    }
    return "nonpayable";
}

AbiFunction::AbiFunction(std::string name, std::vector<AbiParam> inputs,
                         std::vector<AbiParam> outputs, StateMutability mutability)
    : m_name(std::move(name))
    , m_inputs(std::move(inputs))
    , m_outputs(std::move(outputs))
    , m_mutability(mutability)
    , m_signature(abiSignature(m_name, m_inputs))
    , m_selector(selectorOf(m_signature))
    , m_shieldedInputs(std::any_of(m_inputs.begin(), m_inputs.end(),
                                   [](const AbiParam& p) { return p.type.isShielded(); }))
{}

Result<AbiFunction> AbiFunction::parse(std::string_view signature)
{
    auto parts = splitAbiSignature(signature);
    if (!parts)
        return std::move(parts).error();
    auto inputs = parseAbiParamList(parts->params);
    if (!inputs)
        return std::move(inputs).error();

    StateMutability mutability = StateMutability::NonPayable;
    std::vector<AbiParam> outputs;
    std::string_view rest = parts->rest;
    while (!rest.empty()) {
        if (rest.starts_with("returns")) {
            auto list = parseAbiParamList(rest.substr(7));
            if (!list)
                return std::move(list).error();
            outputs = std::move(*list);
            break;
        }
        const std::size_t end = std::min(rest.find(' '), rest.size());
        const std::string_view word = rest.substr(0, end);
        rest.remove_prefix(end);
        while (!rest.empty() && rest.front() == ' ')
            rest.remove_prefix(1);
        if (word == "pure")
            mutability = StateMutability::Pure;
        else if (word == "view")
            mutability = StateMutability::View;
        else if (word == "payable")
            mutability = StateMutability::Payable;
        else if (word != "nonpayable" && word != "external" && word != "public")
            return makeError(ErrorKind::InvalidArgument,
                             "function signature '" + std::string(signature) + "': unexpected '" +
                                 std::string(word) + "'");
    }
    return AbiFunction(std::string(parts->name), std::move(*inputs), std::move(outputs),
                       mutability);
}

bool AbiFunction::isReadOnly() const
{
    return m_mutability == StateMutability::Pure || m_mutability == StateMutability::View;
}

Result<Bytes> AbiFunction::encodeCall(const std::vector<AbiValue>& args) const
{
    auto encoded = AbiEncoder::encodeWithSelector(m_selector, m_inputs, args);
    if (!encoded)
        return makeError(ErrorKind::InvalidArgument,
                         m_signature + ": " + std::move(encoded).error().message);
    return encoded;
}

Result<std::vector<AbiValue>> AbiFunction::decodeCall(ByteView calldata) const
{
    if (calldata.size() < m_selector.size() ||
        !std::equal(m_selector.begin(), m_selector.end(), calldata.begin()))
        return makeError(ErrorKind::Decode, "calldata does not start with the selector of " +
                                                m_signature + " (" + toHex(m_selector) + ")");
    return AbiDecoder::decode(m_inputs, calldata.subspan(m_selector.size()));
}

Result<std::vector<AbiValue>> AbiFunction::decodeOutputs(ByteView returnData) const
{
    return AbiDecoder::decodeOutputs(m_outputs, returnData);
}

} // namespace seismic
