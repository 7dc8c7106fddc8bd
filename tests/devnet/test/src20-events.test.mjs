// SRC20 encrypted events: exact on-chain format (spec 8.2-8.5), decryptable
// with the viewing key from the Directory, stable across queries; plus the
// register-key / traffic / emit commands.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeAbiParameters, encodeAbiParameters, pad } from 'viem';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { bytesToHex, hexToBytes } from '../src/seismic/bytes.mjs';
import { decryptSrc20Amount, keccak256 } from '../src/seismic/crypto.mjs';
import { SRC20_APPROVAL_TOPIC, SRC20_TRANSFER_TOPIC } from '../src/emulator/rewrite.mjs';
import { runDevnet, startDevnet } from './helpers.mjs';

const KEY_A = `0x${'ab'.repeat(32)}`; // account 1's viewing key
const KEY_ZERO_TOPIC = `0x${'00'.repeat(32)}`;
const EMPTY_BYTES_DATA = encodeAbiParameters([{ type: 'bytes' }], ['0x']);
const word = (n) => encodeAbiParameters([{ type: 'uint256' }], [BigInt(n)]);
const topicOf = (address) => pad(address.toLowerCase(), { size: 32 });
const payloadOf = (log) => hexToBytes(decodeAbiParameters([{ type: 'bytes' }], log.data)[0]);
const keyHash = (k) => bytesToHex(keccak256(hexToBytes(k)));

