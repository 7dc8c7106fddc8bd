// The long-running devnet process (started detached by `devnet start`):
// anvil as a child on an internal loopback port, the emulator on the public
// port, chain setup, then a "ready" message to the starter over IPC.
// SIGTERM/SIGINT stop anvil and exit; anvil dying takes the devnet down.
import { loadArtifacts } from '../contracts/build.mjs';
import { hexToBytesStrict } from '../seismic/bytes.mjs';
import { Emulator } from '../emulator/emulator.mjs';
import { RpcServer } from '../emulator/server.mjs';
import { SubscriptionHub } from '../emulator/subscriptions.mjs';
import { UpstreamHttp } from '../emulator/upstream.mjs';
import { devAccounts } from './accounts.mjs';
import { freePort, spawnAnvil, waitForAnvil } from './anvil.mjs';
import { setupChain } from './setup.mjs';

const log = (msg) => console.log(`${new Date().toISOString()} ${msg}`);

let anvil = null;
let server = null;
let hub = null;
let stopping = false;

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

  anvil = spawnAnvil({ port: anvilPort, chainId: cfg.chainId, blockTime: cfg.blockTime, stdio: ['ignore', 'inherit', 'inherit'] });
  anvil.on('exit', (code, signal) => {
    if (!stopping) {
      log(`anvil exited unexpectedly (code ${code}, signal ${signal})`);
      shutdown(1);
    }
  });
  await waitForAnvil(anvilUrl, anvil);
  log(`anvil ${anvil.pid} on ${anvilUrl}`);

  hub = new SubscriptionHub(emulator, `ws://127.0.0.1:${anvilPort}`, log);
  await hub.start();
  emulator.subscriptions = hub;
  log(`emulator ${process.pid} on ${rpcUrl} (TEE public key ${emulator.teePublicKeyHex})`);

  const accounts = devAccounts();
  const contracts = await setupChain({ upstream, emulator, publicUrl: rpcUrl, artifacts, accounts, log });

  const info = {
    rpcUrl,
    wsUrl: `ws://127.0.0.1:${port}`,
    chainId: cfg.chainId,
    teePublicKey: emulator.teePublicKeyHex,
    accounts,
    contracts,
    pids: [process.pid, anvil.pid],
    processes: { emulator: process.pid, anvil: anvil.pid },
    anvil: { rpcUrl: anvilUrl, note: 'internal backend; clients must use rpcUrl/wsUrl' },
    blockTime: cfg.blockTime ?? null,
    artifactsDir: cfg.artifactsDir,
  };
  log('ready');
  process.send?.({ type: 'ready', info });
}

main().catch((e) => {
  log(`fatal: ${e.stack ?? e.message}`);
  process.send?.({ type: 'error', message: e.message });
  // Give the IPC message a moment, then make sure anvil does not outlive us.
  setTimeout(() => shutdown(1), 100);
});
