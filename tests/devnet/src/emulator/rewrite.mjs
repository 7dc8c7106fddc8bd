// Makes backend (anvil) objects look like a Seismic node's (spec 10.8):
//  * a shielded tx executes on anvil as an impersonated plaintext tx with its
//    own hash; clients must only ever see the Seismic hash keccak256(raw 0x4a)
//    and the envelope fields (ciphertext input, encryption elements, signature);
//  * SRC20 twin events carry a placeholder `key || amount`, replaced here by
//    the on-chain format AES-GCM(key, nonce, amount) || nonce (spec 8.3).
// All mappings live in memory for the devnet's lifetime.
import { decodeAbiParameters, encodeAbiParameters } from 'viem';
import { bigIntToFixedBytes, bytesToBigInt, bytesToHex, concatBytes, equalBytes, hexToBytes, toQuantity } from '../seismic/bytes.mjs';
import { encryptSrc20Amount, hmac, keccak256, sha256 } from '../seismic/crypto.mjs';
import { encryptionIv } from '../seismic/tx.mjs';

export const SRC20_TRANSFER_TOPIC = '0x80ffa007a69623ef13594f5e8178eee6c4ef2d0cba74c08329e879f695b7d3f6';
export const SRC20_APPROVAL_TOPIC = '0x8ef65e17890b61a4796f8848475471f8895cd361b1de7e7260a6800ba0623f40';
const ZERO_TOPIC = `0x${'00'.repeat(32)}`;
const TX_HASH_FIELD = /"transactionHash":"(0x[0-9a-f]{64})"/g;

// Fields of the backend's own (legacy/EIP-1559) envelope that a 0x4a tx does not have.
const NON_SEISMIC_TX_FIELDS = ['accessList', 'maxFeePerGas', 'maxPriorityFeePerGas', 'maxFeePerBlobGas', 'blobVersionedHashes', 'authorizationList'];

export class Rewriter {
  /**
   * @param {Uint8Array} secret  per-devnet secret for deterministic event nonces
   */
  constructor(secret) {
    this.secret = secret;
    this.bySeismic = new Map(); // seismic hash -> { anvilHash, tx, signer }
    this.byAnvil = new Map(); // anvil hash -> seismic hash
    this.src20Tokens = new Set(); // lower-case addresses whose events carry placeholders
  }

  register(seismicHash, anvilHash, tx) {
    this.bySeismic.set(seismicHash, { anvilHash, tx });
    this.byAnvil.set(anvilHash, seismicHash);
  }

  addSrc20Token(address) {
    this.src20Tokens.add(address.toLowerCase());
  }

  hasSeismic(hash) {
    return this.bySeismic.has(hash.toLowerCase());
  }

  /** Backend hash for a client-supplied hash: mapped, hidden (null) or unchanged. */
  resolveHash(hash) {
    if (typeof hash !== 'string') return hash;
    const h = hash.toLowerCase();
    const entry = this.bySeismic.get(h);
    if (entry) return entry.anvilHash;
    if (this.byAnvil.has(h)) return null; // the backend-internal hash of a shielded tx does not exist on a Seismic node
    return hash;
  }

  mapHash(anvilHash) {
    return (typeof anvilHash === 'string' && this.byAnvil.get(anvilHash.toLowerCase())) || anvilHash;
  }

  rewriteTx(tx) {
    if (!tx || typeof tx !== 'object') return tx;
    const seismicHash = this.byAnvil.get(tx.hash?.toLowerCase());
    if (!seismicHash) return tx;
    const s = this.bySeismic.get(seismicHash).tx;
    for (const f of NON_SEISMIC_TX_FIELDS) delete tx[f];
    Object.assign(tx, {
      hash: seismicHash,
      type: '0x4a',
      chainId: toQuantity(s.chainId),
      nonce: toQuantity(s.nonce),
      gas: toQuantity(s.gas),
      gasPrice: toQuantity(s.gasPrice),
      to: s.to ? bytesToHex(s.to) : null,
      value: toQuantity(s.value),
      input: bytesToHex(s.input),
      encryptionPubkey: bytesToHex(s.encryptionPubkey),
      encryptionNonce: bytesToHex(encryptionIv(s)),
      messageVersion: toQuantity(s.messageVersion),
      recentBlockHash: bytesToHex(s.recentBlockHash),
      expiresAtBlock: toQuantity(s.expiresAtBlock),
      signedRead: s.signedRead,
      yParity: toQuantity(s.signature.yParity),
      v: toQuantity(s.signature.yParity),
      r: toQuantity(s.signature.r),
      s: toQuantity(s.signature.s),
    });
    return tx;
  }

