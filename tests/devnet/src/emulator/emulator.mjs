// The Seismic node emulator: JSON-RPC semantics of a Seismic node (spec 10)
// on top of a plain anvil. Shielded writes are validated, decrypted and
// executed on anvil as impersonated plaintext transactions; signed reads are
// decrypted, executed as calls and their output re-encrypted; every object a
// client can see is rewritten to show Seismic hashes and envelopes.
import { parseTransaction, recoverTransactionAddress } from 'viem';
import { bytesToHex, hexToBytes, toQuantity } from '../seismic/bytes.mjs';
import { aesGcmDecrypt, aesGcmEncrypt, compressedPublicKey, deriveDirectionalKeys, keccak256, randomBytes } from '../seismic/crypto.mjs';
import {
  SEISMIC_TX_TYPE,
  decodeSignedTx,
  encryptionIv,
  isTypedDataRequest,
  metadataAad,
  recoverSigner,
  serializeSignedTx,
  txFromTypedDataRequest,
} from '../seismic/tx.mjs';
import { Errors, RpcError } from './errors.mjs';
import { callPrecompile, estimatePrecompile, isPrecompileCall } from './precompiles.mjs';
import { Rewriter } from './rewrite.mjs';
import { checkPoolRules, checkSimulationFreshness, parseRawTxParam } from './validation.mjs';

// Default of --seismic.rpc.max-signed-read-input-bytes (reth DEFAULT_MAX_TX_INPUT_BYTES, 128 KiB).
export const DEFAULT_MAX_SIGNED_READ_BYTES = 128 * 1024;

// Cleared from unsigned call/estimate objects (spec 10.5 step 2): no spoofed msg.sender.
const SANITIZED_CALL_FIELDS = [
  'from',
  'gasPrice',
  'maxFeePerGas',
  'maxPriorityFeePerGas',
  'maxFeePerBlobGas',
  'value',
  'type',
  'encryptionPubkey',
  'encryptionNonce',
  'messageVersion',
  'recentBlockHash',
  'expiresAtBlock',
  'signedRead',
  'seismicElements',
];

// Seismic nodes disable these namespaces; on the devnet they would also leak plaintext.
const BLOCKED_PREFIXES = ['debug_', 'trace_', 'ots_'];
const ZERO_WORD = `0x${'00'.repeat(32)}`;
const KEY_CACHE_LIMIT = 10_000;

export class Emulator {
  /**
   * @param {object} o
   * @param {import('./upstream.mjs').UpstreamHttp} o.upstream
   * @param {number|bigint} o.chainId
   * @param {Uint8Array} o.teeSecretKey
   */
  constructor({ upstream, chainId, teeSecretKey, maxSignedReadBytes = DEFAULT_MAX_SIGNED_READ_BYTES, allowDebug = false, log = () => {} }) {
    this.upstream = upstream;
    this.chainId = BigInt(chainId);
    this.teeSecretKey = teeSecretKey;
    this.teePublicKeyHex = Buffer.from(compressedPublicKey(teeSecretKey)).toString('hex');
    this.maxSignedReadBytes = maxSignedReadBytes;
    this.allowDebug = allowDebug;
    this.log = log;
    this.rewriter = new Rewriter(randomBytes(32));
    this.subscriptions = null; // set by the server when WebSocket support is up
    this.keyCache = new Map();
    this.impersonated = new Map();
    this.inflightSends = new Set();
    this.hiddenStorage = new Set();

    const lookup = (method) => (params) => this.#txLookup(method, params);
    const rewriting = (fn) => async (params, method) => {
      const result = await this.upstream.call(method, params);
      await this.#settleSends();
      return fn(result);
    };
    const blocks = rewriting((b) => this.rewriter.rewriteBlock(b));
    this.handlers = {
      seismic_getTeePublicKey: async () => this.teePublicKeyHex,
      eth_chainId: async () => toQuantity(this.chainId),
      eth_sendRawTransaction: (params) => this.#sendRawTransaction(params),
      eth_call: (params) => this.#simulate('eth_call', params),
      eth_estimateGas: (params) => this.#simulate('eth_estimateGas', params),
      eth_getTransactionByHash: lookup('eth_getTransactionByHash'),
      eth_getTransactionReceipt: lookup('eth_getTransactionReceipt'),
      eth_getTransactionByBlockHashAndIndex: rewriting((t) => this.rewriter.rewriteTx(t)),
      eth_getTransactionByBlockNumberAndIndex: rewriting((t) => this.rewriter.rewriteTx(t)),
      eth_getBlockByHash: blocks,
      eth_getBlockByNumber: blocks,
      eth_getBlockReceipts: rewriting((rs) => (Array.isArray(rs) ? rs.map((r) => this.rewriter.rewriteReceipt(r)) : rs)),
      eth_getLogs: rewriting((logs) => this.rewriter.rewriteLogs(logs)),
      eth_getFilterLogs: rewriting((logs) => this.rewriter.rewriteLogs(logs)),
      eth_getFilterChanges: rewriting((items) => this.rewriter.rewriteFilterChanges(items)),
      eth_getStorageAt: (params) => this.#getStorageAt(params),
      eth_subscribe: (params, method, ctx) => this.#subscribe(params, ctx),
      eth_unsubscribe: (params, method, ctx) => this.#unsubscribe(params, ctx),
    };
  }

