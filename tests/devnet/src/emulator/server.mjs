// The public endpoint: HTTP POST and WebSocket JSON-RPC on ONE loopback port,
// as a real node serves them. Single requests and batches whose methods need
// no Seismic handling are forwarded to anvil as raw bytes (the hot path).
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { Errors, RpcError } from './errors.mjs';

const MAX_BODY = 128 * 1024 * 1024;

export class RpcServer {
  constructor(emulator, { log = () => {} } = {}) {
    this.emulator = emulator;
    this.upstream = emulator.upstream;
    this.log = log;
    this.inflight = new Set(); // answers being worked out (see drain)
    this.http = http.createServer({ keepAliveTimeout: 60_000 }, (req, res) => this.#onHttp(req, res));
    this.http.headersTimeout = 65_000;
    this.wss = new WebSocketServer({ server: this.http, perMessageDeflate: false, maxPayload: MAX_BODY });
    this.wss.on('connection', (ws) => this.#onWs(ws));
  }

  listen(port, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      // ws re-emits the HTTP server's errors; without a listener a busy port would crash the process.
      this.wss.once('error', () => {});
      this.http.once('error', reject);
      this.http.listen(port, host, () => {
        this.http.off('error', reject);
        resolve(this.http.address().port);
      });
    });
  }

  /** Resolves once every request received so far has been worked out (answered or not). */
  async drain() {
    while (this.inflight.size) await Promise.allSettled([...this.inflight]);
  }

  /** handle(), counted in `inflight` until its answer is ready. */
  async #tracked(body, ctx) {
    const job = this.handle(body, ctx);
    this.inflight.add(job);
    try {
      return await job;
    } finally {
      this.inflight.delete(job);
    }
  }

  close() {
    for (const ws of this.wss.clients) ws.terminate();
    this.wss.close();
    this.http.closeAllConnections?.();
    return new Promise((resolve) => this.http.close(() => resolve()));
  }

  #onHttp(req, res) {
    if (req.method !== 'POST') {
      res.writeHead(405, { 'content-type': 'application/json', allow: 'POST' });
      res.end(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'only POST is supported' } }));
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const out = await this.#tracked(body, null);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(out ?? '');
    });
  }

  #onWs(ws) {
    const connection = {
      subscriptions: new Set(),
      send: (text) => {
        if (ws.readyState === ws.OPEN) ws.send(text);
      },
    };
    ws.on('message', async (data) => {
      const out = await this.#tracked(data, { connection });
      if (out !== null && ws.readyState === ws.OPEN) ws.send(out, { binary: false });
    });
    ws.on('close', () => this.emulator.subscriptions?.dropConnection(connection));
    ws.on('error', () => {});
  }

  /** Body (Buffer) -> response text/Buffer, or null when nothing is to be answered (notifications only). */
  async handle(body, ctx) {
    let msg;
    try {
      msg = JSON.parse(body);
    } catch {
      return JSON.stringify({ jsonrpc: '2.0', id: null, error: Errors.parse() });
    }
    try {
      if (Array.isArray(msg)) {
        if (msg.length === 0) return JSON.stringify({ jsonrpc: '2.0', id: null, error: Errors.invalidRequest() });
        if (msg.every((m) => m && this.emulator.isPassthrough(m.method))) return await this.upstream.postRaw(body);
        const out = (await Promise.all(msg.map((m) => this.#handleOne(m, ctx)))).filter((r) => r !== null);
        return out.length ? JSON.stringify(out) : null;
      }
      if (msg && this.emulator.isPassthrough(msg.method)) return await this.upstream.postRaw(body);
      if (msg && this.emulator.isRawLogMethod(msg.method)) return await this.emulator.rewriteRawLogs(await this.upstream.postRaw(body));
      const out = await this.#handleOne(msg, ctx);
      return out === null ? null : JSON.stringify(out);
    } catch (e) {
      // Only backend transport failures reach this point.
      this.log(`backend failure: ${e.message}`);
      return JSON.stringify({ jsonrpc: '2.0', id: msg?.id ?? null, error: Errors.internal(`backend unavailable: ${e.message}`) });
    }
  }

  async #handleOne(msg, ctx) {
    if (!msg || typeof msg !== 'object' || typeof msg.method !== 'string') {
      return { jsonrpc: '2.0', id: msg?.id ?? null, error: Errors.invalidRequest() };
    }
    const isNotification = !Object.hasOwn(msg, 'id');
    try {
      const result = await this.emulator.dispatch(msg.method, msg.params, ctx);
      return isNotification ? null : { jsonrpc: '2.0', id: msg.id, result: result === undefined ? null : result };
    } catch (e) {
      if (!(e instanceof RpcError)) this.log(`${msg.method}: internal error: ${e.stack ?? e.message}`);
      const error = e instanceof RpcError ? e : Errors.internal(e.message);
      return isNotification ? null : { jsonrpc: '2.0', id: msg.id, error };
    }
  }
}
