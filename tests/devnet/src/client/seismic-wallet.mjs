// A small Seismic wallet client in JS, built like the Python SDK builds its
// transactions (spec 1.2, 7.3): one encryption key per client object, fresh
// nonce per message, AAD = metadata, raw (v0) or EIP-712 (v2) signatures.
// Used by the traffic generator, register-key and the tests.
import { getAddress } from 'viem';
import { bytesToBigInt, bytesToHex, hexToBytes, hexToBytesStrict } from '../seismic/bytes.mjs';
import {
  addressFromSecretKey,
  aesGcmDecrypt,
  aesGcmEncrypt,
  compressedPublicKey,
  deriveDirectionalKeys,
  keccak256,
  randomBytes,
  randomEncryptionNonce,
  signDigest,
} from '../seismic/crypto.mjs';
import { encryptionIv, metadataAad, serializeSignedTx, signingHash, toTypedData } from '../seismic/tx.mjs';
import { JsonRpc, JsonRpcError } from './rpc.mjs';

export const BLOCKS_WINDOW = 100n;
export const SIGNED_READ_GAS = 30_000_000n;

export class SeismicWallet {
  /**
   * @param {object} o
   * @param {JsonRpc} o.rpc
   * @param {string|Uint8Array} o.privateKey  signing key
   * @param {string|Uint8Array} o.teePublicKey network key (hex with or without 0x)
   * @param {bigint} o.chainId
   * @param {string|Uint8Array} [o.encryptionSecret] client encryption key (random if absent)
   */
  constructor({ rpc, privateKey, teePublicKey, chainId, encryptionSecret }) {
    this.rpc = rpc;
    this.privateKey = typeof privateKey === 'string' ? hexToBytes(privateKey) : privateKey;
    this.addressBytes = addressFromSecretKey(this.privateKey);
    this.address = getAddress(bytesToHex(this.addressBytes));
    this.chainId = BigInt(chainId);
    this.teePublicKey = typeof teePublicKey === 'string' ? hexToBytes(teePublicKey) : teePublicKey;
    this.encryptionSecret = encryptionSecret
      ? typeof encryptionSecret === 'string'
        ? hexToBytes(encryptionSecret)
        : encryptionSecret
      : randomBytes(32);
    this.encryptionPubkey = compressedPublicKey(this.encryptionSecret);
    const { requestKey, responseKey } = deriveDirectionalKeys(this.encryptionSecret, this.teePublicKey);
    this.requestKey = requestKey;
    this.responseKey = responseKey;
  }

  /** Fetches chain id and TEE key from the node, like create_wallet_client. */
  static async connect(url, privateKey, opts = {}) {
    const rpc = opts.rpc ?? new JsonRpc(url);
    const [tee, chainId] = await Promise.all([rpc.call('seismic_getTeePublicKey'), rpc.call('eth_chainId')]);
    return new SeismicWallet({ rpc, privateKey, teePublicKey: tee, chainId: BigInt(chainId), ...opts });
  }

