// Test helpers: each test file starts its own devnet on a free port and stops it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const DEVNET = join(dirname(fileURLToPath(import.meta.url)), '..', 'devnet');

export async function startDevnet(args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'seismic-devnet-test-'));
  const manifestPath = join(dir, 'manifest.json');
  await run(DEVNET, ['start', '--manifest', manifestPath, ...args], { timeout: 120_000 });
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  return {
    manifest,
    manifestPath,
    async stop() {
      await run(DEVNET, ['stop', '--manifest', manifestPath], { timeout: 30_000 });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function runDevnet(args) {
  return run(DEVNET, args, { timeout: 120_000 });
}

export async function rpcRaw(url, body) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return res.json();
}

/** Resolves with the JSON-RPC error object of a call expected to fail. */
export async function rpcError(rpc, method, params) {
  const res = await rpc.request(method, params);
  if (!res.error) throw new Error(`${method} unexpectedly succeeded: ${JSON.stringify(res.result)}`);
  return res.error;
}
