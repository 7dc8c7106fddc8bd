// The long-running devnet process (started detached by `devnet start`):
// anvil as a child on an internal loopback port, the emulator on the public
// port, chain setup, then a "ready" message to the starter over IPC.
// SIGTERM/SIGINT stop anvil and exit; anvil dying takes the devnet down.
// SIGUSR2 restarts the node and keeps the chain (see restartNode).
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadArtifacts } from '../contracts/build.mjs';
import { hexToBytesStrict } from '../seismic/bytes.mjs';
import { Emulator } from '../emulator/emulator.mjs';
import { RpcServer } from '../emulator/server.mjs';
import { SubscriptionHub } from '../emulator/subscriptions.mjs';
import { UpstreamHttp } from '../emulator/upstream.mjs';
import { devAccounts, providerAccounts } from './accounts.mjs';
import { freePort, keepOriginalGenesis, spawnAnvil, waitForAnvil } from './anvil.mjs';
import { setupChain } from './setup.mjs';

const log = (msg) => console.log(`${new Date().toISOString()} ${msg}`);

let anvil = null;
let server = null;
let hub = null;
let stopping = false;
let restarting = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  log('shutting down');
  hub?.close();
  await server?.close().catch(() => {});
  if (anvil && anvil.exitCode === null && anvil.signalCode === null) {
    // Wait for node's own 'exit' event: anvil is then reaped, not left as a zombie.
    const exited = new Promise((resolve) => anvil.once('exit', resolve));
    const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
    anvil.kill('SIGTERM');
    if ((await Promise.race([exited, timeout(5000)])) === 'timeout') {
      anvil.kill('SIGKILL');
      await Promise.race([exited, timeout(3000)]);
    }
  }
  process.exit(code);
}

async function main() {
  const cfg = JSON.parse(process.argv[2]);
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGHUP', () => {}); // survive the starter's terminal going away
  process.on('disconnect', () => {}); // the starter leaves once we are ready
  process.on('uncaughtException', (e) => {
    log(`uncaught: ${e.stack ?? e.message}`);
    shutdown(1);
  });
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${e?.stack ?? e}`));

  const artifacts = await loadArtifacts({ log });

  // The public port first: if it is taken we fail before anything else runs.
  const anvilPort = cfg.anvilPort || (await freePort());
  const anvilUrl = `http://127.0.0.1:${anvilPort}`;
  const upstream = new UpstreamHttp(anvilUrl);
  const emulator = new Emulator({
    upstream,
    chainId: cfg.chainId,
    teeSecretKey: hexToBytesStrict(cfg.teeSecret),
    maxSignedReadBytes: cfg.maxSignedReadBytes,
    allowDebug: cfg.allowDebug,
    log,
  });
  server = new RpcServer(emulator, { log });
  const port = await server.listen(cfg.port ?? 0);
  const rpcUrl = `http://127.0.0.1:${port}`;

  await startAnvil(cfg, anvilPort, null);
  await startHub(emulator, anvilPort);
  log(`emulator ${process.pid} on ${rpcUrl} (TEE public key ${emulator.teePublicKeyHex})`);

  const accounts = devAccounts();
  const providers = providerAccounts(cfg.providers);
  const contracts = await setupChain({ upstream, emulator, publicUrl: rpcUrl, artifacts, accounts, providers, log });

  const info = {
    rpcUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    chainId: cfg.chainId,
    teePublicKey: emulator.teePublicKeyHex,
    accounts,
    providers,
    contracts,
    pids: [process.pid, anvil.pid],
    processes: { emulator: process.pid, anvil: anvil.pid },
    anvil: { rpcUrl: anvilUrl, note: 'internal backend; clients must use rpcUrl/wsUrl' },
    blockTime: cfg.blockTime ?? null,
    artifactsDir: cfg.artifactsDir,
  };
  log('ready');
  process.send?.({ type: 'ready', info });
  process.on('SIGUSR2', () => {
    restartNode({ cfg, emulator, anvilPort, port }).catch((e) => {
      log(`restart failed: ${e.stack ?? e.message}`);
      shutdown(1);
    });
  });
}

