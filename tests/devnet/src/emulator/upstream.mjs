// Connections to the backend anvil: keep-alive HTTP for requests (the hot
// path of every forwarded call) and one WebSocket for subscriptions.
import { Pool } from 'undici';
import WebSocket from 'ws';
import { RpcError } from './errors.mjs';

const JSON_HEADERS = { 'content-type': 'application/json' };

export class UpstreamHttp {
  constructor(url) {
    // undici's pool is markedly cheaper per request than node:http's client,
    // and every forwarded call pays this cost once.
    this.pool = new Pool(new URL(url).origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000 });
    this.nextId = 1;
  }

  /** POSTs a JSON-RPC body (string or Buffer) and resolves with the raw response Buffer. */
  async postRaw(body) {
    const res = await this.pool.request({ path: '/', method: 'POST', headers: JSON_HEADERS, body });
    const chunks = [];
    for await (const c of res.body) chunks.push(c);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
  }

  /** One request; resolves with the whole response object ({result} or {error}). */
  async request(method, params = []) {
    const id = this.nextId++;
    const res = JSON.parse(await this.postRaw(JSON.stringify({ jsonrpc: '2.0', id, method, params })));
    return res;
  }

  /** One request; resolves with `result`, throws RpcError with the backend's code/message/data. */
  async call(method, params = []) {
    const res = await this.request(method, params);
    if (res.error) throw new RpcError(res.error.code, res.error.message, res.error.data);
    return res.result;
  }

  /** Several requests in one JSON-RPC batch; resolves with results in order, throws on the first error. */
  async batch(calls) {
    const base = this.nextId;
    this.nextId += calls.length;
    const body = JSON.stringify(calls.map(([method, params], i) => ({ jsonrpc: '2.0', id: base + i, method, params })));
    const res = JSON.parse(await this.postRaw(body));
    const byId = new Map(res.map((r) => [r.id, r]));
    return calls.map((_, i) => {
      const r = byId.get(base + i);
      if (!r) throw new RpcError(-32603, 'missing response in backend batch');
      if (r.error) throw new RpcError(r.error.code, r.error.message, r.error.data);
      return r.result;
    });
  }

  close() {
    return this.pool.close();
  }
}

/**
 * One WebSocket to anvil carrying every upstream subscription. Notifications
 * are handed to `onNotification(upstreamSubId, result)` in arrival order.
 */
export class UpstreamWs {
  constructor(url, onNotification) {
    this.url = url;
    this.onNotification = onNotification;
    this.pending = new Map();
    this.nextId = 1;
    this.ws = null;
  }

  connect() {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url, { perMessageDeflate: false, maxPayload: 1 << 30 });
      ws.once('open', () => {
        this.ws = ws;
        resolve();
      });
      ws.once('error', reject);
      ws.on('message', (data) => this.#onMessage(data));
      ws.on('close', () => {
        for (const { reject: rej } of this.pending.values()) rej(new RpcError(-32603, 'backend websocket closed'));
        this.pending.clear();
      });
    });
  }

  #onMessage(data) {
    let msg;
    try {
      msg = JSON.parse(data);
    } catch {
      return;
    }
    if (msg.method === 'eth_subscription' && msg.params) {
      this.onNotification(msg.params.subscription, msg.params.result);
      return;
    }
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    if (msg.error) p.reject(new RpcError(msg.error.code, msg.error.message, msg.error.data));
    else p.resolve(msg.result);
  }

  call(method, params) {
    if (!this.ws || this.ws.readyState !== WebSocket.OPEN) return Promise.reject(new RpcError(-32603, 'backend websocket not connected'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  close() {
    this.ws?.close();
  }
}
