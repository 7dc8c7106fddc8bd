// SPDX-License-Identifier: MIT
#pragma once

#include "core/FixedBytes.h"

#include <QJsonObject>

namespace seismic {

struct TxSeismic;

// EIP-712 for TxSeismic, messageVersion 2 (spec 5): domain "Seismic Transaction", version "2".
Hash eip712DomainTypeHash();
Hash txSeismicTypeHash();
Hash eip712DomainSeparator(std::uint64_t chainId);
Hash txSeismicStructHash(const TxSeismic& tx);
// keccak256(0x19 0x01 || domainSeparator || structHash).
Hash eip712SigningHash(const TxSeismic& tx);

// The typed-data document (types, primaryType, domain, message) a wallet or the node's
// {data, signature} ingress takes (spec 5.4).
QJsonObject txSeismicTypedData(const TxSeismic& tx);

} // namespace seismic
