// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

namespace seismic {

enum class StateMutability : std::uint8_t
{
    Pure,
    View,
    NonPayable,
    Payable,
};

// "pure", "view", "nonpayable", "payable".
std::string_view stateMutabilityName(StateMutability mutability);

// A contract function (or constructor): its signature and selector, calldata encoding and
// return-data decoding. The selector hashes the types as written, shielded names included:
// setNumber(suint256) -> 24a7f0b7, while the arguments encode as the base types (spec 7.1).
class AbiFunction
{
public:
    AbiFunction(std::string name, std::vector<AbiParam> inputs, std::vector<AbiParam> outputs = {},
                StateMutability mutability = StateMutability::NonPayable);

    // Human-readable form: "setNumber(suint256)", "transfer(address to, suint256 amount)",
    // optionally followed by modifiers and outputs:
    // "balanceOf(address) view returns (uint256)". Recognised modifiers: pure, view, payable,
    // nonpayable (external/public are accepted and ignored).
    static Result<AbiFunction> parse(std::string_view signature);

    const std::string& name() const { return m_name; }
    const std::vector<AbiParam>& inputs() const { return m_inputs; }
    const std::vector<AbiParam>& outputs() const { return m_outputs; }
    StateMutability stateMutability() const { return m_mutability; }
    // pure or view: callable with eth_call, never needs a transaction.
    bool isReadOnly() const;

    // "transfer(address,suint256)".
    const std::string& signature() const { return m_signature; }
    const Selector& selector() const { return m_selector; }
    // Whether any INPUT is (or contains) a shielded type; outputs do not count (spec 7.1).
    bool hasShieldedInputs() const { return m_shieldedInputs; }

    // selector || ABI encoding of the arguments. InvalidArgument naming the function and the
    // offending parameter when an argument does not fit its type or the count is wrong.
    Result<Bytes> encodeCall(const std::vector<AbiValue>& args) const;
    // Arguments back from calldata; Decode error if the selector is not this function's.
    Result<std::vector<AbiValue>> decodeCall(ByteView calldata) const;
    // Return data, Python-SDK compatible (AbiDecoder::decodeOutputs): no outputs -> nothing,
    // empty data -> zero values, else strict decoding.
    Result<std::vector<AbiValue>> decodeOutputs(ByteView returnData) const;

private:
    std::string m_name;
    std::vector<AbiParam> m_inputs;
    std::vector<AbiParam> m_outputs;
    StateMutability m_mutability;
    std::string m_signature;
    Selector m_selector;
    bool m_shieldedInputs;
};

} // namespace seismic
