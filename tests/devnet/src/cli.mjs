// `devnet` command line: start/stop the devnet and drive demo traffic.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS_DIR } from './contracts/build.mjs';
import { commandLine, isAlive, sleep, stopProcesses } from './devnet/process.mjs';
import { DEFAULT_MAX_SIGNED_READ_BYTES } from './emulator/emulator.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DAEMON = join(ROOT, 'src', 'devnet', 'daemon.mjs');
// Dev TEE key of spec 10.2 (sanvil / seismic-reth --dev); public 028e7682...88ae5a0.
export const DEV_TEE_SECRET = '311d54d3bf8359c70827122a44a7b4458733adce3c51c6b59d9acfce85e07505';
const CHAIN_ID = 31337;
const START_TIMEOUT_MS = 120_000;
const DEFAULT_PROVIDERS = 2;

const USAGE = `usage:
  devnet start --manifest FILE [--port N] [--block-time S] [--tee-secret HEX] [--log FILE]
               [--max-signed-read-bytes N] [--allow-debug] [--providers N]
  devnet stop --manifest FILE
  devnet restart --manifest FILE
  devnet traffic --manifest FILE --transfers N [--erc20-transfers M] [--rate R]
  devnet emit --manifest FILE --events N --key-hex K [--batch B] [--approvals]
  devnet register-key --manifest FILE --account I --key-hex K

  restart: the node goes down (every client connection cut) and comes back on
  the same port with the same chain (anvil state dump and load).
  --providers N: Intelligence providers with viewing keys (default 2).
  --port 0 or absent picks a free port. --block-time S switches anvil from
  automine to interval mining. The TEE secret defaults to the dev key
  (env SEISMIC_DEVNET_TEE_SECRET overrides it too).`;

class UsageError extends Error {}
class StartError extends Error {}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument: ${a}`);
    const eq = a.indexOf('=');
    if (eq > 0) opts[a.slice(2, eq)] = a.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) opts[a.slice(2)] = argv[++i];
    else opts[a.slice(2)] = true;
  }
  return opts;
}

function required(opts, name) {
  const v = opts[name];
  if (v === undefined || v === true) throw new UsageError(`--${name} is required`);
  return v;
}

function integer(opts, name, { min = 0, def } = {}) {
  if (opts[name] === undefined) {
    if (def === undefined) throw new UsageError(`--${name} is required`);
    return def;
  }
  const n = Number(opts[name]);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be an integer >= ${min}`);
  return n;
}