  /**
   * Builds, encrypts and signs a TxSeismic. Unset fields are filled like PY:
   * nonce from eth_getTransactionCount, gasPrice from eth_gasPrice, recent
   * block = latest, expiry = latest + 100, gas = 30M for reads.
   * Returns { tx, raw, rawHex, hash, aad, plaintext }.
   */
  async build(o) {
    const needBlock = o.recentBlockHash === undefined || o.expiresAtBlock === undefined;
    const [nonce, gasPrice, latest] = await Promise.all([
      o.nonce ?? this.rpc.call('eth_getTransactionCount', [this.address, 'pending']).then(BigInt),
      o.gasPrice ?? this.rpc.call('eth_gasPrice').then(BigInt),
      needBlock ? this.rpc.call('eth_getBlockByNumber', ['latest', false]) : null,
    ]);
    const signedRead = o.signedRead ?? false;
    const tx = {
      chainId: o.chainId ?? this.chainId,
      nonce: BigInt(nonce),
      gasPrice: BigInt(gasPrice),
      gas: BigInt(o.gas ?? (signedRead ? SIGNED_READ_GAS : 0n)),
      to: o.to === null ? null : hexToBytesStrict(o.to),
      value: BigInt(o.value ?? 0n),
      encryptionPubkey: o.encryptionPubkey ?? this.encryptionPubkey,
      encryptionNonce: bytesToBigInt(o.encryptionNonce ?? randomEncryptionNonce()),
      messageVersion: o.messageVersion ?? 0,
      recentBlockHash: o.recentBlockHash ? hexToBytesStrict(o.recentBlockHash) : hexToBytesStrict(latest.hash),
      expiresAtBlock: BigInt(o.expiresAtBlock ?? BigInt(latest.number) + BLOCKS_WINDOW),
      signedRead,
      input: new Uint8Array(0),
      authorizationList: [],
    };
    const plaintext = hexToBytesStrict(o.data ?? '0x');
    const aad = metadataAad(o.aadSender ?? this.addressBytes, tx);
    tx.input = o.ciphertext ?? aesGcmEncrypt(o.requestKey ?? this.requestKey, encryptionIv(tx), plaintext, aad);
    if (tx.gas === 0n) tx.gas = await this.estimate({ ...o, gas: undefined, nonce: tx.nonce, gasPrice: tx.gasPrice });
    tx.signature = o.signature ?? signDigest(signingHash(tx), o.signingKey ?? this.privateKey);
    const raw = serializeSignedTx(tx);
    return { tx, raw, rawHex: bytesToHex(raw), hash: bytesToHex(keccak256(raw)), aad, plaintext };
  }

  /** The `{data, signature}` typed-data form of a built transaction (messageVersion 2). */
  static typedDataRequest(built) {
    const { yParity, r, s } = built.tx.signature;
    return { data: toTypedData(built.tx), signature: { r: `0x${r.toString(16)}`, s: `0x${s.toString(16)}`, yParity: `0x${yParity}` } };
  }

  decryptResponse(built, hex) {
    return bytesToHex(aesGcmDecrypt(this.responseKey, encryptionIv(built.tx), hexToBytes(hex), built.aad));
  }

  /** Shielded write; resolves with the tx hash returned by the node. */
  async send(o) {
    const built = await this.build({ ...o, signedRead: false });
    const param = o.typedData ? SeismicWallet.typedDataRequest(built) : built.rawHex;
    return this.rpc.call('eth_sendRawTransaction', [param]);
  }

  /** Shielded write and wait for its receipt. */
  async sendAndWait(o) {
    return this.rpc.waitForReceipt(await this.send(o));
  }

  /**
   * Signed read; resolves with the decrypted return data (hex). A revert
   * rejects with a JsonRpcError whose `plaintext` holds the decrypted data.
   */
  async call(o) {
    const built = await this.build({ ...o, signedRead: true });
    const param = o.typedData ? SeismicWallet.typedDataRequest(built) : built.rawHex;
    const res = await this.rpc.request('eth_call', o.typedData ? [param] : [param, 'latest']);
    if (res.error) throw this.#revertError(built, res.error);
    return !res.result || res.result === '0x' ? '0x' : this.decryptResponse(built, res.result);
  }

  /** Signed eth_estimateGas (signedRead = true, gas = latest block gas limit). */
  async estimate(o) {
    const latest = await this.rpc.call('eth_getBlockByNumber', ['latest', false]);
    const built = await this.build({ ...o, signedRead: true, gas: BigInt(latest.gasLimit), encryptionNonce: undefined });
    const res = await this.rpc.request('eth_estimateGas', [built.rawHex]);
    if (res.error) throw this.#revertError(built, res.error);
    return BigInt(res.result);
  }

  #revertError(built, error) {
    const err = new JsonRpcError(error);
    if (typeof error.data === 'string' && error.data.length > 2) {
      try {
        err.plaintext = this.decryptResponse(built, error.data);
      } catch {
        /* not encrypted for us: keep the node's data as is */
      }
    }
    return err;
  }
}
