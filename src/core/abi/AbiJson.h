// SPDX-License-Identifier: MIT
#pragma once

#include "core/abi/ContractAbi.h"

class QJsonArray;
class QJsonObject;

namespace seismic {

// A JSON ABI as solc, Foundry and Hardhat write it: an array of entries of type function
// (the default), event, error, constructor, fallback or receive; or an artifact object whose
// "abi" member is that array. Parameters carry name, type, components (tuples), internalType
// and, for events, indexed. Legacy "constant"/"payable" flags stand in for a missing
// stateMutability. Malformed JSON or entries are Decode errors naming the entry; an invalid
// parameter type keeps the type parser's error (InvalidArgument, or Unsupported for
// fixed-point and function types) with the entry and parameter prepended.
Result<ContractAbi> parseAbiJson(std::string_view json);
Result<ContractAbi> parseAbiJson(const QJsonArray& entries);

// One parameter object ({"name","type","components","internalType","indexed"}).
Result<AbiParam> parseAbiParamJson(const QJsonObject& param);

} // namespace seismic
