// eth_subscribe / eth_unsubscribe for WebSocket clients. Each client
// subscription is an anvil subscription on one shared backend WebSocket; its
// notifications are rewritten (Seismic hashes, SRC20 payloads) in arrival order.
import { Errors } from './errors.mjs';
import { UpstreamWs } from './upstream.mjs';

export class SubscriptionHub {
  constructor(emulator, upstreamWsUrl, log = () => {}) {
    this.emulator = emulator;
    this.log = log;
    this.subs = new Map(); // subscription id -> { connection, kind }
    this.queue = Promise.resolve();
    this.upstream = new UpstreamWs(upstreamWsUrl, (id, result) => this.#onNotification(id, result));
  }

  start() {
    return this.upstream.connect();
  }

  async subscribe(connection, params) {
    if (!Array.isArray(params) || typeof params[0] !== 'string') throw Errors.invalidParams('invalid subscription parameters');
    const id = await this.upstream.call('eth_subscribe', params);
    this.subs.set(id, { connection, kind: params[0] });
    connection.subscriptions.add(id);
    return id;
  }

  async unsubscribe(connection, id) {
    const sub = this.subs.get(id);
    if (!sub || sub.connection !== connection) return false;
    this.subs.delete(id);
    connection.subscriptions.delete(id);
    await this.upstream.call('eth_unsubscribe', [id]).catch(() => {});
    return true;
  }

  /** A client went away: drop its backend subscriptions. */
  dropConnection(connection) {
    for (const id of [...connection.subscriptions]) this.unsubscribe(connection, id).catch(() => {});
  }

  #onNotification(id, result) {
    // One serial queue keeps notification order; the lookup runs inside the job so a
    // notification racing its own eth_subscribe response still finds the entry.
    this.queue = this.queue
      .then(async () => {
        const sub = this.subs.get(id);
        if (!sub) return;
        const out = await this.emulator.transformNotification(sub.kind, result);
        sub.connection.send(JSON.stringify({ jsonrpc: '2.0', method: 'eth_subscription', params: { subscription: id, result: out } }));
      })
      .catch((e) => this.log(`subscription ${id}: ${e.message}`));
  }

  close() {
    this.upstream.close();
  }
}