async function startAnvil(cfg, anvilPort, loadState) {
  anvil = spawnAnvil({ port: anvilPort, chainId: cfg.chainId, blockTime: cfg.blockTime, loadState, stdio: ['ignore', 'inherit', 'inherit'] });
  const child = anvil;
  child.on('exit', (code, signal) => {
    if (!stopping && !child.killedForRestart) {
      log(`anvil exited unexpectedly (code ${code}, signal ${signal})`);
      shutdown(1);
    }
  });
  const anvilUrl = `http://127.0.0.1:${anvilPort}`;
  await waitForAnvil(anvilUrl, anvil);
  log(`anvil ${anvil.pid} on ${anvilUrl}`);
}

async function startHub(emulator, anvilPort) {
  hub = new SubscriptionHub(emulator, `ws://127.0.0.1:${anvilPort}`, log);
  await hub.start();
  emulator.subscriptions = hub;
}

/**
 * A node restart that keeps the chain, as an operator's restart of a real node looks to its
 * clients: the public port closes (every connection and subscription cut), the chain is dumped
 * (anvil_dumpState: accounts, storage, blocks, transactions, receipts), anvil stops and a new
 * anvil loads the dump on the same internal port, then the public port opens again. The
 * emulator's memory (Seismic hash mappings, event-nonce secret) lives on, as a node's database
 * would; what anvil forgot (impersonations) is redone on demand. The manifest gets the new anvil
 * PID and `restarts` + 1 (what `devnet restart` waits for).
 */
async function restartNode({ cfg, emulator, anvilPort, port }) {
  if (restarting || stopping) return;
  restarting = true;
  const t0 = Date.now();
  log('restart: closing the public port');
  await server.close();
  hub.close();
  // Nothing may be mined while the state is dumped: a dump is not atomic, and a block mined
  // during it leaves the account nonces ahead of the blocks. So every request already received
  // is worked out, mining is stopped, and one last block takes what is still in the pool (an
  // automined transaction is answered before its block is done); it returns once any mining
  // under way is over.
  await server.drain();
  await emulator.settleSends();
  await emulator.upstream.call('evm_setIntervalMining', [0]);
  await emulator.upstream.call('evm_setAutomine', [false]);
  await emulator.upstream.call('evm_mine', []);
  const dump = await emulator.upstream.call('anvil_dumpState', []);
  const statePath = `${cfg.manifest}.state.json`;
  const state = JSON.parse(gunzipSync(Buffer.from(dump.replace(/^0x/, ''), 'hex')).toString('utf8'));
  writeFileSync(statePath, JSON.stringify(keepOriginalGenesis(state)));
  const old = anvil;
  old.killedForRestart = true;
  const exited = new Promise((resolve) => old.once('exit', resolve));
  old.kill('SIGTERM');
  await exited;
  await emulator.upstream.close();
  emulator.upstream = new UpstreamHttp(`http://127.0.0.1:${anvilPort}`);
  emulator.forgetBackendSession();
  await startAnvil(cfg, anvilPort, statePath);
  await startHub(emulator, anvilPort);
  server = new RpcServer(emulator, { log });
  await server.listen(port);
  const manifest = JSON.parse(readFileSync(cfg.manifest, 'utf8'));
  manifest.pids = [process.pid, anvil.pid];
  manifest.processes = { ...manifest.processes, anvil: anvil.pid };
  manifest.restarts = (manifest.restarts ?? 0) + 1;
  const tmp = `${cfg.manifest}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, cfg.manifest);
  restarting = false;
  log(`restart: node back after ${Date.now() - t0} ms (anvil ${anvil.pid}, block ${BigInt(await emulator.upstream.call('eth_blockNumber', []))})`);
}

main().catch((e) => {
  log(`fatal: ${e.stack ?? e.message}`);
  process.send?.({ type: 'error', message: e.message });
  // Give the IPC message a moment, then make sure anvil does not outlive us.
  setTimeout(() => shutdown(1), 100);
});
