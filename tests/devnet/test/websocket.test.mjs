// WebSocket on the same port: subscriptions deliver rewritten logs
// (Seismic hashes, encrypted SRC20 payloads); other methods and batches work too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeAbiParameters } from 'viem';
import WebSocket from 'ws';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { hexToBytes } from '../src/seismic/bytes.mjs';
import { decryptSrc20Amount } from '../src/seismic/crypto.mjs';
import { SRC20_TRANSFER_TOPIC } from '../src/emulator/rewrite.mjs';
import { startDevnet } from './helpers.mjs';

/** A tiny WS JSON-RPC client collecting notifications per subscription. */
class WsClient {
  constructor(url) {
    this.url = url;
    this.nextId = 1;
    this.pending = new Map();
    this.notifications = new Map();
    this.waiters = [];
  }

  open() {
    return new Promise((resolve, reject) => {
      this.ws = new WebSocket(this.url);
      this.ws.once('open', resolve);
      this.ws.once('error', reject);
      this.ws.on('message', (data, isBinary) => {
        assert.equal(isBinary, false, 'text frames only');
        const msg = JSON.parse(data);
        if (Array.isArray(msg)) return this.pending.get('batch')?.(msg);
        if (msg.method === 'eth_subscription') {
          const list = this.notifications.get(msg.params.subscription) ?? [];
          list.push(msg.params.result);
          this.notifications.set(msg.params.subscription, list);
          this.waiters = this.waiters.filter((w) => !w());
          return;
        }
        this.pending.get(msg.id)?.(msg);
      });
    });
  }

  request(method, params = []) {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  batch(calls) {
    return new Promise((resolve) => {
      this.pending.set('batch', resolve);
      this.ws.send(JSON.stringify(calls.map(([method, params], i) => ({ jsonrpc: '2.0', id: 100 + i, method, params }))));
    });
  }

  /** Resolves once `sub` has at least `n` notifications. */
  waitFor(sub, n, timeoutMs = 10_000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const list = this.notifications.get(sub) ?? [];
        if (list.length >= n) {
          clearTimeout(timer);
          resolve(list);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => reject(new Error(`timeout waiting for ${n} notifications on ${sub}`)), timeoutMs);
      if (!check()) this.waiters.push(check);
    });
  }

  close() {
    this.ws.close();
  }
}

describe('WebSocket', () => {
  let devnet;
  let m;
  let rpc;
  let ws;
  let alice;
  const KEY = `0x${'c3'.repeat(32)}`;

  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
    alice = await SeismicWallet.connect(m.rpcUrl, m.accounts[1].privateKey, { rpc });
    await alice.sendAndWait({ to: m.contracts.Directory, data: encodeCall('setKey(suint256)', [BigInt(KEY)]) });
    ws = new WsClient(m.wsUrl);
    await ws.open();
  });
  after(async () => {
    ws?.close();
    await devnet?.stop();
  });

  test('ordinary methods and batches over WS', async () => {
    assert.equal((await ws.request('eth_chainId')).result, '0x7a69');
    assert.equal((await ws.request('seismic_getTeePublicKey')).result, m.teePublicKey);
    const batch = await ws.batch([
      ['eth_blockNumber', []],
      ['seismic_getTeePublicKey', []],
    ]);
    assert.deepEqual(batch.map((r) => r.id), [100, 101]);
    assert.equal(batch[1].result, m.teePublicKey);
    // A signed read over WS.
    const built = await alice.build({ to: m.contracts.Directory, data: encodeCall('getKey()'), signedRead: true });
    const res = await ws.request('eth_call', [built.rawHex, 'latest']);
    assert.equal(alice.decryptResponse(built, res.result), KEY);
  });

  test('newHeads and logs subscriptions deliver rewritten logs', async () => {
    const heads = (await ws.request('eth_subscribe', ['newHeads'])).result;
    const logsSub = (await ws.request('eth_subscribe', ['logs', { address: m.contracts.Src20Token, topics: [SRC20_TRANSFER_TOPIC] }])).result;
    assert.match(heads, /^0x/);
    assert.match(logsSub, /^0x/);

    const bob = m.accounts[2].address;
    const hash = await alice.send({ to: m.contracts.Src20Token, data: encodeCall('transfer(address,suint256)', [bob, 4242n]), gas: 200000n });
    // Two Intelligence providers first, then the sender and the recipient (the standard library's order).
    const [provider0, provider1, fromLog, toLog] = await ws.waitFor(logsSub, 4);
    const [head] = await ws.waitFor(heads, 1);
    const receipt = await rpc.waitForReceipt(hash);
    assert.equal(head.hash, receipt.blockHash);
    assert.equal(fromLog.transactionHash, hash, 'the Seismic hash, not the backend one');
    assert.equal(toLog.transactionHash, hash);
    assert.deepEqual([provider0, provider1, fromLog, toLog].map(({ removed, ...l }) => l), receipt.logs.map(({ removed, ...l }) => l));
    const [payload] = decodeAbiParameters([{ type: 'bytes' }], fromLog.data);
    assert.equal(decryptSrc20Amount(hexToBytes(KEY), hexToBytes(payload)), 4242n);
    m.providers.forEach((p, i) => {
      const log = [provider0, provider1][i];
      assert.equal(log.topics[3], p.keyHash);
      assert.equal(decryptSrc20Amount(hexToBytes(p.viewingKey), hexToBytes(decodeAbiParameters([{ type: 'bytes' }], log.data)[0])), 4242n);
    });

    assert.equal((await ws.request('eth_unsubscribe', [logsSub])).result, true);
    assert.equal((await ws.request('eth_unsubscribe', [logsSub])).result, false);
    assert.equal((await ws.request('eth_unsubscribe', [heads])).result, true);
  });

  test('notifications keep up with a burst of shielded transfers', async () => {
    const sub = (await ws.request('eth_subscribe', ['logs', { address: m.contracts.Src20Token }])).result;
    const bob = m.accounts[2].address;
    let nonce = BigInt(await rpc.call('eth_getTransactionCount', [alice.address, 'pending']));
    const hashes = [];
    for (let i = 0; i < 10; i++) {
      hashes.push(await alice.send({ to: m.contracts.Src20Token, data: encodeCall('transfer(address,suint256)', [bob, BigInt(i + 1)]), gas: 200000n, nonce: nonce++ }));
    }
    const logs = await ws.waitFor(sub, 40);
    assert.deepEqual([...new Set(logs.map((l) => l.transactionHash))], hashes);
    const amounts = logs.filter((l, i) => i % 4 === 2).map((l) => decryptSrc20Amount(hexToBytes(KEY), hexToBytes(decodeAbiParameters([{ type: 'bytes' }], l.data)[0])));
    assert.deepEqual(amounts, Array.from({ length: 10 }, (_, i) => BigInt(i + 1)));
  });

  test('subscriptions over HTTP are refused', async () => {
    const res = await rpc.request('eth_subscribe', ['newHeads']);
    assert.equal(res.error.code, -32601);
  });
});
