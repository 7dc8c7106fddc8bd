// Calldata for functions whose signatures use Seismic shielded types: the
// selector hashes the signature as written (suint256...), the arguments are
// encoded with the public analogue (spec 7.1).
import { encodeAbiParameters, keccak256, toBytes } from 'viem';

/** Maps suintN/sintN/sbool/saddress/sbytesN (and arrays of them) to their public types. */
export function remapShieldedType(type) {
  return type.replace(/^s(uint\d*|int\d*|bool|address|bytes\d*)/, '$1');
}

export function selector(signature) {
  return keccak256(toBytes(signature)).slice(0, 10);
}

/** encodeCall('transfer(address,suint256)', [to, 5n]) -> 0x calldata. No tuple types. */
export function encodeCall(signature, args = []) {
  const inner = signature.slice(signature.indexOf('(') + 1, -1);
  const types = inner === '' ? [] : inner.split(',').map((t) => ({ type: remapShieldedType(t.trim()) }));
  if (types.length !== args.length) throw new Error(`${signature}: expected ${types.length} arguments`);
  return `${selector(signature)}${encodeAbiParameters(types, args).slice(2)}`;
}
