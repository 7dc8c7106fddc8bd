// Bulk SRC20-format events for event-throughput benchmarks: MockSrc20Events
// batch-emits Transfer (or Approval) events whose payloads are real
// AES-GCM encryptions under viewing key K (amounts 1, 2, 3, ...).
import { encodeFunctionData } from 'viem';
import { JsonRpc } from '../client/rpc.mjs';
import { bytesToHex } from '../seismic/bytes.mjs';
import { encryptSrc20Amount, keccak256, randomBytes } from '../seismic/crypto.mjs';
import { parseKeyHex } from './register-key.mjs';
import { sendPlainSigned, waitForReceipts } from './common.mjs';

const BATCH_ABI = ['emitTransferBatch', 'emitApprovalBatch'].map((name) => ({
  type: 'function',
  name,
  inputs: [{ type: 'address' }, { type: 'address' }, { type: 'bytes32' }, { type: 'bytes[]' }],
  outputs: [],
  stateMutability: 'nonpayable',
}));

export async function runEmit({ manifest, events, keyHex, batch = 500, approvals = false, log = () => {} }) {
  const rpc = new JsonRpc(manifest.rpcUrl);
  const key = parseKeyHex(keyHex);
  const keyHash = bytesToHex(keccak256(key));
  const [sender, recipient] = manifest.accounts;
  const contract = manifest.contracts.MockSrc20Events;
  const functionName = approvals ? 'emitApprovalBatch' : 'emitTransferBatch';
  let nonce = BigInt(await rpc.call('eth_getTransactionCount', [sender.address, 'pending']));
  const gasPrice = BigInt(await rpc.call('eth_gasPrice')) * 2n;
  const t0 = Date.now();
  const hashes = [];
  for (let first = 0; first < events; first += batch) {
    const count = Math.min(batch, events - first);
    // Event nonces: 12 random bytes, any first byte (as Directory.encrypt draws them).
    const payloads = Array.from({ length: count }, (_, i) => bytesToHex(encryptSrc20Amount(key, BigInt(first + i + 1), randomBytes(12))));
    const data = encodeFunctionData({ abi: BATCH_ABI, functionName, args: [sender.address, recipient.address, keyHash, payloads] });
    const gas = (BigInt(await rpc.call('eth_estimateGas', [{ to: contract, data }])) * 12n) / 10n;
    hashes.push(await sendPlainSigned(rpc, { privateKey: sender.privateKey, chainId: manifest.chainId, nonce: nonce++, gasPrice, gas, to: contract, data }));
  }
  const receipts = await waitForReceipts(rpc, hashes);
  const emitted = receipts.reduce((n, r) => n + r.logs.length, 0);
  log(`emitted ${emitted} events in ${hashes.length} transactions`);
  return {
    events: emitted,
    transactions: hashes.length,
    event: approvals ? 'Approval' : 'Transfer',
    contract,
    keyHash,
    from: sender.address,
    to: recipient.address,
    fromBlock: Number(receipts[0].blockNumber),
    toBlock: Number(receipts[receipts.length - 1].blockNumber),
    amounts: `1..${events}`,
    seconds: (Date.now() - t0) / 1000,
  };
}