  rewriteReceipt(receipt) {
    if (!receipt || typeof receipt !== 'object') return receipt;
    const seismicHash = this.byAnvil.get(receipt.transactionHash?.toLowerCase());
    if (seismicHash) {
      receipt.transactionHash = seismicHash;
      receipt.type = '0x4a';
    }
    if (Array.isArray(receipt.logs)) receipt.logs.forEach((l) => this.rewriteLog(l));
    return receipt;
  }

  /**
   * Cheap scan of a raw backend response: can any log in it need rewriting?
   * Lets large eth_getLogs answers without shielded txs or SRC20 twin events
   * go back to the client as the backend's bytes.
   */
  mayAffectLogs(text) {
    for (const token of this.src20Tokens) if (text.includes(token)) return true;
    if (this.byAnvil.size === 0) return false;
    for (const m of text.matchAll(TX_HASH_FIELD)) if (this.byAnvil.has(m[1])) return true;
    return false;
  }

  rewriteLog(log) {
    if (!log || typeof log !== 'object') return log;
    // The payload nonce is derived from the BACKEND tx hash, so compute it before renaming.
    if (log.address && this.src20Tokens.has(log.address.toLowerCase())) this.#encryptSrc20Payload(log);
    if (log.transactionHash) log.transactionHash = this.mapHash(log.transactionHash);
    return log;
  }

  rewriteLogs(logs) {
    if (Array.isArray(logs)) logs.forEach((l) => (typeof l === 'object' ? this.rewriteLog(l) : null));
    return logs;
  }

  rewriteBlock(block) {
    if (!block || typeof block !== 'object' || !Array.isArray(block.transactions)) return block;
    block.transactions = block.transactions.map((t) => (typeof t === 'string' ? this.mapHash(t) : this.rewriteTx(t)));
    return block;
  }

  /** eth_getFilterChanges: logs, block hashes or pending tx hashes. */
  rewriteFilterChanges(items) {
    if (!Array.isArray(items)) return items;
    return items.map((i) => (typeof i === 'string' ? this.mapHash(i) : this.rewriteLog(i)));
  }

  /**
   * Placeholder `key(32) || amount(32)` -> AES-GCM(key, nonce, amount) || nonce.
   * The nonce is an HMAC of (backend tx hash, log index) under the devnet
   * secret: random-looking, any first byte, and stable across queries.
   */
  #encryptSrc20Payload(log) {
    const t = log.topics;
    if (!Array.isArray(t) || t.length !== 4 || t[3] === ZERO_TOPIC) return;
    if (t[0] !== SRC20_TRANSFER_TOPIC && t[0] !== SRC20_APPROVAL_TOPIC) return;
    let payload;
    try {
      [payload] = decodeAbiParameters([{ type: 'bytes' }], log.data);
    } catch {
      return;
    }
    const placeholder = hexToBytes(payload);
    if (placeholder.length !== 64) return;
    const key = placeholder.subarray(0, 32);
    if (!equalBytes(keccak256(key), hexToBytes(t[3]))) return; // not ours: leave untouched
    const amount = bytesToBigInt(placeholder.subarray(32));
    const seed = concatBytes(hexToBytes(log.transactionHash ?? '0x'), bigIntToFixedBytes(BigInt(log.logIndex ?? 0), 8));
    const nonce = hmac(sha256, this.secret, seed).subarray(20, 32);
    log.data = encodeAbiParameters([{ type: 'bytes' }], [bytesToHex(encryptSrc20Amount(key, amount, nonce))]);
  }
}
