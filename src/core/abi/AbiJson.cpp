// SPDX-License-Identifier: MIT
#include "core/abi/AbiJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace seismic {
namespace {

Error entryError(const std::string& where, const std::string& reason)
{
    return makeError(ErrorKind::Decode, "ABI " + where + ": " + reason);
}

std::string text(const QJsonValue& value)
{
    return value.toString().toStdString();
}

Result<std::vector<AbiParam>> parseParams(const QJsonObject& entry, const char* key,
                                          const std::string& where)
{
    const QJsonValue list = entry.value(QLatin1String(key));
    std::vector<AbiParam> params;
    if (list.isUndefined() || list.isNull())
        return params;
    if (!list.isArray())
        return entryError(where, std::string("'") + key + "' must be an array");
    const QJsonArray array = list.toArray();
    params.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const std::string paramWhere = where + ", " + key + "[" + std::to_string(i) + "]";
        if (!array.at(i).isObject())
            return entryError(paramWhere, "parameter must be an object");
        auto param = parseAbiParamJson(array.at(i).toObject());
        if (!param) {
            Error error = std::move(param).error();
            error.message = "ABI " + paramWhere + ": " + error.message;
            return error;
        }
        params.push_back(std::move(*param));
    }
    return params;
}

Result<StateMutability> parseMutability(const QJsonObject& entry, const std::string& where)
{
    const QJsonValue value = entry.value(QLatin1String("stateMutability"));
    if (value.isString()) {
        const std::string name = text(value);
        for (auto mutability : {StateMutability::Pure, StateMutability::View,
                                StateMutability::NonPayable, StateMutability::Payable})
            if (stateMutabilityName(mutability) == name)
                return mutability;
        return entryError(where, "unknown stateMutability '" + name + "'");
    }
    if (!value.isUndefined())
        return entryError(where, "stateMutability must be a string");
    if (entry.value(QLatin1String("constant")).toBool())
        return StateMutability::View;
    if (entry.value(QLatin1String("payable")).toBool())
        return StateMutability::Payable;
    return StateMutability::NonPayable;
}

Status addEntry(ContractAbi& abi, const QJsonObject& entry, qsizetype index)
{
    const std::string kind = entry.contains(QLatin1String("type"))
                                 ? text(entry.value(QLatin1String("type")))
                                 : std::string("function");
    const std::string name = text(entry.value(QLatin1String("name")));
    // The name is untrusted text: messages quote it only once it is known to be an identifier.
    const bool validName = isSolidityIdentifier(name);
    const std::string where =
        "entry " + std::to_string(index) + (validName ? " '" + name + "'" : "");

    if (kind == "fallback") {
        abi.setFallback(true);
        return {};
    }
    if (kind == "receive") {
        abi.setReceive(true);
        return {};
    }
    auto inputs = parseParams(entry, "inputs", where);
    if (!inputs)
        return std::move(inputs).error();
    if (kind == "constructor") {
        auto mutability = parseMutability(entry, where);
        if (!mutability)
            return std::move(mutability).error();
        abi.setConstructor(AbiFunction("constructor", std::move(*inputs), {}, *mutability));
        return {};
    }
    if (kind != "function" && kind != "event" && kind != "error")
        return entryError(where, "unknown entry type '" + kind + "'");
    if (name.empty())
        return entryError(where, kind + " has no name");
    if (!validName)
        return entryError(where, kind + " name is not a Solidity identifier");

    if (kind == "event") {
        const bool anonymous = entry.value(QLatin1String("anonymous")).toBool();
        AbiEvent event(name, std::move(*inputs), anonymous);
        const std::size_t maxIndexed = anonymous ? 4 : 3;
        if (event.indexedCount() > maxIndexed)
            return entryError(where, "event has " + std::to_string(event.indexedCount()) +
                                         " indexed parameters, at most " +
                                         std::to_string(maxIndexed));
        abi.add(std::move(event));
    } else if (kind == "error") {
        abi.add(AbiError(name, std::move(*inputs)));
    } else {
        auto outputs = parseParams(entry, "outputs", where);
        if (!outputs)
            return std::move(outputs).error();
        auto mutability = parseMutability(entry, where);
        if (!mutability)
            return std::move(mutability).error();
        abi.add(AbiFunction(name, std::move(*inputs), std::move(*outputs), *mutability));
    }
    return {};
}

} // namespace

Result<AbiParam> parseAbiParamJson(const QJsonObject& param)
{
    const QJsonValue type = param.value(QLatin1String("type"));
    if (!type.isString())
        return makeError(ErrorKind::Decode, "parameter has no \"type\" string");
    AbiParam out;
    out.name = text(param.value(QLatin1String("name")));
    out.internalType = text(param.value(QLatin1String("internalType")));
    out.indexed = param.value(QLatin1String("indexed")).toBool();

    std::vector<AbiParam> components;
    const QJsonValue list = param.value(QLatin1String("components"));
    if (!list.isUndefined() && !list.isNull()) {
        if (!list.isArray())
            return makeError(ErrorKind::Decode, "\"components\" must be an array");
        for (const QJsonValue& component : list.toArray()) {
            if (!component.isObject())
                return makeError(ErrorKind::Decode, "a tuple component must be an object");
            auto parsed = parseAbiParamJson(component.toObject());
            if (!parsed) {
                Error error = std::move(parsed).error();
                error.message = "component '" +
                                text(component.toObject().value(QLatin1String("name"))) +
                                "': " + error.message;
                return error;
            }
            components.push_back(std::move(*parsed));
        }
    }
    auto parsedType = AbiType::fromJson(text(type), std::move(components));
    if (!parsedType)
        return std::move(parsedType).error();
    out.type = std::move(*parsedType);
    return out;
}

Result<ContractAbi> parseAbiJson(const QJsonArray& entries)
{
    ContractAbi abi;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return entryError("entry " + std::to_string(i), "must be an object");
        if (auto added = addEntry(abi, entries.at(i).toObject(), i); !added)
            return std::move(added).error();
    }
    return abi;
}

Result<ContractAbi> parseAbiJson(std::string_view json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray(json.data(), static_cast<qsizetype>(json.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::Decode,
                         "invalid ABI JSON: " + parseError.errorString().toStdString() +
                             " at offset " + std::to_string(parseError.offset));
    if (document.isArray())
        return parseAbiJson(document.array());
    const QJsonValue abi = document.object().value(QLatin1String("abi"));
    if (document.isObject() && abi.isArray())
        return parseAbiJson(abi.toArray());
    return makeError(ErrorKind::Decode,
                     "ABI JSON must be an array of entries or an artifact object with an "
                     "\"abi\" array");
}

} // namespace seismic
