// TxSeismic (type 0x4a) codec: RLP layout (spec 3), signing hashes (raw and
// EIP-712, spec 3.2 / 5), AAD metadata (spec 4) and the typed-data object form
// (spec 5.4). Shared by the emulator (decode side) and the JS client (encode
// side); the known-answer vectors of spec 11 pin both directions.
//
// In-memory transaction shape (all integers are bigint):
//   { chainId, nonce, gasPrice, gas, to: Uint8Array(20)|null, value,
//     encryptionPubkey: Uint8Array(33), encryptionNonce: bigint (u96),
//     messageVersion: number, recentBlockHash: Uint8Array(32), expiresAtBlock,
//     signedRead: boolean, input: Uint8Array (ciphertext), authorizationList: [] ,
//     signature?: { yParity: 0|1, r, s } }
import { fromRlp, toRlp } from 'viem';
import {
  bigIntToFixedBytes,
  bigIntToMinimalBytes,
  bytesToBigInt,
  bytesToHex,
  concatBytes,
  equalBytes,
  hexToBytesStrict,
  parseInteger,
  utf8,
} from './bytes.mjs';
import { isCompressedPoint, keccak256, recoverAddress } from './crypto.mjs';

export const SEISMIC_TX_TYPE = 0x4a;
export const TYPED_DATA_MESSAGE_VERSION = 2;
const TYPE_PREFIX = Uint8Array.of(SEISMIC_TX_TYPE);
const ZERO32 = new Uint8Array(32);
const ZERO_ADDRESS = new Uint8Array(20);
const U64 = (1n << 64n) - 1n;
const U96 = (1n << 96n) - 1n;
const U128 = (1n << 128n) - 1n;
const U256 = (1n << 256n) - 1n;

export class TxDecodeError extends Error {}

// ---------------------------------------------------------------- encoding

const int = (n) => bigIntToMinimalBytes(BigInt(n));
const bool = (b) => (b ? Uint8Array.of(1) : new Uint8Array(0));

function authorizationItems(list) {
  return list.map((a) => [int(a.chainId), a.address, int(a.nonce), int(a.yParity), int(a.r), int(a.s)]);
}

/** The 14 unsigned payload items of spec 3.1 (encryptionNonce as an RLP integer, as Rust does). */
export function unsignedItems(tx) {
  return [
    int(tx.chainId),
    int(tx.nonce),
    int(tx.gasPrice),
    int(tx.gas),
    tx.to ?? new Uint8Array(0),
    int(tx.value),
    tx.encryptionPubkey,
    int(tx.encryptionNonce),
    int(tx.messageVersion),
    tx.recentBlockHash,
    int(tx.expiresAtBlock),
    bool(tx.signedRead),
    tx.input,
    authorizationItems(tx.authorizationList ?? []),
  ];
}

/** 0x4a || RLP(17 items). */
export function serializeSignedTx(tx, signature = tx.signature) {
  const items = [...unsignedItems(tx), int(signature.yParity), int(signature.r), int(signature.s)];
  return concatBytes(TYPE_PREFIX, toRlp(items, 'bytes'));
}

/** messageVersion 0: keccak256(0x4a || RLP(14 unsigned items)). */
export function rawSigningHash(tx) {
  return keccak256(concatBytes(TYPE_PREFIX, toRlp(unsignedItems(tx), 'bytes')));
}

// ------------------------------------------------------------- EIP-712 (5)

export const EIP712_DOMAIN_TYPE = 'EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)';
export const TX_SEISMIC_TYPE =
  'TxSeismic(uint64 chainId,uint64 nonce,uint128 gasPrice,uint64 gasLimit,address to,bool isCreate,uint256 value,bytes input,bytes encryptionPubkey,uint96 encryptionNonce,uint8 messageVersion,bytes32 recentBlockHash,uint64 expiresAtBlock,bool signedRead,bytes32 authorizationListHash)';
const DOMAIN_TYPEHASH = keccak256(utf8(EIP712_DOMAIN_TYPE));
const TX_TYPEHASH = keccak256(utf8(TX_SEISMIC_TYPE));
const DOMAIN_NAME = 'Seismic Transaction';
const DOMAIN_VERSION = '2';

const word = (n) => bigIntToFixedBytes(BigInt(n), 32);
const addressWord = (a) => concatBytes(new Uint8Array(12), a ?? ZERO_ADDRESS);

