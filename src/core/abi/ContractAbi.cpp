// SPDX-License-Identifier: MIT
#include "core/abi/ContractAbi.h"

#include <algorithm>

namespace seismic {
namespace {

template<typename Entry>
void addUnique(std::vector<Entry>& entries, Entry entry)
{
    const bool present = std::any_of(entries.begin(), entries.end(), [&](const Entry& e) {
        return e.signature() == entry.signature();
    });
    if (!present)
        entries.push_back(std::move(entry));
}

template<typename Entry>
Result<const Entry*> lookup(const std::vector<Entry>& entries, std::string_view query,
                            std::string_view what)
{
    const auto notFound = [&] {
        return makeError(ErrorKind::NotFound,
                         std::string(what) + " '" + std::string(query) + "' not found in ABI");
    };
    if (query.find('(') != std::string_view::npos) {
        auto parts = splitAbiSignature(query);
        if (!parts)
            return std::move(parts).error();
        auto params = parseAbiParamList(parts->params, true);
        if (!params)
            return std::move(params).error();
        const std::string signature = abiSignature(parts->name, *params);
        for (const Entry& entry : entries)
            if (entry.signature() == signature)
                return &entry;
        return notFound();
    }
    const Entry* match = nullptr;
    std::size_t count = 0;
    std::string overloads;
    for (const Entry& entry : entries) {
        if (entry.name() != query)
            continue;
        overloads += (count++ == 0 ? "" : ", ") + entry.signature();
        match = match == nullptr ? &entry : match;
    }
    if (match == nullptr)
        return notFound();
    if (count > 1)
        return makeError(ErrorKind::InvalidArgument,
                         std::string(what) + " '" + std::string(query) +
                             "' is ambiguous, use the full signature: " + overloads);
    return match;
}

} // namespace

void ContractAbi::add(AbiFunction function)
{
    addUnique(m_functions, std::move(function));
}

void ContractAbi::add(AbiEvent event)
{
    addUnique(m_events, std::move(event));
}

void ContractAbi::add(AbiError error)
{
    addUnique(m_errors, std::move(error));
}

Result<const AbiFunction*> ContractAbi::function(std::string_view nameOrSignature) const
{
    return lookup(m_functions, nameOrSignature, "function");
}

Result<const AbiEvent*> ContractAbi::event(std::string_view nameOrSignature) const
{
    return lookup(m_events, nameOrSignature, "event");
}

Result<const AbiError*> ContractAbi::error(std::string_view nameOrSignature) const
{
    return lookup(m_errors, nameOrSignature, "error");
}

const AbiFunction* ContractAbi::functionBySelector(const Selector& selector) const
{
    for (const AbiFunction& function : m_functions)
        if (function.selector() == selector)
            return &function;
    return nullptr;
}

} // namespace seismic