  /**
   * Log queries: the server forwards the client's bytes and hands the raw
   * answer to rewriteRawLogs, which re-serializes only when something changes.
   */
  isRawLogMethod(method) {
    return method === 'eth_getLogs' || method === 'eth_getFilterLogs';
  }

  async rewriteRawLogs(raw) {
    await this.#settleSends();
    const text = raw.toString();
    if (!this.rewriter.mayAffectLogs(text)) return raw;
    const res = JSON.parse(text);
    if (Array.isArray(res.result)) this.rewriter.rewriteLogs(res.result);
    return JSON.stringify(res);
  }

  /** Methods handled here; everything else is forwarded to anvil byte-for-byte. */
  isPassthrough(method) {
    return typeof method === 'string' && !Object.hasOwn(this.handlers, method) && !this.#isBlocked(method);
  }

  #isBlocked(method) {
    return !this.allowDebug && BLOCKED_PREFIXES.some((p) => method.startsWith(p));
  }

  /** Devnet setup: contracts whose events carry SRC20 placeholders. */
  addSrc20Token(address) {
    this.rewriter.addSrc20Token(address);
  }

  /** Devnet setup: contracts whose storage is shielded on a real chain (reads return zero). */
  hideStorageOf(address) {
    this.hiddenStorage.add(address.toLowerCase());
  }

  /** Handles one parsed JSON-RPC request object. Resolves with the result or throws RpcError. */
  async dispatch(method, params, ctx) {
    const handler = this.handlers[method];
    if (handler) return handler(params ?? [], method, ctx);
    if (this.#isBlocked(method)) throw Errors.methodNotFound();
    return this.upstream.call(method, params ?? []);
  }

  /** Subscription notifications pass through the same rewriting as HTTP results. */
  async transformNotification(kind, result) {
    if (kind === 'logs') {
      await this.#settleSends();
      return this.rewriter.rewriteLog(result);
    }
    if (kind === 'newPendingTransactions') {
      await this.#settleSends();
      return typeof result === 'string' ? this.rewriter.mapHash(result) : this.rewriter.rewriteTx(result);
    }
    return result;
  }

  // ------------------------------------------------------------ writes (10.3)

  async #sendRawTransaction(params) {
    const p = Array.isArray(params) ? params[0] : undefined;
    let tx;
    let raw;
    if (isTypedDataRequest(p)) {
      try {
        tx = txFromTypedDataRequest(p);
      } catch {
        throw Errors.decode();
      }
      if (tx.signedRead) throw Errors.decode(); // the pool decoder refuses signed reads
      raw = serializeSignedTx(tx);
    } else {
      raw = parseRawTxParam(p);
      // Other transaction types are none of our business.
      if (raw[0] !== SEISMIC_TX_TYPE) return this.upstream.call('eth_sendRawTransaction', params);
      try {
        tx = decodeSignedTx(raw, { permitSignedRead: false });
      } catch {
        throw Errors.decode();
      }
    }
    const signer = this.#recover(tx);
    const seismicHash = bytesToHex(keccak256(raw));
    if (this.rewriter.hasSeismic(seismicHash)) throw Errors.alreadyKnown();
    const from = bytesToHex(signer);
    const [latest, anchor, accountNonce, balance] = await this.upstream.batch([
      ['eth_getBlockByNumber', ['latest', false]],
      ['eth_getBlockByHash', [bytesToHex(tx.recentBlockHash), false]],
      ['eth_getTransactionCount', [from, 'latest']],
      ['eth_getBalance', [from, 'latest']],
    ]);
    checkPoolRules({ tx, chainId: this.chainId, latest, anchor, accountNonce: BigInt(accountNonce), balance: BigInt(balance) });
    const plaintext = this.#decrypt(tx, signer, () => Errors.decryptSend());
    await this.#execute(seismicHash, tx, from, plaintext);
    return seismicHash;
  }

  /** Runs the plaintext on anvil as the signer, same nonce/gas/price/value, and records the hash mapping. */
  async #execute(seismicHash, tx, from, plaintext) {
    const job = (async () => {
      await this.#impersonate(from);
      const request = {
        from,
        to: bytesToHex(tx.to),
        data: bytesToHex(plaintext),
        value: toQuantity(tx.value),
        gas: toQuantity(tx.gas),
        gasPrice: toQuantity(tx.gasPrice),
        nonce: toQuantity(tx.nonce),
      };
      if (tx.authorizationList.length) {
        request.authorizationList = tx.authorizationList.map((a) => ({
          chainId: toQuantity(a.chainId),
          address: bytesToHex(a.address),
          nonce: toQuantity(a.nonce),
          yParity: toQuantity(a.yParity),
          r: toQuantity(a.r),
          s: toQuantity(a.s),
        }));
      }
      const anvilHash = await this.upstream.call('eth_sendTransaction', [request]);
      this.rewriter.register(seismicHash, anvilHash.toLowerCase(), tx);
    })();
    // Readers of logs/blocks wait for in-flight sends so they never see a backend hash.
    this.inflightSends.add(job);
    try {
      await job;
    } finally {
      this.inflightSends.delete(job);
    }
  }

  #impersonate(address) {
    const key = address.toLowerCase();
    let p = this.impersonated.get(key);
    if (!p) {
      p = this.upstream.call('anvil_impersonateAccount', [address]);
      p.catch(() => this.impersonated.delete(key));
      this.impersonated.set(key, p);
    }
    return p;
  }

  async #settleSends() {
    if (this.inflightSends.size) await Promise.allSettled([...this.inflightSends]);
  }

  /** Node restart: resolves once every shielded send under way is done with the backend. */
  settleSends() {
    return this.#settleSends();
  }

  /** Node restart: a new backend remembers no impersonation; they are redone on demand. */
  forgetBackendSession() {
    this.impersonated.clear();
  }

  // ------------------------------------------------- simulations (10.5, 10.6)

  async #simulate(method, params) {
    if (!Array.isArray(params) || params.length === 0) throw Errors.invalidParams();
    const [p, ...rest] = params;
    let tx;
    if (isTypedDataRequest(p)) {
      try {
        tx = txFromTypedDataRequest(p);
      } catch {
        throw Errors.decode();
      }
      if (tx.input.length > this.maxSignedReadBytes) throw Errors.oversizeSignedRead(this.maxSignedReadBytes, tx.input.length);
    } else if (p !== null && typeof p === 'object' && !Array.isArray(p)) {
      return this.#transparentSimulation(method, p, rest);
    } else {
      const raw = parseRawTxParam(p);
      if (raw.length > this.maxSignedReadBytes) throw Errors.oversizeSignedRead(this.maxSignedReadBytes, raw.length);
      if (raw[0] !== SEISMIC_TX_TYPE) await this.#rejectNonSeismicSignedRead(raw);
      try {
        tx = decodeSignedTx(raw, { permitSignedRead: true });
      } catch {
        throw Errors.decode();
      }
    }
    const signer = this.#recover(tx);
    if (!tx.signedRead) throw Errors.notSignedRead();
    const [current, anchor] = await this.upstream.batch([
      ['eth_blockNumber', []],
      ['eth_getBlockByHash', [bytesToHex(tx.recentBlockHash), false]],
    ]);
    checkSimulationFreshness({ tx, current: BigInt(current), anchor });
    const plaintext = this.#decrypt(tx, signer, (e) => Errors.decryptSimulation(String(e?.message ?? e)));

    const request = { from: bytesToHex(signer), data: bytesToHex(plaintext), value: toQuantity(tx.value), gas: toQuantity(tx.gas) };
    if (tx.to) request.to = bytesToHex(tx.to);
    // The signed gas price is honoured for calls; estimates omit it (spec 10.8).
    if (method === 'eth_call') request.gasPrice = toQuantity(tx.gasPrice);
    const res = await this.upstream.request(method, [request, ...rest]);

    const { responseKey } = this.#keysFor(tx.encryptionPubkey);
    const aad = metadataAad(signer, tx);
    const iv = encryptionIv(tx);
    const encrypt = (hex) => {
      try {
        return bytesToHex(aesGcmEncrypt(responseKey, iv, hexToBytes(hex), aad));
      } catch (e) {
        throw Errors.encryptSimulation(String(e?.message ?? e));
      }
    };
    if (res.error) {
      const { code, message, data } = res.error;
      if (code === 3 && typeof data === 'string' && data.length > 2) throw Errors.signedReadRevert(encrypt(data));
      if (code === 3) throw new RpcError(3, 'execution reverted'); // empty revert output: nothing to encrypt
      throw new RpcError(code, message, data);
    }
    if (method === 'eth_estimateGas') return res.result;
    return !res.result || res.result === '0x' ? '0x' : encrypt(res.result);
  }

  /** Unsigned object form: sanitize and forward (or answer precompile calls). */
  #transparentSimulation(method, request, rest) {
    const clean = { ...request };
    for (const f of SANITIZED_CALL_FIELDS) delete clean[f];
    if (isPrecompileCall(clean)) return method === 'eth_call' ? callPrecompile(clean) : estimatePrecompile(clean);
    return this.upstream.call(method, [clean, ...rest]);
  }

  /** A signed non-Seismic tx as a signed read: decodable and signed, but no seismic elements. */
  async #rejectNonSeismicSignedRead(raw) {
    const hex = bytesToHex(raw);
    try {
      parseTransaction(hex);
    } catch {
      throw Errors.decode();
    }
    try {
      await recoverTransactionAddress({ serializedTransaction: hex });
    } catch {
      throw Errors.signature();
    }
    throw Errors.missingSeismicElements();
  }

  // ------------------------------------------------------------ shared steps

  #recover(tx) {
    try {
      return recoverSigner(tx);
    } catch {
      throw Errors.signature();
    }
  }

  #keysFor(encryptionPubkey) {
    const id = Buffer.from(encryptionPubkey).toString('hex');
    let keys = this.keyCache.get(id);
    if (!keys) {
      // One ECDH per client key, not per request: clients reuse their key for their lifetime.
      if (this.keyCache.size >= KEY_CACHE_LIMIT) this.keyCache.clear();
      keys = deriveDirectionalKeys(this.teeSecretKey, encryptionPubkey);
      this.keyCache.set(id, keys);
    }
    return keys;
  }

  #decrypt(tx, signer, onError) {
    const { requestKey } = this.#keysFor(tx.encryptionPubkey);
    try {
      return aesGcmDecrypt(requestKey, encryptionIv(tx), tx.input, metadataAad(signer, tx));
    } catch (e) {
      throw onError(e);
    }
  }

  // ----------------------------------------------------------------- lookups

  async #txLookup(method, params) {
    if (!Array.isArray(params) || typeof params[0] !== 'string') throw Errors.invalidParams();
    const backend = this.rewriter.resolveHash(params[0]);
    if (backend === null) return null;
    const result = await this.upstream.call(method, [backend, ...params.slice(1)]);
    await this.#settleSends();
    return method === 'eth_getTransactionReceipt' ? this.rewriter.rewriteReceipt(result) : this.rewriter.rewriteTx(result);
  }

  async #getStorageAt(params) {
    const address = Array.isArray(params) && typeof params[0] === 'string' ? params[0].toLowerCase() : '';
    if (this.hiddenStorage.has(address)) return ZERO_WORD;
    return this.upstream.call('eth_getStorageAt', params);
  }

  // ---------------------------------------------------------- subscriptions

  #subscribe(params, ctx) {
    if (!ctx?.connection || !this.subscriptions) throw new RpcError(-32601, 'notifications not supported');
    return this.subscriptions.subscribe(ctx.connection, params);
  }

  #unsubscribe(params, ctx) {
    if (!ctx?.connection || !this.subscriptions) throw new RpcError(-32601, 'notifications not supported');
    return this.subscriptions.unsubscribe(ctx.connection, Array.isArray(params) ? params[0] : undefined);
  }
}