export function domainSeparator(chainId) {
  return keccak256(
    concatBytes(DOMAIN_TYPEHASH, keccak256(utf8(DOMAIN_NAME)), keccak256(utf8(DOMAIN_VERSION)), word(chainId), ZERO32),
  );
}

export function authorizationListHash(list = []) {
  return keccak256(toRlp(authorizationItems(list), 'bytes'));
}

export function structHash(tx) {
  return keccak256(
    concatBytes(
      TX_TYPEHASH,
      word(tx.chainId),
      word(tx.nonce),
      word(tx.gasPrice),
      word(tx.gas),
      addressWord(tx.to),
      word(tx.to ? 0n : 1n),
      word(tx.value),
      keccak256(tx.input),
      keccak256(tx.encryptionPubkey),
      word(tx.encryptionNonce),
      word(tx.messageVersion),
      tx.recentBlockHash,
      word(tx.expiresAtBlock),
      word(tx.signedRead ? 1n : 0n),
      authorizationListHash(tx.authorizationList ?? []),
    ),
  );
}

export function eip712SigningHash(tx) {
  return keccak256(concatBytes(Uint8Array.of(0x19, 0x01), domainSeparator(tx.chainId), structHash(tx)));
}

/** The node picks the hash from messageVersion: EIP-712 when >= 2, else raw. */
export function signingHash(tx) {
  return tx.messageVersion >= TYPED_DATA_MESSAGE_VERSION ? eip712SigningHash(tx) : rawSigningHash(tx);
}

export function recoverSigner(tx) {
  const { r, s, yParity } = tx.signature;
  return recoverAddress(signingHash(tx), r, s, yParity);
}

// ------------------------------------------------------------ AAD (spec 4)

/** AAD = RLP([sender, chainId, nonce, to, value, pubkey, encNonce, mv, recentHash, expires, signedRead]). */
export function metadataAad(sender, tx) {
  return toRlp(
    [
      sender ?? new Uint8Array(0),
      int(tx.chainId),
      int(tx.nonce),
      tx.to ?? new Uint8Array(0),
      int(tx.value),
      tx.encryptionPubkey,
      int(tx.encryptionNonce),
      int(tx.messageVersion),
      tx.recentBlockHash,
      int(tx.expiresAtBlock),
      bool(tx.signedRead),
    ],
    'bytes',
  );
}

/** AES-GCM IV: the u96 nonce as 12 big-endian bytes. */
export function encryptionIv(tx) {
  return bigIntToFixedBytes(tx.encryptionNonce, 12);
}

// ---------------------------------------------------------------- decoding

function fail(msg) {
  throw new TxDecodeError(msg);
}

function asBytes(item, what) {
  if (!(item instanceof Uint8Array)) fail(`${what}: expected a string item`);
  return item;
}

/** Canonical RLP integer (no leading zero byte) of at most `max`. */
function asInt(item, max, what) {
  const b = asBytes(item, what);
  if (b.length > 0 && b[0] === 0) fail(`${what}: non-canonical integer`);
  const v = bytesToBigInt(b);
  if (v > max) fail(`${what}: out of range`);
  return v;
}

function asFixed(item, len, what) {
  const b = asBytes(item, what);
  if (b.length !== len) fail(`${what}: expected ${len} bytes`);
  return Uint8Array.from(b);
}

function asBool(item, what) {
  const v = asInt(item, 1n, what);
  return v === 1n;
}

function decodeAuthorizationList(item) {
  if (!Array.isArray(item)) fail('authorizationList: expected a list');
  return item.map((t, i) => {
    if (!Array.isArray(t) || t.length !== 6) fail(`authorization ${i}: expected 6 items`);
    return {
      chainId: asInt(t[0], U256, 'auth chainId'),
      address: asFixed(t[1], 20, 'auth address'),
      nonce: asInt(t[2], U64, 'auth nonce'),
      yParity: Number(asInt(t[3], 255n, 'auth yParity')),
      r: asInt(t[4], U256, 'auth r'),
      s: asInt(t[5], U256, 'auth s'),
    };
  });
}

/**
 * Strict decoder of a signed 0x4a envelope (spec 3.3, 10.3 step 3).
 * `permitSignedRead` distinguishes the eth_call decoder from the pool decoder.
 */
