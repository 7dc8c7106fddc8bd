// The backend node: anvil from @foundry-rs/anvil-linux-amd64, loopback only.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join } from 'node:path';
import { DEV_ACCOUNT_COUNT, DEV_MNEMONIC } from './accounts.mjs';

const require = createRequire(import.meta.url);
export const ANVIL_BIN = join(dirname(require.resolve('@foundry-rs/anvil-linux-amd64/package.json')), 'bin', 'anvil');

/** A currently free loopback TCP port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function spawnAnvil({ port, chainId, blockTime, loadState = null, stdio = 'ignore' }) {
  const args = [
    '--host', '127.0.0.1',
    '--port', String(port),
    '--chain-id', String(chainId),
    '--accounts', String(DEV_ACCOUNT_COUNT),
    '--mnemonic', DEV_MNEMONIC,
    '--balance', '10000',
    '--no-request-size-limit',
    '--silent',
  ];
  if (blockTime !== undefined && blockTime !== null) args.push('--block-time', String(blockTime));
  if (loadState) args.push('--load-state', loadState);
  return spawn(ANVIL_BIN, args, { stdio });
}

/**
 * A dump of `anvil_dumpState` made fit to load again. anvil (1.7.1) makes a genesis block of its
 * own when it loads a state and dumps both on the next restart; loaded again, the newer one can
 * win, and every block hash of the chain changes (to a client: another chain). The original
 * genesis is the earlier one.
 */
export function keepOriginalGenesis(state) {
  const geneses = state.blocks.filter((block) => BigInt(block.header.number) === 0n);
  if (geneses.length < 2) return state;
  const original = geneses.reduce((a, b) =>
    BigInt(a.header.timestamp) <= BigInt(b.header.timestamp) ? a : b);
  return {
    ...state,
    blocks: state.blocks.filter((block) => BigInt(block.header.number) !== 0n || block === original),
  };
}

/** Resolves when anvil answers eth_chainId; rejects if it exits first or times out. */
export async function waitForAnvil(url, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => (exited = `anvil exited (code ${code}, signal ${signal})`));
  for (;;) {
    if (exited) throw new Error(exited);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}',
      });
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`anvil not ready after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