export function readManifest(path) {
  if (!existsSync(path)) throw new UsageError(`manifest not found: ${path}`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

function writeManifest(path, manifest) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(tmp, path);
}

// What each manifest PID must still be running before stop signals it.
const PROCESS_MATCH = { emulator: 'daemon.mjs', anvil: 'anvil' };

function runningPids(manifest) {
  return Object.entries(manifest.processes ?? {}).filter(([role, pid]) => isAlive(pid) && commandLine(pid).includes(PROCESS_MATCH[role] ?? ''));
}

async function start(opts) {
  const manifestPath = resolve(required(opts, 'manifest'));
  if (existsSync(manifestPath)) {
    const running = runningPids(readManifest(manifestPath));
    if (running.length) throw new UsageError(`a devnet is already running for ${manifestPath} (pids ${running.map(([, p]) => p).join(', ')})`);
  }
  let blockTime = null;
  if (opts['block-time'] !== undefined) {
    blockTime = Number(opts['block-time']);
    if (!(blockTime > 0)) throw new UsageError('--block-time must be a positive number of seconds');
  }
  const teeSecret = String(opts['tee-secret'] ?? process.env.SEISMIC_DEVNET_TEE_SECRET ?? DEV_TEE_SECRET).replace(/^0x/, '');
  if (!/^[0-9a-fA-F]{64}$/.test(teeSecret)) throw new UsageError('--tee-secret must be 32 bytes of hex');
  const cfg = {
    port: integer(opts, 'port', { def: 0 }),
    blockTime,
    chainId: CHAIN_ID,
    teeSecret: `0x${teeSecret}`,
    providers: integer(opts, 'providers', { def: DEFAULT_PROVIDERS }),
    maxSignedReadBytes: integer(opts, 'max-signed-read-bytes', { min: 1, def: DEFAULT_MAX_SIGNED_READ_BYTES }),
    allowDebug: Boolean(opts['allow-debug'] || process.env.SEISMIC_DEVNET_ALLOW_DEBUG === '1'),
    artifactsDir: ARTIFACTS_DIR,
    manifest: manifestPath,
  };
  const logFile = resolve(opts.log ?? `${manifestPath}.log`);
  const logFd = openSync(logFile, 'w');
  const t0 = Date.now();
  // Detached: the devnet outlives this command; IPC only until it reports ready.
  const child = spawn(process.execPath, [DAEMON, JSON.stringify(cfg)], { detached: true, stdio: ['ignore', logFd, logFd, 'ipc'], cwd: ROOT });
  const info = await new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`devnet not ready after ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    child.on('message', (m) => {
      clearTimeout(timer);
      if (m?.type === 'ready') resolveReady(m.info);
      else reject(new Error(m?.message ?? 'devnet failed to start'));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`devnet exited during startup (code ${code}, signal ${signal})`));
    });
  }).catch(async (e) => {
    await stopProcesses([{ pid: child.pid, match: 'daemon.mjs' }]);
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
    throw new StartError(`${e.message}\n--- ${logFile} (tail) ---\n${tail}`);
  });
  const manifest = { version: 1, ...info, logFile, manifest: manifestPath, startedAt: new Date().toISOString() };
  writeManifest(manifestPath, manifest);
  child.removeAllListeners('exit');
  child.disconnect();
  child.unref();
  console.log(`devnet ready in ${Date.now() - t0} ms: ${manifest.rpcUrl} (ws ${manifest.wsUrl}), manifest ${manifestPath}`);
}

async function stop(opts) {
  const manifestPath = resolve(required(opts, 'manifest'));
  const manifest = readManifest(manifestPath);
  // The emulator first: it stops anvil itself; anvil is then signalled only if it survived.
  const entries = Object.entries(manifest.processes ?? {}).map(([role, pid]) => ({ pid, match: PROCESS_MATCH[role] ?? '' }));
  const survivors = await stopProcesses(entries);
  const pids = entries.map((e) => e.pid);
  if (survivors.length) {
    console.error(`devnet stop: processes still alive: ${survivors.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`devnet stopped (pids ${pids.join(', ')} gone)`);
}

// The daemon restarts the node on SIGUSR2 and counts it in the manifest's `restarts`.
async function restart(opts) {
  const manifestPath = resolve(required(opts, 'manifest'));
  const manifest = readManifest(manifestPath);
  const emulator = manifest.processes?.emulator;
  if (!runningPids(manifest).some(([role]) => role === 'emulator')) throw new StartError(`no devnet is running for ${manifestPath}`);
  const before = manifest.restarts ?? 0;
  const t0 = Date.now();
  process.kill(emulator, 'SIGUSR2');
  for (;;) {
    await sleep(50);
    const now = readManifest(manifestPath);
    if ((now.restarts ?? 0) > before) {
      console.log(`devnet restarted in ${Date.now() - t0} ms: ${now.rpcUrl} (anvil ${now.processes.anvil})`);
      return;
    }
    if (!isAlive(emulator)) throw new StartError(`the devnet died while restarting; see ${manifest.logFile}`);
    if (Date.now() - t0 > START_TIMEOUT_MS) throw new StartError(`no restart after ${START_TIMEOUT_MS} ms; see ${manifest.logFile}`);
  }
}

async function traffic(opts) {
  const { runTraffic } = await import('./tools/traffic.mjs');
  const manifest = readManifest(resolve(required(opts, 'manifest')));
  const transfers = integer(opts, 'transfers');
  const summary = await runTraffic({
    manifest,
    transfers,
    erc20Transfers: integer(opts, 'erc20-transfers', { def: transfers }),
    rate: opts.rate === undefined ? null : Number(opts.rate),
    log: console.log,
  });
  console.log(JSON.stringify(summary));
  if (summary.failed) process.exitCode = 1;
}

async function emit(opts) {
  const { runEmit } = await import('./tools/emit.mjs');
  const manifest = readManifest(resolve(required(opts, 'manifest')));
  const summary = await runEmit({
    manifest,
    events: integer(opts, 'events', { min: 1 }),
    keyHex: required(opts, 'key-hex'),
    batch: integer(opts, 'batch', { min: 1, def: 500 }),
    approvals: Boolean(opts.approvals),
    log: console.log,
  });
  console.log(JSON.stringify(summary));
}

async function registerKey(opts) {
  const { registerViewingKey } = await import('./tools/register-key.mjs');
  const manifest = readManifest(resolve(required(opts, 'manifest')));
  const result = await registerViewingKey({ manifest, account: integer(opts, 'account'), keyHex: required(opts, 'key-hex') });
  console.log(JSON.stringify(result));
}

const COMMANDS = { start, stop, restart, traffic, emit, 'register-key': registerKey };

export async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || !COMMANDS[command]) {
    console.log(USAGE);
    if (command && !['help', '--help'].includes(command)) process.exitCode = 2;
    return;
  }
  try {
    await COMMANDS[command](parseArgs(rest));
  } catch (e) {
    console.error(`devnet ${command}: ${e instanceof UsageError || e instanceof StartError ? e.message : (e.stack ?? e.message)}`);
    if (e instanceof UsageError) console.error(USAGE);
    process.exitCode = e instanceof UsageError ? 2 : 1;
  }
}

await main(process.argv.slice(2));