export function decodeSignedTx(bytes, { permitSignedRead = false } = {}) {
  if (bytes.length === 0 || bytes[0] !== SEISMIC_TX_TYPE) fail('not a seismic transaction');
  const body = bytes.subarray(1);
  let items;
  try {
    items = fromRlp(body, 'bytes');
  } catch (e) {
    fail(`rlp: ${e.shortMessage ?? e.message}`);
  }
  if (!Array.isArray(items) || items.length !== 17) fail('expected a list of 17 items');
  let to = asBytes(items[4], 'to');
  if (to.length === 0) to = null;
  else if (to.length !== 20) fail('to: expected 20 bytes');
  else to = Uint8Array.from(to);
  const encryptionPubkey = asFixed(items[6], 33, 'encryptionPubkey');
  if (!isCompressedPoint(encryptionPubkey)) fail('encryptionPubkey: not a compressed secp256k1 point');
  const yParity = asInt(items[14], 1n, 'yParity');
  const tx = {
    chainId: asInt(items[0], U64, 'chainId'),
    nonce: asInt(items[1], U64, 'nonce'),
    gasPrice: asInt(items[2], U128, 'gasPrice'),
    gas: asInt(items[3], U64, 'gas'),
    to,
    value: asInt(items[5], U256, 'value'),
    encryptionPubkey,
    encryptionNonce: asInt(items[7], U96, 'encryptionNonce'),
    messageVersion: Number(asInt(items[8], 255n, 'messageVersion')),
    recentBlockHash: asFixed(items[9], 32, 'recentBlockHash'),
    expiresAtBlock: asInt(items[10], U64, 'expiresAtBlock'),
    signedRead: asBool(items[11], 'signedRead'),
    input: Uint8Array.from(asBytes(items[12], 'input')),
    authorizationList: decodeAuthorizationList(items[13]),
    signature: { yParity: Number(yParity), r: asInt(items[15], U256, 'r'), s: asInt(items[16], U256, 's') },
  };
  // Belt and braces: the canonical re-encoding must reproduce the input exactly.
  if (!equalBytes(serializeSignedTx(tx), bytes)) fail('non-canonical encoding');
  if (tx.signedRead && !permitSignedRead) fail('signedRead transactions cannot be submitted');
  return tx;
}

// ------------------------------------------------- typed-data object form (5.4)

const TX_SEISMIC_FIELDS = TX_SEISMIC_TYPE.slice('TxSeismic('.length, -1)
  .split(',')
  .map((f) => {
    const [type, name] = f.split(' ');
    return { name, type };
  });

export function toTypedData(tx) {
  return {
    types: {
      EIP712Domain: [
        { name: 'name', type: 'string' },
        { name: 'version', type: 'string' },
        { name: 'chainId', type: 'uint256' },
        { name: 'verifyingContract', type: 'address' },
      ],
      TxSeismic: TX_SEISMIC_FIELDS,
    },
    primaryType: 'TxSeismic',
    domain: {
      name: DOMAIN_NAME,
      version: DOMAIN_VERSION,
      chainId: `0x${tx.chainId.toString(16)}`,
      verifyingContract: bytesToHex(ZERO_ADDRESS),
    },
    message: {
      chainId: `0x${tx.chainId.toString(16)}`,
      nonce: `0x${tx.nonce.toString(16)}`,
      gasPrice: `0x${tx.gasPrice.toString(16)}`,
      gasLimit: `0x${tx.gas.toString(16)}`,
      to: bytesToHex(tx.to ?? ZERO_ADDRESS),
      isCreate: tx.to === null,
      value: `0x${tx.value.toString(16)}`,
      input: bytesToHex(tx.input),
      encryptionPubkey: bytesToHex(tx.encryptionPubkey),
      encryptionNonce: `0x${tx.encryptionNonce.toString(16)}`,
      messageVersion: tx.messageVersion,
      recentBlockHash: bytesToHex(tx.recentBlockHash),
      expiresAtBlock: `0x${tx.expiresAtBlock.toString(16)}`,
      signedRead: tx.signedRead,
      authorizationListHash: bytesToHex(authorizationListHash(tx.authorizationList ?? [])),
    },
  };
}

function typedInt(v, max, what) {
  let n;
  try {
    n = parseInteger(v);
  } catch {
    fail(`${what}: invalid integer`);
  }
  if (n > max) fail(`${what}: out of range`);
  return n;
}

