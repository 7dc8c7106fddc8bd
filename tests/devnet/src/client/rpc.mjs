// Minimal JSON-RPC client over HTTP (global fetch) for tools and tests.

export class JsonRpcError extends Error {
  constructor({ code, message, data }) {
    super(message);
    this.code = code;
    this.data = data;
  }
}

export class JsonRpc {
  constructor(url) {
    this.url = url;
    this.nextId = 1;
  }

  /** Raw response object: { result } or { error }. */
  async request(method, params = []) {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: this.nextId++, method, params }),
    });
    return res.json();
  }

  async call(method, params = []) {
    const res = await this.request(method, params);
    if (res.error) throw new JsonRpcError(res.error);
    return res.result;
  }

  async batch(calls) {
    const base = this.nextId;
    this.nextId += calls.length;
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(calls.map(([method, params], i) => ({ jsonrpc: '2.0', id: base + i, method, params }))),
    });
    return res.json();
  }

  /** Polls for a receipt. */
  async waitForReceipt(hash, { timeoutMs = 30_000, intervalMs = 50 } = {}) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const r = await this.call('eth_getTransactionReceipt', [hash]);
      if (r) return r;
      if (Date.now() > deadline) throw new Error(`no receipt for ${hash} after ${timeoutMs} ms`);
      await new Promise((res) => setTimeout(res, intervalMs));
    }
  }
}
