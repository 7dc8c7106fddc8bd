// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

namespace seismic {

// A Solidity custom error (`error InsufficientBalance(uint256 available, uint256 required)`):
// revert data is selector || ABI encoding of the arguments, like a call.
class AbiError
{
public:
    AbiError(std::string name, std::vector<AbiParam> inputs);

    // "InsufficientBalance(uint256 available, uint256 required)".
    static Result<AbiError> parse(std::string_view signature);

    const std::string& name() const { return m_name; }
    const std::vector<AbiParam>& inputs() const { return m_inputs; }
    const std::string& signature() const { return m_signature; }
    const Selector& selector() const { return m_selector; }

    // Revert data for these arguments.
    Result<Bytes> encode(const std::vector<AbiValue>& args) const;
    // Arguments from revert data; Decode error if it does not start with this error's selector.
    Result<std::vector<AbiValue>> decode(ByteView revertData) const;

private:
    std::string m_name;
    std::vector<AbiParam> m_inputs;
    std::string m_signature;
    Selector m_selector;
};

} // namespace seismic
