// Intelligence providers (the standard library's event fan-out), signed
// balance reads (balanceOfSigned) and the SRC20Multicall twin.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeAbiParameters, decodeFunctionResult, encodeFunctionData, pad } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { hexToBytes } from '../src/seismic/bytes.mjs';
import { decryptSrc20Amount } from '../src/seismic/crypto.mjs';
import { startDevnet } from './helpers.mjs';

const word = (n) => pad(`0x${BigInt(n).toString(16)}`, { size: 32 });
const payloadOf = (log) => hexToBytes(decodeAbiParameters([{ type: 'bytes' }], log.data)[0]);
const revertText = (e) => {
  const data = e.data ?? '';
  return data.length > 138 ? Buffer.from(data.slice(138), 'hex').toString().replace(/\0+$/, '') : e.message;
};

async function signBalanceRead(privateKey, chainId, expiry) {
  const account = privateKeyToAccount(privateKey);
  return account.signTypedData({
    domain: { name: 'SRC20BalanceRead', version: '1', chainId },
    types: { BalanceRead: [{ name: 'owner', type: 'address' }, { name: 'expiry', type: 'uint256' }] },
    primaryType: 'BalanceRead',
    message: { owner: account.address, expiry },
  });
}

describe('Intelligence providers (default: two)', () => {
  let devnet;
  let m;
  let rpc;

  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
  });
  after(() => devnet?.stop());

  const plain = (to, data) => rpc.call('eth_call', [{ to, data }, 'latest']);

  test('the predeploy lists the manifest\'s providers, each with its key in the Directory', async () => {
    assert.equal(m.contracts.Intelligence, '0x1000000000000000000000000000000000000005');
    assert.equal(m.providers.length, 2);
    assert.equal(await plain(m.contracts.Intelligence, encodeCall('numProviders()')), word(2));
    for (const [i, p] of m.providers.entries()) {
      assert.equal(await plain(m.contracts.Intelligence, encodeCall('providers(uint256)', [BigInt(i)])), pad(p.address.toLowerCase(), { size: 32 }));
      assert.equal(await plain(m.contracts.Directory, encodeCall('keyHash(address)', [p.address])), p.keyHash);
      assert.ok(!m.accounts.some((a) => a.address === p.address), 'no dev account is a provider');
      const wallet = await SeismicWallet.connect(m.rpcUrl, p.privateKey, { rpc });
      assert.equal(await wallet.call({ to: m.contracts.Directory, data: encodeCall('getKey()') }), p.viewingKey);
    }
  });

  test('only the owner manages providers', async () => {
    const res = await rpc.request('eth_estimateGas', [{ from: m.accounts[0].address, to: m.contracts.Intelligence, data: encodeCall('addProvider(address)', [m.accounts[0].address]) }]);
    assert.ok(res.error, 'a dev account is not the Intelligence owner');
  });

  test('setup mints fanned out to both providers: provider logs, then keyless from/to', async () => {
    const logs = await rpc.call('eth_getLogs', [{ address: m.contracts.Src20Token, fromBlock: '0x0' }]);
    assert.equal(logs.length, m.accounts.length * 4);
    const first = logs.filter((l) => l.transactionHash === logs[0].transactionHash);
    assert.deepEqual(first.map((l) => l.topics[3]), [m.providers[0].keyHash, m.providers[1].keyHash, word(0), word(0)]);
    for (const [i, p] of m.providers.entries()) assert.equal(decryptSrc20Amount(hexToBytes(p.viewingKey), payloadOf(first[i])), 10n ** 24n);
  });

  test('balanceOfSigned: any caller reads the owner\'s balance with the owner\'s EIP-712 signature', async () => {
    const owner = m.accounts[5];
    const block = await rpc.call('eth_getBlockByNumber', ['latest', false]);
    const expiry = BigInt(block.timestamp) + 600n;
    const signature = await signBalanceRead(owner.privateKey, m.chainId, expiry);
    const read = (o, e, sig) =>
      rpc.request('eth_call', [{ to: m.contracts.Src20Token, data: encodeCall('balanceOfSigned(address,uint256,bytes)', [o, e, sig]) }, 'latest']);
    assert.equal((await read(owner.address, expiry, signature)).result, word(10n ** 24n));
    assert.match(revertText((await read(owner.address, expiry + 1n, signature)).error), /invalid signature/, 'expiry is signed');
    assert.match(revertText((await read(m.accounts[6].address, expiry, signature)).error), /invalid signature/, 'owner is signed');
    assert.match(revertText((await read(owner.address, expiry, signature.slice(0, -2))).error), /invalid signature length/);
    const past = BigInt(block.timestamp) - 1n;
    assert.match(revertText((await read(owner.address, past, await signBalanceRead(owner.privateKey, m.chainId, past))).error), /signature expired/);
    const otherChain = await signBalanceRead(owner.privateKey, m.chainId + 1, expiry);
    assert.match(revertText((await read(owner.address, expiry, otherChain)).error), /invalid signature/, 'bound to the chain id');
  });

  test('Src20Multicall: one signature, many tokens; a token without balanceOfSigned fails by index', async () => {
    const owner = m.accounts[7];
    const block = await rpc.call('eth_getBlockByNumber', ['latest', false]);
    const expiry = BigInt(block.timestamp) + 600n;
    const signature = await signBalanceRead(owner.privateKey, m.chainId, expiry);
    const abi = (await import(`${m.artifactsDir}/Src20Multicall.json`, { with: { type: 'json' } })).default.abi;
    const call = async (functionName, tokens) => {
      const data = encodeFunctionData({ abi, functionName, args: [owner.address, tokens, expiry, signature] });
      const res = await rpc.request('eth_call', [{ to: m.contracts.Src20Multicall, data }, 'latest']);
      return res.error ? res.error : decodeFunctionResult({ abi, functionName, data: res.result });
    };
    assert.deepEqual(await call('batchBalances', [m.contracts.Src20Token, m.contracts.Src20Token]), [10n ** 24n, 10n ** 24n]);
    assert.deepEqual(await call('batchBalances', []), []);
    assert.match(revertText(await call('batchBalances', [m.contracts.Src20Token, m.contracts.Erc20Token])), /Failed to read balance from token at index 1/);
    const detailed = await call('batchBalancesDetailed', [m.contracts.Src20Token, m.contracts.Erc20Token]);
    assert.deepEqual(detailed.map((r) => [r.token, r.balance, r.success]), [
      [m.contracts.Src20Token, 10n ** 24n, true],
      [m.contracts.Erc20Token, 0n, false],
    ]);
  });
});

describe('devnet start --providers', () => {
  test('--providers 0: only the from and to events, as on a chain without providers', async () => {
    const devnet = await startDevnet(['--providers', '0']);
    try {
      const m = devnet.manifest;
      assert.deepEqual(m.providers, []);
      const rpc = new JsonRpc(m.rpcUrl);
      const logs = await rpc.call('eth_getLogs', [{ address: m.contracts.Src20Token, fromBlock: '0x0' }]);
      assert.equal(logs.length, m.accounts.length * 2);
    } finally {
      await devnet.stop();
    }
  });

  test('--providers 3: three keyed providers, fan-out in provider order', async () => {
    const devnet = await startDevnet(['--providers', '3']);
    try {
      const m = devnet.manifest;
      assert.equal(m.providers.length, 3);
      assert.equal(new Set(m.providers.map((p) => p.viewingKey)).size, 3);
      const rpc = new JsonRpc(m.rpcUrl);
      const logs = await rpc.call('eth_getLogs', [{ address: m.contracts.Src20Token, fromBlock: '0x0' }]);
      assert.deepEqual(logs.slice(0, 3).map((l) => l.topics[3]), m.providers.map((p) => p.keyHash));
    } finally {
      await devnet.stop();
    }
  });
});
