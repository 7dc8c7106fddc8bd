// `devnet restart`: the node goes down (connections cut) and comes back on the same port with
// the same chain: blocks, logs (SRC20 payloads included), Seismic hashes and nonces survive, and
// shielded sends and subscriptions work again.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { isAlive } from '../src/devnet/process.mjs';
import { runDevnet, startDevnet } from './helpers.mjs';

const ALL_LOGS = [{ fromBlock: '0x0', toBlock: 'latest' }];

describe('restart', () => {
  let devnet;
  let m;
  let rpc;
  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
  });
  after(() => devnet?.stop());

  test('keeps the chain and cuts every connection', async () => {
    const wallet = await SeismicWallet.connect(m.rpcUrl, m.accounts[3].privateKey, { rpc });
    const shielded = await wallet.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('transfer(address,suint256)', [m.accounts[4].address, 5n]), gas: 200000n });
    await runDevnet(['traffic', '--manifest', devnet.manifestPath, '--transfers', '2', '--erc20-transfers', '2']);
    const head = await rpc.call('eth_blockNumber');
    const logs = await rpc.call('eth_getLogs', ALL_LOGS);
    const nonce = await rpc.call('eth_getTransactionCount', [m.accounts[3].address, 'latest']);
    const tx = await rpc.call('eth_getTransactionByHash', [shielded.transactionHash]);
    const ws = new WebSocket(m.wsUrl);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const closed = new Promise((resolve) => ws.once('close', resolve));

    const { stdout } = await runDevnet(['restart', '--manifest', devnet.manifestPath]);
    assert.match(stdout, /devnet restarted in \d+ ms/);
    await closed; // the node went away under the open WebSocket
    const restarted = JSON.parse(readFileSync(devnet.manifestPath, 'utf8'));
    assert.equal(restarted.restarts, 1);
    assert.notEqual(restarted.processes.anvil, m.processes.anvil);
    assert.ok(!isAlive(m.processes.anvil), 'the old anvil is gone');
    assert.ok(isAlive(restarted.processes.anvil));
    assert.deepEqual(restarted.pids, [restarted.processes.emulator, restarted.processes.anvil]);

    // One block more: the restart mines what is still in the pool before the dump.
    assert.equal(BigInt(await rpc.call('eth_blockNumber')), BigInt(head) + 1n);
    assert.deepEqual(await rpc.call('eth_getLogs', ALL_LOGS), logs);
    assert.equal(await rpc.call('eth_getTransactionCount', [m.accounts[3].address, 'latest']), nonce);
    assert.deepEqual(await rpc.call('eth_getTransactionByHash', [shielded.transactionHash]), tx);

    // Shielded sends (impersonation redone on the new backend) and subscriptions work again.
    const next = await wallet.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('transfer(address,suint256)', [m.accounts[4].address, 6n]), gas: 200000n });
    assert.equal(next.status, '0x1');
    assert.equal(BigInt(next.blockNumber), BigInt(head) + 2n);
    const ws2 = new WebSocket(m.wsUrl);
    await new Promise((resolve, reject) => ws2.once('open', resolve).once('error', reject));
    const answer = new Promise((resolve) => ws2.once('message', (d) => resolve(JSON.parse(d))));
    ws2.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_subscribe', params: ['newHeads'] }));
    assert.match((await answer).result, /^0x[0-9a-f]+$/);
    ws2.close();
  });

  test('keeps the genesis and every block hash across restarts after restarts', async () => {
    const hashes = async () => {
      const head = BigInt(await rpc.call('eth_blockNumber'));
      const blocks = [];
      for (let n = 0n; n <= head; n++)
        blocks.push((await rpc.call('eth_getBlockByNumber', [`0x${n.toString(16)}`, false])).hash);
      return blocks;
    };
    const before = await hashes();
    // A loaded anvil adds a genesis of its own, which a second dump carried along.
    for (let restart = 0; restart < 3; restart++) {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // a new second for that genesis
      await runDevnet(['restart', '--manifest', devnet.manifestPath]);
      const after = await hashes();
      assert.deepEqual(after.slice(0, before.length), before);
    }
  });

  test('refused without a running devnet', async () => {
    await runDevnet(['stop', '--manifest', devnet.manifestPath]);
    await assert.rejects(runDevnet(['restart', '--manifest', devnet.manifestPath]), (e) => {
      assert.equal(e.code, 1);
      assert.match(e.stderr, /no devnet is running/);
      return true;
    });
  });
});
