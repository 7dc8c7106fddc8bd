// SPDX-License-Identifier: MIT
#include "core/abi/AbiEvent.h"

#include "core/Keccak.h"
#include "core/abi/AbiDecoder.h"
#include "core/abi/AbiEncoder.h"

namespace seismic {
namespace {

using Kind = AbiType::Kind;

void appendIndexed(Bytes& out, const AbiType& type, const AbiValue& value, bool nested)
{
    switch (type.kind()) {
    case Kind::Bytes:
    case Kind::String: {
        const ByteView raw =
            type.kind() == Kind::Bytes ? ByteView(value.asBytes()) : asBytes(value.asString());
        append(out, raw);
        if (nested)
            out.resize(out.size() + (32 - raw.size() % 32) % 32);
        return;
    }
    case Kind::FixedArray:
    case Kind::Array:
        for (const AbiValue& item : value.items())
            appendIndexed(out, type.element(), item, true);
        return;
    case Kind::Tuple:
        for (std::size_t i = 0; i < value.items().size(); ++i)
            appendIndexed(out, type.components()[i].type, value.items()[i], true);
        return;
    default:
        append(out, *AbiEncoder::encodeSingle(type, value));
        return;
    }
}

} // namespace

const DecodedLogArg* DecodedLog::find(std::string_view name) const
{
    for (const DecodedLogArg& arg : args)
        if (arg.name == name)
            return &arg;
    return nullptr;
}

AbiEvent::AbiEvent(std::string name, std::vector<AbiParam> inputs, bool anonymous)
    : m_name(std::move(name))
    , m_inputs(std::move(inputs))
    , m_anonymous(anonymous)
    , m_signature(abiSignature(m_name, m_inputs))
    , m_topic0(keccak256(asBytes(m_signature)))
{
    for (const AbiParam& input : m_inputs)
        if (!input.indexed)
            m_dataInputs.push_back(input);
}

Result<AbiEvent> AbiEvent::parse(std::string_view signature)
{
    auto parts = splitAbiSignature(signature);
    if (!parts)
        return std::move(parts).error();
    if (!parts->rest.empty() && parts->rest != "anonymous")
        return makeError(ErrorKind::InvalidArgument, "event signature '" + std::string(signature) +
                                                         "': unexpected '" +
                                                         std::string(parts->rest) + "'");
    auto inputs = parseAbiParamList(parts->params, true);
    if (!inputs)
        return std::move(inputs).error();
    AbiEvent event(std::string(parts->name), std::move(*inputs), !parts->rest.empty());
    const std::size_t maxIndexed = event.isAnonymous() ? 4 : 3;
    if (event.indexedCount() > maxIndexed)
        return makeError(ErrorKind::InvalidArgument, "event " + event.signature() + " has " +
                                                         std::to_string(event.indexedCount()) +
                                                         " indexed parameters, at most " +
                                                         std::to_string(maxIndexed));
    return event;
}

Result<DecodedLog> AbiEvent::decodeLog(std::span<const Hash> topics, ByteView data) const
{
    const std::size_t first = m_anonymous ? 0 : 1;
    if (topics.size() != first + indexedCount())
        return makeError(ErrorKind::Decode, "event " + m_signature + " expects " +
                                                std::to_string(first + indexedCount()) +
                                                " topics, the log has " +
                                                std::to_string(topics.size()));
    if (!m_anonymous && topics[0] != m_topic0)
        return makeError(ErrorKind::Decode, "log topic0 " + topics[0].hex() +
                                                " is not the topic of event " + m_signature);
    auto values = AbiDecoder::decode(m_dataInputs, data);
    if (!values)
        return makeError(ErrorKind::Decode,
                         "event " + m_signature + ": " + std::move(values).error().message);

    DecodedLog log{m_name, {}};
    log.args.reserve(m_inputs.size());
    std::size_t topic = first;
    std::size_t dataIndex = 0;
    for (const AbiParam& input : m_inputs) {
        if (!input.indexed) {
            log.args.push_back({input.name, std::move((*values)[dataIndex++]), false, false});
            continue;
        }
        const Hash& word = topics[topic++];
        if (!input.type.isWord()) {
            log.args.push_back({input.name, AbiValue::fromBytes(word.view()), true, true});
            continue;
        }
        auto value = AbiDecoder::decodeWord(input.type, word.view());
        if (!value)
            return makeError(ErrorKind::Decode, "event " + m_signature + ": topic for '" +
                                                    input.name +
                                                    "': " + std::move(value).error().message);
        log.args.push_back({input.name, std::move(*value), true, false});
    }
    return log;
}

Result<EncodedLog> AbiEvent::encodeLog(const std::vector<AbiValue>& values) const
{
    if (values.size() != m_inputs.size())
        return makeError(ErrorKind::InvalidArgument,
                         "event " + m_signature + " takes " + std::to_string(m_inputs.size()) +
                             " values, got " + std::to_string(values.size()));
    EncodedLog log;
    if (!m_anonymous)
        log.topics.push_back(m_topic0);
    std::vector<AbiValue> dataValues;
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        if (!m_inputs[i].indexed) {
            dataValues.push_back(values[i]);
            continue;
        }
        auto checked = values[i].check(m_inputs[i].type, m_inputs[i].name);
        if (!checked)
            return std::move(checked).error();
        log.topics.push_back(*indexedTopic(m_inputs[i].type, values[i]));
    }
    auto data = AbiEncoder::encode(m_dataInputs, dataValues);
    if (!data)
        return std::move(data).error();
    log.data = std::move(*data);
    return log;
}

Result<Hash> AbiEvent::indexedTopic(const AbiType& type, const AbiValue& value)
{
    if (auto checked = value.check(type, "indexed value"); !checked)
        return std::move(checked).error();
    Bytes encoding;
    appendIndexed(encoding, type, value, false);
    if (type.isWord())
        return *Hash::fromView(encoding);
    return keccak256(encoding);
}

} // namespace seismic
