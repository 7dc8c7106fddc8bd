// Demo/benchmark traffic: shielded SRC20 transfers (TxSeismic built and
// encrypted in JS exactly like a client, sent through the public port) and
// plain ERC20 transfers between the dev accounts.
import { encodeFunctionData } from 'viem';
import { encodeCall } from '../client/abi.mjs';
import { JsonRpc } from '../client/rpc.mjs';
import { SeismicWallet } from '../client/seismic-wallet.mjs';
import { sendPlainSigned, waitForReceipts } from './common.mjs';

const SRC20_TRANSFER_GAS = 150_000n;
const ERC20_TRANSFER_GAS = 80_000n;
const ERC20_ABI = [
  { type: 'function', name: 'transfer', inputs: [{ type: 'address' }, { type: 'uint256' }], outputs: [{ type: 'bool' }], stateMutability: 'nonpayable' },
];

/** Latest block as the freshness anchor, refreshed so it stays well inside the 100-block window. */
class Anchor {
  constructor(rpc) {
    this.rpc = rpc;
    this.block = null;
    this.uses = 0;
    this.at = 0;
    this.refreshing = null;
  }

  async get() {
    if (!this.block || this.uses >= 20 || Date.now() - this.at > 100) {
      this.refreshing ??= this.rpc.call('eth_getBlockByNumber', ['latest', false]).then((b) => {
        this.block = b;
        this.uses = 0;
        this.at = Date.now();
        this.refreshing = null;
      });
      await this.refreshing;
    }
    this.uses++;
    return { recentBlockHash: this.block.hash, expiresAtBlock: BigInt(this.block.number) + 100n };
  }
}

const randomBelow = (n) => Math.floor(Math.random() * n);

export async function runTraffic({ manifest, transfers, erc20Transfers = transfers, rate = null, log = () => {} }) {
  const rpc = new JsonRpc(manifest.rpcUrl);
  const accounts = manifest.accounts;
  if (accounts.length < 2) throw new Error('need at least two dev accounts');
  const wallets = await Promise.all(accounts.map((a) => SeismicWallet.connect(manifest.rpcUrl, a.privateKey, { rpc })));
  const gasPrice = BigInt(await rpc.call('eth_gasPrice')) * 2n;
  const nonces = await Promise.all(accounts.map((a) => rpc.call('eth_getTransactionCount', [a.address, 'pending']).then(BigInt)));
  const anchor = new Anchor(rpc);

  // Interleave shielded and plain transfers; random sender and a different random recipient.
  const jobs = [];
  for (let i = 0; i < Math.max(transfers, erc20Transfers); i++) {
    if (i < transfers) jobs.push('src20');
    if (i < erc20Transfers) jobs.push('erc20');
  }
  const perSender = accounts.map(() => Promise.resolve());
  const hashes = [];
  const errors = [];
  const t0 = Date.now();

  const submit = async (kind) => {
    const from = randomBelow(accounts.length);
    const to = (from + 1 + randomBelow(accounts.length - 1)) % accounts.length;
    // Nonces are handed out in order per sender and sends are chained per sender.
    const nonce = nonces[from]++;
    const prev = perSender[from];
    const job = prev.then(async () => {
      if (kind === 'src20') {
        const amount = BigInt(1 + randomBelow(1000)) * 10n ** 18n;
        return wallets[from].send({
          to: manifest.contracts.Src20Token,
          data: encodeCall('transfer(address,suint256)', [accounts[to].address, amount]),
          gas: SRC20_TRANSFER_GAS,
          gasPrice,
          nonce,
          ...(await anchor.get()),
        });
      }
      const amount = BigInt(1 + randomBelow(1000)) * 10n ** 6n;
      return sendPlainSigned(rpc, {
        privateKey: accounts[from].privateKey,
        chainId: manifest.chainId,
        nonce,
        gasPrice,
        gas: ERC20_TRANSFER_GAS,
        to: manifest.contracts.Erc20Token,
        data: encodeFunctionData({ abi: ERC20_ABI, functionName: 'transfer', args: [accounts[to].address, amount] }),
      });
    });
    perSender[from] = job.then(
      () => {},
      () => {},
    );
    try {
      hashes.push({ kind, hash: await job });
    } catch (e) {
      errors.push(`${kind} from #${from} nonce ${nonce}: ${e.message}`);
    }
  };

  const inflight = new Set();
  for (let i = 0; i < jobs.length; i++) {
    if (rate) {
      const due = t0 + (i * 1000) / rate;
      if (due > Date.now()) await new Promise((r) => setTimeout(r, due - Date.now()));
    }
    const p = submit(jobs[i]).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= accounts.length * 4) await Promise.race(inflight);
  }
  await Promise.all(inflight);
  const sentMs = Date.now() - t0;
  const receipts = await waitForReceipts(rpc, hashes.map((h) => h.hash));
  const failedReceipts = receipts.filter((r) => r.status !== '0x1').length;
  for (const e of errors.slice(0, 5)) log(`send failed: ${e}`);
  return {
    src20Transfers: hashes.filter((h) => h.kind === 'src20').length,
    erc20Transfers: hashes.filter((h) => h.kind === 'erc20').length,
    failed: errors.length + failedReceipts,
    seconds: (Date.now() - t0) / 1000,
    submitRatePerSecond: Math.round((hashes.length / Math.max(sentMs, 1)) * 1000),
  };
}