function typedBytes(v, what, len) {
  let b;
  try {
    b = hexToBytesStrict(v);
  } catch {
    fail(`${what}: invalid hex`);
  }
  if (len !== undefined && b.length !== len) fail(`${what}: expected ${len} bytes`);
  return Uint8Array.from(b);
}

function typedBool(v, what) {
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === '0x0' || v === '0' || v === 'false') return false;
  if (v === 1 || v === '0x1' || v === '1' || v === 'true') return true;
  return fail(`${what}: invalid bool`);
}

const EMPTY_AUTH_HASH = authorizationListHash([]);

/**
 * Rebuilds a signed TxSeismic from `{data: typedData, signature: {r, s, yParity|v}}`
 * (spec 10.3 step 1). The authorization list is only representable by its hash,
 * so only the empty list can be rebuilt.
 */
export function txFromTypedDataRequest(obj) {
  if (!obj || typeof obj !== 'object' || !obj.data || typeof obj.data !== 'object' || !obj.signature) {
    fail('typed data: expected {data, signature}');
  }
  const { data, signature } = obj;
  if (data.primaryType !== undefined && data.primaryType !== 'TxSeismic') fail('typed data: primaryType must be TxSeismic');
  const m = data.message;
  if (!m || typeof m !== 'object') fail('typed data: missing message');
  const messageVersion = Number(typedInt(m.messageVersion, 255n, 'messageVersion'));
  if (messageVersion !== TYPED_DATA_MESSAGE_VERSION) fail('typed data: messageVersion must be 2');
  const chainId = typedInt(m.chainId, U64, 'chainId');
  if (data.domain?.chainId !== undefined && typedInt(data.domain.chainId, U256, 'domain.chainId') !== chainId) {
    fail('typed data: domain chainId mismatch');
  }
  const isCreate = m.isCreate === undefined ? false : typedBool(m.isCreate, 'isCreate');
  const toBytes = typedBytes(m.to ?? bytesToHex(ZERO_ADDRESS), 'to', 20);
  const authHash = m.authorizationListHash === undefined ? EMPTY_AUTH_HASH : typedBytes(m.authorizationListHash, 'authorizationListHash', 32);
  if (!equalBytes(authHash, EMPTY_AUTH_HASH)) fail('typed data: non-empty authorization list cannot be rebuilt');
  const encryptionPubkey = typedBytes(m.encryptionPubkey, 'encryptionPubkey', 33);
  if (!isCompressedPoint(encryptionPubkey)) fail('encryptionPubkey: not a compressed secp256k1 point');
  let yParity;
  if (signature.yParity !== undefined) yParity = Number(typedInt(signature.yParity, 1n, 'yParity'));
  else if (signature.v !== undefined) {
    const v = typedInt(signature.v, 255n, 'v');
    yParity = v >= 27n ? Number(v - 27n) : Number(v);
    if (yParity > 1) fail('v: out of range');
  } else fail('signature: missing yParity');
  return {
    chainId,
    nonce: typedInt(m.nonce, U64, 'nonce'),
    gasPrice: typedInt(m.gasPrice, U128, 'gasPrice'),
    gas: typedInt(m.gasLimit, U64, 'gasLimit'),
    to: isCreate ? null : toBytes,
    value: typedInt(m.value ?? 0, U256, 'value'),
    encryptionPubkey,
    encryptionNonce: typedInt(m.encryptionNonce, U96, 'encryptionNonce'),
    messageVersion,
    recentBlockHash: typedBytes(m.recentBlockHash, 'recentBlockHash', 32),
    expiresAtBlock: typedInt(m.expiresAtBlock, U64, 'expiresAtBlock'),
    signedRead: typedBool(m.signedRead ?? false, 'signedRead'),
    input: typedBytes(m.input ?? '0x', 'input'),
    authorizationList: [],
    signature: { yParity, r: typedInt(signature.r, U256, 'r'), s: typedInt(signature.s, U256, 's') },
  };
}

/** Is this JSON-RPC parameter the typed-data object form? (untagged, tried first: spec 10.5 step 1) */
export function isTypedDataRequest(p) {
  return p !== null && typeof p === 'object' && !Array.isArray(p) && p.data !== null && typeof p.data === 'object' && 'signature' in p;
}
