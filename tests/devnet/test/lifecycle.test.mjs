// start/stop: options, interval mining, TEE key override, and no process left behind.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { bytesToHex, hexToBytes } from '../src/seismic/bytes.mjs';
import { compressedPublicKey } from '../src/seismic/crypto.mjs';
import { freePort } from '../src/devnet/anvil.mjs';
import { commandLine, isAlive } from '../src/devnet/process.mjs';
import { runDevnet } from './helpers.mjs';

const TEE_SECRET = '4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318';

describe('lifecycle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seismic-devnet-lifecycle-'));
  const manifestPath = join(dir, 'devnet.json');
  let manifest;
  after(async () => {
    // Never leave a devnet behind, even when an assertion failed half-way.
    if (manifest) await runDevnet(['stop', '--manifest', manifestPath]).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  test('start with a fixed port, interval mining and a custom TEE key', async () => {
    const port = await freePort();
    const t0 = Date.now();
    await runDevnet(['start', '--manifest', manifestPath, '--port', String(port), '--block-time', '1', '--tee-secret', TEE_SECRET]);
    const startMs = Date.now() - t0;
    assert.ok(startMs < 15_000, `startup took ${startMs} ms`);
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    assert.equal(manifest.rpcUrl, `http://127.0.0.1:${port}`);
    assert.equal(manifest.wsUrl, `ws://127.0.0.1:${port}`);
    assert.equal(manifest.teePublicKey, Buffer.from(compressedPublicKey(hexToBytes(TEE_SECRET))).toString('hex'));
    assert.equal(manifest.blockTime, 1);
    assert.ok(existsSync(manifest.logFile));
    assert.equal(manifest.pids.length, 2);
    for (const pid of manifest.pids) assert.ok(isAlive(pid), `pid ${pid} alive`);
    assert.match(commandLine(manifest.processes.anvil), /anvil/);
    assert.match(commandLine(manifest.processes.anvil), /--host 127\.0\.0\.1/);
    assert.match(commandLine(manifest.processes.emulator), /daemon\.mjs/);
  });

  test('a second start on the same manifest is refused', async () => {
    await assert.rejects(runDevnet(['start', '--manifest', manifestPath]), (e) => {
      assert.equal(e.code, 2);
      assert.match(e.stderr, /already running/);
      return true;
    });
  });

  test('interval mining: a shielded tx is pending with its Seismic envelope, then mined', async () => {
    const rpc = new JsonRpc(manifest.rpcUrl);
    const wallet = await SeismicWallet.connect(manifest.rpcUrl, manifest.accounts[0].privateKey, { rpc });
    assert.equal(bytesToHex(wallet.teePublicKey).slice(2), manifest.teePublicKey);
    const hash = await wallet.send({ to: manifest.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [11n]), gas: 100000n });
    const pending = await rpc.call('eth_getTransactionByHash', [hash]);
    assert.equal(pending.hash, hash);
    assert.equal(pending.type, '0x4a');
    const receipt = await rpc.waitForReceipt(hash, { timeoutMs: 10_000 });
    assert.equal(receipt.status, '0x1');
    assert.equal(receipt.type, '0x4a');
  });

  test('stop leaves no process behind', async () => {
    const { pids } = manifest;
    const { stdout } = await runDevnet(['stop', '--manifest', manifestPath]);
    assert.match(stdout, /stopped/);
    for (const pid of pids) assert.equal(isAlive(pid), false, `pid ${pid} gone`);
    await assert.rejects(fetch(manifest.rpcUrl, { method: 'POST', body: '{}' }));
    await assert.rejects(fetch(manifest.anvil.rpcUrl, { method: 'POST', body: '{}' }));
    // Stopping again is harmless.
    await runDevnet(['stop', '--manifest', manifestPath]);
    manifest = null;
  });

  test('default start (automine, dev TEE key) and stop', async () => {
    const path = join(dir, 'second.json');
    await runDevnet(['start', '--manifest', path]);
    const m = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(m.teePublicKey, '028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0');
    assert.equal(m.blockTime, null);
    await runDevnet(['stop', '--manifest', path]);
    for (const pid of m.pids) assert.equal(isAlive(pid), false);
  });

  test('usage errors', async () => {
    await assert.rejects(runDevnet(['start']), (e) => e.code === 2 && /--manifest is required/.test(e.stderr));
    await assert.rejects(runDevnet(['stop', '--manifest', join(dir, 'missing.json')]), (e) => e.code === 2);
    await assert.rejects(runDevnet(['frobnicate']), (e) => e.code === 2);
  });
});
