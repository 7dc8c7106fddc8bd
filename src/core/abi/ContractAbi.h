// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiError.h"
#include "core/abi/AbiEvent.h"
#include "core/abi/AbiFunction.h"

#include <optional>

namespace seismic {

// A contract's interface: functions, events and errors, looked up by name or full signature.
// Load one from JSON with parseAbiJson (AbiJson.h).
class ContractAbi
{
public:
    // Entries with a signature already present are dropped (a JSON ABI may list an error once
    // per contract that uses it).
    void add(AbiFunction function);
    void add(AbiEvent event);
    void add(AbiError error);
    void setConstructor(AbiFunction constructor) { m_constructor = std::move(constructor); }
    void setFallback(bool present) { m_fallback = present; }
    void setReceive(bool present) { m_receive = present; }

    const std::vector<AbiFunction>& functions() const { return m_functions; }
    const std::vector<AbiEvent>& events() const { return m_events; }
    const std::vector<AbiError>& errors() const { return m_errors; }
    // Constructor inputs (name "constructor"; its selector means nothing).
    const std::optional<AbiFunction>& constructor() const { return m_constructor; }
    bool hasFallback() const { return m_fallback; }
    bool hasReceive() const { return m_receive; }

    // By name ("transfer") or full signature ("transfer(address,suint256)"; spacing and
    // aliases such as uint are normalised). NotFound "function 'x' not found in ABI";
    // InvalidArgument "function 'x' is ambiguous, use the full signature: ..." when a name has
    // several overloads.
    Result<const AbiFunction*> function(std::string_view nameOrSignature) const;
    Result<const AbiEvent*> event(std::string_view nameOrSignature) const;
    Result<const AbiError*> error(std::string_view nameOrSignature) const;

    const AbiFunction* functionBySelector(const Selector& selector) const;

private:
    std::vector<AbiFunction> m_functions;
    std::vector<AbiEvent> m_events;
    std::vector<AbiError> m_errors;
    std::optional<AbiFunction> m_constructor;
    bool m_fallback = false;
    bool m_receive = false;
};

} // namespace seismic
