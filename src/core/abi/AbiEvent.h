// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/AbiValue.h"

#include <span>

namespace seismic {

// One event argument read from a log.
struct DecodedLogArg
{
    std::string name;
    // The value; for an indexed argument that is not a one-word type (string, bytes, arrays,
    // tuples) the log holds only a hash, and `value` is those 32 bytes with `hashed` set.
    AbiValue value;
    bool indexed = false;
    bool hashed = false;
};

struct DecodedLog
{
    std::string event;               // the event's name
    std::vector<DecodedLogArg> args; // in declaration order
    // The argument called `name`, or nullptr.
    const DecodedLogArg* find(std::string_view name) const;
};

// A log as an event's arguments produce it: topics (topic0 first unless anonymous) and data.
struct EncodedLog
{
    std::vector<Hash> topics;
    Bytes data;
};

// A contract event: topic0 = keccak256(signature) (absent for anonymous events), indexed
// arguments in the following topics, the rest ABI-encoded in the data.
class AbiEvent
{
public:
    AbiEvent(std::string name, std::vector<AbiParam> inputs, bool anonymous = false);

    // "Transfer(address indexed from, address indexed to, uint256 value)", optionally followed
    // by "anonymous". At most 3 indexed inputs (4 for an anonymous event).
    static Result<AbiEvent> parse(std::string_view signature);

    const std::string& name() const { return m_name; }
    const std::vector<AbiParam>& inputs() const { return m_inputs; }
    bool isAnonymous() const { return m_anonymous; }
    // "Transfer(address,address,bytes32,bytes)".
    const std::string& signature() const { return m_signature; }
    const Hash& topic0() const { return m_topic0; }
    std::size_t indexedCount() const { return m_inputs.size() - m_dataInputs.size(); }

    // Decode error when the topic count or topic0 does not match this event or the data is
    // malformed; the message names the event.
    Result<DecodedLog> decodeLog(std::span<const Hash> topics, ByteView data) const;
    // The log these argument values produce (tests, mocks, emulators).
    Result<EncodedLog> encodeLog(const std::vector<AbiValue>& values) const;

    // The topic of an indexed value: the 32-byte word for a one-word type, else keccak256 of
    // Solidity's in-place encoding (string/bytes raw; arrays and tuples as their items, each
    // padded to 32 bytes, no lengths or offsets). Also what eth_getLogs filters match on.
    static Result<Hash> indexedTopic(const AbiType& type, const AbiValue& value);

private:
    std::string m_name;
    std::vector<AbiParam> m_inputs;
    std::vector<AbiParam> m_dataInputs; // the non-indexed inputs, in order
    bool m_anonymous;
    std::string m_signature;
    Hash m_topic0;
};

} // namespace seismic