describe('SRC20 encrypted events', () => {
  let devnet;
  let m;
  let rpc;
  let alice; // account 1, has a viewing key
  let bob; // account 2, keyless
  let admin; // account 0, token admin

  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
    [admin, alice, bob] = await Promise.all([0, 1, 2].map((i) => SeismicWallet.connect(m.rpcUrl, m.accounts[i].privateKey, { rpc })));
    const { stdout } = await runDevnet(['register-key', '--manifest', devnet.manifestPath, '--account', '1', '--key-hex', KEY_A]);
    const out = JSON.parse(stdout.trim().split('\n').pop());
    assert.equal(out.keyHash, keyHash(KEY_A));
  });
  after(() => devnet?.stop());

  test('Directory twin after register-key', async () => {
    const dir = m.contracts.Directory;
    const plain = (data) => rpc.call('eth_call', [{ to: dir, data }, 'latest']);
    assert.equal(await plain(encodeCall('checkHasKey(address)', [alice.address])), word(1));
    assert.equal(await plain(encodeCall('checkHasKey(address)', [bob.address])), word(0));
    assert.equal(await plain(encodeCall('keyHash(address)', [alice.address])), keyHash(KEY_A));
    assert.equal(await plain(encodeCall('keyHash(address)', [bob.address])), '0x290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563');
    assert.equal(await alice.call({ to: dir, data: encodeCall('getKey()') }), KEY_A);
    assert.equal(await plain(encodeCall('getKey()')), word(0), 'plain call has msg.sender 0');
    // KeySet(address indexed) was emitted by the shielded setKey.
    // (The Intelligence providers' registrations at setup came first.)
    const logs = await rpc.call('eth_getLogs', [{ address: dir, fromBlock: '0x0', topics: ['0xe09b54ab39b458cc6e350a9444815a294301d94eaa79ba68d8a2f9f9c7c0b4cc'] }]);
    assert.deepEqual(logs.map((l) => l.topics[1]), [...m.providers.map((p) => topicOf(p.address)), topicOf(alice.address)]);
    // ZERO_KEY revert (signed estimate of setKey(0) decrypts to the reason).
    await assert.rejects(alice.estimate({ to: dir, data: encodeCall('setKey(suint256)', [0n]) }), (e) => {
      assert.equal(e.code, 3);
      assert.match(Buffer.from(e.plaintext.slice(138), 'hex').toString(), /ZERO_KEY/);
      return true;
    });
  });

  test('transfer: one event per provider, then from, then to; keyed party decrypts, keyless party gets zero topic and empty data', async () => {
    const receipt = await alice.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('transfer(address,suint256)', [bob.address, 1234n]) });
    assert.equal(receipt.status, '0x1');
    assert.equal(receipt.type, '0x4a');
    const logs = receipt.logs.filter((l) => l.address.toLowerCase() === m.contracts.Src20Token.toLowerCase());
    assert.equal(logs.length, 2 + m.providers.length);
    for (const l of logs) {
      assert.equal(l.topics[0], SRC20_TRANSFER_TOPIC);
      assert.equal(l.topics[1], topicOf(alice.address));
      assert.equal(l.topics[2], topicOf(bob.address));
      assert.equal(l.transactionHash, receipt.transactionHash);
    }
    const [fromLog, toLog] = logs.slice(-2);
    m.providers.forEach((p, i) => {
      assert.equal(logs[i].topics[3], p.keyHash);
      assert.equal(decryptSrc20Amount(hexToBytes(p.viewingKey), payloadOf(logs[i])), 1234n);
    });
    assert.equal(fromLog.topics[3], keyHash(KEY_A));
    const payload = payloadOf(fromLog);
    assert.equal(payload.length, 60, 'ciphertext(32) || tag(16) || nonce(12)');
    assert.equal(decryptSrc20Amount(hexToBytes(KEY_A), payload), 1234n);
    assert.equal((fromLog.data.length - 2) / 2, 128);
    assert.equal(toLog.topics[3], KEY_ZERO_TOPIC);
    assert.equal(toLog.data, EMPTY_BYTES_DATA);

    // Byte-for-byte the same through every path and on every query.
    const filter = { fromBlock: receipt.blockNumber, toBlock: receipt.blockNumber, topics: [[SRC20_TRANSFER_TOPIC, SRC20_APPROVAL_TOPIC], null, null, keyHash(KEY_A)] };
    const viaLogs = await rpc.call('eth_getLogs', [filter]);
    assert.deepEqual(viaLogs, [fromLog]);
    assert.deepEqual(await rpc.call('eth_getLogs', [filter]), viaLogs);
    assert.deepEqual((await rpc.call('eth_getTransactionReceipt', [receipt.transactionHash])).logs, receipt.logs);
    assert.deepEqual((await rpc.call('eth_getBlockReceipts', [receipt.blockNumber]))[0].logs, receipt.logs);
    const filterId = await rpc.call('eth_newFilter', [filter]);
    assert.deepEqual(await rpc.call('eth_getFilterLogs', [filterId]), viaLogs);

    assert.equal(await alice.call({ to: m.contracts.Src20Token, data: encodeCall('balance()') }), word(10n ** 24n - 1234n));
    assert.equal(await bob.call({ to: m.contracts.Src20Token, data: encodeCall('balanceOf()') }), word(10n ** 24n + 1234n));
  });

  test('approve emits Approval per provider, then owner, then spender; allowance is the caller\'s', async () => {
    const receipt = await bob.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('approve(address,suint256)', [alice.address, 55n]) });
    assert.equal(receipt.logs.length, 2 + m.providers.length);
    m.providers.forEach((p, i) => {
      assert.equal(receipt.logs[i].topics[0], SRC20_APPROVAL_TOPIC);
      assert.equal(decryptSrc20Amount(hexToBytes(p.viewingKey), payloadOf(receipt.logs[i])), 55n);
    });
    const [ownerLog, spenderLog] = receipt.logs.slice(-2);
    assert.equal(ownerLog.topics[0], SRC20_APPROVAL_TOPIC);
    assert.equal(ownerLog.topics[1], topicOf(bob.address));
    assert.equal(ownerLog.topics[2], topicOf(alice.address));
    assert.equal(ownerLog.topics[3], KEY_ZERO_TOPIC);
    assert.equal(ownerLog.data, EMPTY_BYTES_DATA);
    assert.equal(spenderLog.topics[3], keyHash(KEY_A));
    assert.equal(decryptSrc20Amount(hexToBytes(KEY_A), payloadOf(spenderLog)), 55n);
    assert.equal(await bob.call({ to: m.contracts.Src20Token, data: encodeCall('allowance(address)', [alice.address]) }), word(55));

    const spend = await alice.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('transferFrom(address,address,suint256)', [bob.address, alice.address, 50n]) });
    const [f, t] = spend.logs.slice(-2);
    assert.equal(f.topics[3], KEY_ZERO_TOPIC); // from = bob
    assert.equal(decryptSrc20Amount(hexToBytes(KEY_A), payloadOf(t)), 50n); // to = alice
  });

  test('mint: from = address(0) is keyless; nonces differ per event', async () => {
    const receipt = await admin.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('mint(address,suint256)', [alice.address, 77n]) });
    const [zeroLog, toLog] = receipt.logs.slice(-2);
    assert.equal(zeroLog.topics[1], KEY_ZERO_TOPIC);
    assert.equal(zeroLog.topics[3], KEY_ZERO_TOPIC);
    assert.equal(zeroLog.data, EMPTY_BYTES_DATA);
    assert.equal(decryptSrc20Amount(hexToBytes(KEY_A), payloadOf(toLog)), 77n);
    const again = await admin.sendAndWait({ to: m.contracts.Src20Token, data: encodeCall('mint(address,suint256)', [alice.address, 77n]) });
    assert.notDeepEqual(payloadOf(again.logs.at(-1)).subarray(48), payloadOf(toLog).subarray(48), 'fresh nonce per event');
    assert.notDeepEqual(payloadOf(receipt.logs[0]).subarray(48), payloadOf(receipt.logs[1]).subarray(48), 'fresh nonce per provider');
    // Only the admin may mint.
    await assert.rejects(bob.estimate({ to: m.contracts.Src20Token, data: encodeCall('mint(address,suint256)', [bob.address, 1n]) }), (e) => e.code === 3);
  });

  test('traffic: shielded SRC20 and ERC20 transfers between dev accounts', async () => {
    const before = BigInt(await rpc.call('eth_blockNumber'));
    const { stdout } = await runDevnet(['traffic', '--manifest', devnet.manifestPath, '--transfers', '20', '--erc20-transfers', '10']);
    const summary = JSON.parse(stdout.trim().split('\n').pop());
    assert.equal(summary.src20Transfers, 20);
    assert.equal(summary.erc20Transfers, 10);
    assert.equal(summary.failed, 0);
    const logs = await rpc.call('eth_getLogs', [{ address: m.contracts.Src20Token, fromBlock: `0x${(before + 1n).toString(16)}`, topics: [SRC20_TRANSFER_TOPIC] }]);
    assert.equal(logs.length, 20 * (2 + m.providers.length));
    for (const l of logs.filter((x) => x.topics[3] === keyHash(KEY_A))) assert.ok(decryptSrc20Amount(hexToBytes(KEY_A), payloadOf(l)) > 0n);
    for (const l of logs) {
      const tx = await rpc.call('eth_getTransactionByHash', [l.transactionHash]);
      assert.equal(tx.type, '0x4a');
    }
  });

  test('emit: bulk MockSrc20Events payloads under key K, emitted verbatim', async () => {
    const K = `0x${'5a'.repeat(32)}`;
    const { stdout } = await runDevnet(['emit', '--manifest', devnet.manifestPath, '--events', '120', '--key-hex', K, '--batch', '50']);
    const summary = JSON.parse(stdout.trim().split('\n').pop());
    assert.equal(summary.events, 120);
    assert.equal(summary.transactions, 3);
    const logs = await rpc.call('eth_getLogs', [
      { address: m.contracts.MockSrc20Events, fromBlock: `0x${summary.fromBlock.toString(16)}`, toBlock: `0x${summary.toBlock.toString(16)}`, topics: [SRC20_TRANSFER_TOPIC, null, null, keyHash(K)] },
    ]);
    assert.equal(logs.length, 120);
    assert.deepEqual(
      logs.map((l) => decryptSrc20Amount(hexToBytes(K), payloadOf(l))),
      Array.from({ length: 120 }, (_, i) => BigInt(i + 1)),
    );
    // Approval variant.
    const { stdout: out2 } = await runDevnet(['emit', '--manifest', devnet.manifestPath, '--events', '3', '--key-hex', K, '--approvals']);
    assert.equal(JSON.parse(out2.trim().split('\n').pop()).event, 'Approval');
  });
});
