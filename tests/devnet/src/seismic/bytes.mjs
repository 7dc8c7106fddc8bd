// Byte/hex/integer helpers shared by the emulator and the JS test client.
// Strict on input (RPC parameters are untrusted), simple on output.

const HEX_RE = /^0x([0-9a-fA-F]{2})*$/;

/** Strict 0x-prefixed, even-length hex -> bytes; throws on anything else. */
export function hexToBytesStrict(hex) {
  if (typeof hex !== 'string' || !HEX_RE.test(hex)) throw new Error('invalid hex string');
  return Buffer.from(hex.slice(2), 'hex');
}

/** Lenient hex (optional 0x, odd length allowed) -> bytes. For trusted/internal values. */
export function hexToBytes(hex) {
  let h = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, 'hex');
}

export function bytesToHex(bytes) {
  return `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

export function concatBytes(...parts) {
  return Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
}

export function equalBytes(a, b) {
  return a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}

/** Big-endian unsigned bytes -> bigint (empty -> 0n). */
export function bytesToBigInt(bytes) {
  return bytes.length === 0 ? 0n : BigInt(bytesToHex(bytes));
}

/** bigint -> minimal big-endian bytes (0n -> empty), the RLP integer form. */
export function bigIntToMinimalBytes(n) {
  if (n < 0n) throw new Error('negative integer');
  if (n === 0n) return new Uint8Array(0);
  let h = n.toString(16);
  if (h.length % 2) h = `0${h}`;
  return Buffer.from(h, 'hex');
}

/** bigint -> fixed-width big-endian bytes; throws if it does not fit. */
export function bigIntToFixedBytes(n, width) {
  const min = bigIntToMinimalBytes(n);
  if (min.length > width) throw new Error(`integer does not fit in ${width} bytes`);
  const out = new Uint8Array(width);
  out.set(min, width - min.length);
  return out;
}

/** JSON-RPC quantity. */
export function toQuantity(n) {
  return `0x${BigInt(n).toString(16)}`;
}

/**
 * Parses an integer given as a JSON number, a decimal string or a 0x hex
 * string (typed-data messages use all three in the wild). Throws otherwise.
 */
export function parseInteger(v) {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return BigInt(v);
  if (typeof v === 'string') {
    if (/^0x[0-9a-fA-F]+$/.test(v)) return BigInt(v);
    if (/^[0-9]+$/.test(v)) return BigInt(v);
  }
  throw new Error(`invalid integer: ${JSON.stringify(v)}`);
}

export function utf8(s) {
  return new TextEncoder().encode(s);
}
