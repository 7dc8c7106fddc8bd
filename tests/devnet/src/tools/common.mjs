// Helpers shared by the traffic tools: local signing of plain transactions
// and bulk receipt collection.
import { privateKeyToAccount } from 'viem/accounts';

/** Signs a legacy transaction locally and sends it raw, as a wallet would. */
export async function sendPlainSigned(rpc, { privateKey, chainId, nonce, gasPrice, gas, to, data, value = 0n }) {
  const account = privateKeyToAccount(privateKey);
  const raw = await account.signTransaction({ type: 'legacy', chainId: Number(chainId), nonce: Number(nonce), gasPrice, gas, to, data, value });
  return rpc.call('eth_sendRawTransaction', [raw]);
}

/** Receipts for many hashes, fetched in JSON-RPC batches until all are mined. */
export async function waitForReceipts(rpc, hashes, { timeoutMs = 120_000, chunk = 200 } = {}) {
  const receipts = new Map();
  const deadline = Date.now() + timeoutMs;
  while (receipts.size < hashes.length) {
    const missing = hashes.filter((h) => !receipts.has(h));
    for (let i = 0; i < missing.length; i += chunk) {
      const part = missing.slice(i, i + chunk);
      const res = await rpc.batch(part.map((h) => ['eth_getTransactionReceipt', [h]]));
      for (const r of res) if (r.result) receipts.set(r.result.transactionHash, r.result);
    }
    if (receipts.size < hashes.length) {
      if (Date.now() > deadline) throw new Error(`${hashes.length - receipts.size} receipts missing after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return hashes.map((h) => receipts.get(h));
}
