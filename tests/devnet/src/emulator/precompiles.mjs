// Top-level eth_call / eth_estimateGas to the Seismic precompiles 0x64-0x69
// (spec 9.3), answered by the emulator because anvil has none of them.
// Calls made from inside contracts cannot be emulated (documented gap).
import { gcm } from '@noble/ciphers/aes.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bytesToHex, concatBytes, hexToBytesStrict } from '../seismic/bytes.mjs';
import { ecdhSharedSecret, HKDF_PRECOMPILE_INFO, hkdfSha256, randomBytes, REQUEST_KEY_INFO } from '../seismic/crypto.mjs';
import { Errors, RpcError } from './errors.mjs';

const words = (len, size = 32) => BigInt(Math.ceil(len / size));

const PRECOMPILES = {
  '0x0000000000000000000000000000000000000064': {
    name: 'RNG',
    run(input) {
      if (input.length < 4) throw new Error('input too short');
      const n = input.readUInt32BE(0);
      if (n < 1 || n > 32) throw new Error('num_bytes must be 1-32');
      return randomBytes(n);
    },
    gas: (input) => 3500n + words(Math.max(0, input.length - 4)) * 5n + words(input.length >= 4 ? input.readUInt32BE(0) : 0) * 5n,
  },
  '0x0000000000000000000000000000000000000065': {
    name: 'ECDH',
    run(input) {
      if (input.length !== 65) throw new Error('expected sk(32) || pk(33)');
      return hkdfSha256(ecdhSharedSecret(input.subarray(0, 32), input.subarray(32)), REQUEST_KEY_INFO);
    },
    gas: () => 3120n,
  },
  '0x0000000000000000000000000000000000000066': {
    name: 'AES-GCM encrypt',
    run(input) {
      if (input.length < 44) throw new Error('expected key(32) || nonce(12) || plaintext');
      return gcm(input.subarray(0, 32), input.subarray(32, 44)).encrypt(input.subarray(44));
    },
    gas: (input) => 1000n + words(Math.max(0, input.length - 44), 16) * 30n,
  },
  '0x0000000000000000000000000000000000000067': {
    name: 'AES-GCM decrypt',
    run(input) {
      if (input.length < 60) throw new Error('expected key(32) || nonce(12) || ciphertext+tag');
      return gcm(input.subarray(0, 32), input.subarray(32, 44)).decrypt(input.subarray(44));
    },
    gas: (input) => 1000n + words(Math.max(0, input.length - 44), 16) * 30n,
  },
  '0x0000000000000000000000000000000000000068': {
    name: 'HKDF',
    run: (input) => hkdfSha256(input, HKDF_PRECOMPILE_INFO),
    gas: (input) => 2n * (3000n + words(input.length) * 12n) + 120n,
  },
  '0x0000000000000000000000000000000000000069': {
    name: 'secp256k1 sign',
    run(input) {
      if (input.length !== 64) throw new Error('expected sk(32) || hash(32)');
      const sig = secp256k1.Signature.fromBytes(
        secp256k1.sign(input.subarray(32), input.subarray(0, 32), { prehash: false, format: 'recovered' }),
        'recovered',
      );
      // r || s || v with v = 27 + recovery, the Ethereum convention.
      return concatBytes(sig.toBytes('compact'), Uint8Array.of(27 + sig.recovery));
    },
    gas: () => 3000n,
  },
};

export function isPrecompileCall(request) {
  return request && typeof request.to === 'string' && Object.hasOwn(PRECOMPILES, request.to.toLowerCase());
}

function inputOf(request) {
  try {
    return hexToBytesStrict(request.input ?? request.data ?? '0x');
  } catch {
    throw Errors.invalidParams('invalid call data');
  }
}

export function callPrecompile(request) {
  const p = PRECOMPILES[request.to.toLowerCase()];
  try {
    return bytesToHex(p.run(inputOf(request)));
  } catch (e) {
    if (e instanceof RpcError) throw e;
    throw new RpcError(-32000, `precompile ${p.name} failed: ${e.message}`);
  }
}

/** Whole-transaction estimate: 21000 + calldata + the precompile's own gas. */
export function estimatePrecompile(request) {
  const p = PRECOMPILES[request.to.toLowerCase()];
  const input = inputOf(request);
  let gas = 21000n + p.gas(input);
  for (const b of input) gas += b === 0 ? 4n : 16n;
  return `0x${gas.toString(16)}`;
}
