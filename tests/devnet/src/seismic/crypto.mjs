// Seismic cryptography (spec section 2 and 8.5) with independent JS
// libraries (@noble/*): ECDH -> SHA-256 of the compressed point -> HKDF-SHA256
// with direction labels -> AES-256-GCM.
import { gcm } from '@noble/ciphers/aes.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { bigIntToFixedBytes, bytesToBigInt, concatBytes, utf8 } from './bytes.mjs';

export const REQUEST_KEY_INFO = utf8('aes-gcm key');
export const RESPONSE_KEY_INFO = utf8('seismic/response/aes-256-gcm/v1');
export const HKDF_PRECOMPILE_INFO = utf8('seismic_hkdf_105');
const EMPTY = new Uint8Array(0);

export const keccak256 = (bytes) => keccak_256(bytes);
export { sha256, hmac, randomBytes };

export function compressedPublicKey(secretKey) {
  return secp256k1.getPublicKey(secretKey, true);
}

/** True if `bytes` is a 33-byte SEC1 compressed point on secp256k1. */
export function isCompressedPoint(bytes) {
  if (bytes.length !== 33 || (bytes[0] !== 2 && bytes[0] !== 3)) return false;
  try {
    secp256k1.Point.fromBytes(bytes).assertValidity();
    return true;
  } catch {
    return false;
  }
}

/** shared = SHA-256(compressed(sk * pub)) — identical to libsecp256k1's default ECDH hash. */
export function ecdhSharedSecret(secretKey, publicKey) {
  return sha256(secp256k1.getSharedSecret(secretKey, publicKey, true));
}

export function hkdfSha256(ikm, info) {
  return hkdf(sha256, ikm, undefined, info, 32);
}

/** Both directional AES keys for one (secret, peer public key) pair. */
export function deriveDirectionalKeys(secretKey, peerPublicKey) {
  const shared = ecdhSharedSecret(secretKey, peerPublicKey);
  return {
    shared,
    requestKey: hkdfSha256(shared, REQUEST_KEY_INFO),
    responseKey: hkdfSha256(shared, RESPONSE_KEY_INFO),
  };
}

/** AES-256-GCM, ciphertext||tag. Empty plaintext -> empty output (spec 2.4). */
export function aesGcmEncrypt(key, nonce, plaintext, aad) {
  if (plaintext.length === 0) return EMPTY;
  return gcm(key, nonce, aad && aad.length ? aad : undefined).encrypt(plaintext);
}

/** Inverse of aesGcmEncrypt; throws on tag mismatch. Empty ciphertext -> empty plaintext. */
export function aesGcmDecrypt(key, nonce, ciphertext, aad) {
  if (ciphertext.length === 0) return EMPTY;
  return gcm(key, nonce, aad && aad.length ? aad : undefined).decrypt(ciphertext);
}

/** 12 random bytes with a non-zero first byte (spec 2.5). */
export function randomEncryptionNonce() {
  for (;;) {
    const n = randomBytes(12);
    if (n[0] !== 0) return n;
  }
}

/** SRC20 event payload (spec 8.3): AES-GCM(key, nonce, uint256 amount, no AAD) || nonce. */
export function encryptSrc20Amount(key, amount, nonce) {
  const ct = gcm(key, nonce).encrypt(bigIntToFixedBytes(BigInt(amount), 32));
  return concatBytes(ct, nonce);
}

/** Inverse of encryptSrc20Amount (spec 8.5). */
export function decryptSrc20Amount(key, payload) {
  if (payload.length <= 12) throw new Error('Encrypted data is empty or too short');
  const nonce = payload.subarray(payload.length - 12);
  return bytesToBigInt(gcm(key, nonce).decrypt(payload.subarray(0, payload.length - 12)));
}

/** Sign a 32-byte digest: low-s, RFC 6979. Returns { r, s, yParity } (bigints / 0|1). */
export function signDigest(digest, secretKey) {
  const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, secretKey, { prehash: false, format: 'recovered' }), 'recovered');
  return { r: sig.r, s: sig.s, yParity: sig.recovery };
}

export const SECP256K1_N = secp256k1.Point.Fn.ORDER;
const HALF_N = SECP256K1_N >> 1n;

/**
 * Recovers the 20-byte Ethereum address of a (digest, r, s, yParity) signature.
 * Rejects r/s out of range and high-s (EIP-2). Throws on failure.
 */
export function recoverAddress(digest, r, s, yParity) {
  if (r <= 0n || r >= SECP256K1_N || s <= 0n || s >= SECP256K1_N) throw new Error('signature out of range');
  if (s > HALF_N) throw new Error('high-s signature');
  if (yParity !== 0 && yParity !== 1) throw new Error('invalid yParity');
  const point = new secp256k1.Signature(r, s, yParity).recoverPublicKey(digest);
  return addressFromPublicKey(point.toBytes(false));
}

export function addressFromPublicKey(uncompressed65) {
  return keccak_256(uncompressed65.subarray(1)).subarray(12);
}

export function addressFromSecretKey(secretKey) {
  return addressFromPublicKey(secp256k1.getPublicKey(secretKey, false));
}
