// Compiles contracts/*.sol with solc-js and caches the result under build/.
// The cache key covers the compiler version, settings and every source, so a
// normal start never loads the (slow) compiler.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keccak256, toBytes } from 'viem';
import { PUBLISHED_CONTRACTS, SHIELDED_FUNCTIONS, TWIN_ONLY } from './shielded-abi.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTRACTS_DIR = join(ROOT, 'contracts');
export const BUILD_DIR = join(ROOT, 'build');
export const ARTIFACTS_DIR = join(BUILD_DIR, 'contracts');
const CACHE_FILE = join(BUILD_DIR, 'contracts.json');

// cancun: supported by every anvil hardfork we may run and close to Seismic's Mercury EVM.
const SETTINGS = {
  optimizer: { enabled: true, runs: 200 },
  evmVersion: 'cancun',
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.methodIdentifiers'] } },
};

function solcVersion() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('solc/package.json'), 'utf8')).version;
}

function readSources() {
  const sources = {};
  for (const file of readdirSync(CONTRACTS_DIR).filter((f) => f.endsWith('.sol')).sort()) {
    sources[file] = { content: readFileSync(join(CONTRACTS_DIR, file), 'utf8') };
  }
  return sources;
}

function cacheKey(version, sources) {
  return createHash('sha256').update(JSON.stringify({ version, SETTINGS, sources })).digest('hex');
}

async function compile(sources) {
  const require = createRequire(import.meta.url);
  const solc = require('solc');
  const output = JSON.parse(solc.compile(JSON.stringify({ language: 'Solidity', sources, settings: SETTINGS })));
  const errors = (output.errors ?? []).filter((e) => e.severity === 'error');
  if (errors.length) throw new Error(`solc failed:\n${errors.map((e) => e.formattedMessage).join('\n')}`);
  const contracts = {};
  for (const [file, byName] of Object.entries(output.contracts)) {
    for (const [name, c] of Object.entries(byName)) {
      if (!PUBLISHED_CONTRACTS.includes(name)) continue;
      const shielded = SHIELDED_FUNCTIONS[name] ?? [];
      const hidden = TWIN_ONLY[name] ?? [];
      const methodIdentifiers = Object.fromEntries(Object.entries(c.evm.methodIdentifiers).filter(([sig]) => !hidden.some((h) => sig.startsWith(`${h}(`))));
      for (const f of shielded) methodIdentifiers[`${f.name}(${f.inputs.map((i) => i.type).join(',')})`] = f.selector.slice(2);
      contracts[name] = {
        source: `contracts/${file}`,
        // Client-facing ABI: what the contract looks like on a Seismic chain.
        abi: [...c.abi.filter((e) => e.type !== 'fallback' && !hidden.includes(e.name)), ...shielded.map(({ selector, ...e }) => e)],
        // ABI of the standard-Solidity twin actually deployed on anvil.
        twinAbi: c.abi,
        bytecode: `0x${c.evm.bytecode.object}`,
        deployedBytecode: `0x${c.evm.deployedBytecode.object}`,
        methodIdentifiers,
      };
    }
  }
  return contracts;
}

/** The twins' fallbacks hard-code these selectors: make sure they are the shielded ones. */
function checkShieldedSelectors() {
  for (const [name, fns] of Object.entries(SHIELDED_FUNCTIONS)) {
    for (const f of fns) {
      const sig = `${f.name}(${f.inputs.map((i) => i.type).join(',')})`;
      const sel = keccak256(toBytes(sig)).slice(0, 10);
      if (sel !== f.selector) throw new Error(`${name}.${sig}: selector ${sel}, table says ${f.selector}`);
    }
  }
}

function writeAtomic(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Returns { solcVersion, contracts: { Name: { abi, bytecode, ... } } }, compiling only when stale. */
export async function loadArtifacts({ force = false, log = () => {} } = {}) {
  const version = solcVersion();
  const sources = readSources();
  const key = cacheKey(version, sources);
  if (!force && existsSync(CACHE_FILE)) {
    const cached = JSON.parse(readFileSync(CACHE_FILE, 'utf8'));
    if (cached.key === key) return cached;
  }
  checkShieldedSelectors();
  log(`compiling ${Object.keys(sources).length} contracts with solc ${version}`);
  const contracts = await compile(sources);
  const result = { key, solcVersion: version, settings: SETTINGS, contracts };
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  // One file per contract for consumers that only want an ABI (C++ tests, demos).
  for (const [name, c] of Object.entries(contracts)) writeAtomic(join(ARTIFACTS_DIR, `${name}.json`), `${JSON.stringify({ contractName: name, ...c }, null, 2)}\n`);
  writeAtomic(CACHE_FILE, `${JSON.stringify(result)}\n`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = Date.now();
  const { contracts, solcVersion: v } = await loadArtifacts({ force: process.argv.includes('--force'), log: console.log });
  for (const [name, c] of Object.entries(contracts)) console.log(`${name.padEnd(20)} ${(c.deployedBytecode.length - 2) / 2} bytes`);
  console.log(`solc ${v}, ${Date.now() - t0} ms, artifacts in ${ARTIFACTS_DIR}`);
}
