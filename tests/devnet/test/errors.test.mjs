// Every applicable row of the error catalogue (spec 10.7) is reached with its
// exact code and message; rejected transactions consume no nonce and reach no backend.
import assert from 'node:assert/strict';
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { after, before, beforeEach, describe, test } from 'node:test';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { bytesToHex } from '../src/seismic/bytes.mjs';
import { SECP256K1_N, randomBytes } from '../src/seismic/crypto.mjs';
import { serializeSignedTx } from '../src/seismic/tx.mjs';
import { sendPlainSigned } from '../src/tools/common.mjs';
import { rpcError, startDevnet } from './helpers.mjs';

describe('error catalogue', () => {
  let devnet;
  let m;
  let rpc;
  let wallet;
  let counter;
  let snapshot; // sender nonce and head before each test

  const setNumber = (n) => encodeCall('setNumber(suint256)', [n]);
  const head = async () => BigInt(await rpc.call('eth_blockNumber'));
  const senderNonce = async () => BigInt(await rpc.call('eth_getTransactionCount', [wallet.address, 'latest']));
  /** Neither a nonce nor a block was consumed since beforeEach: nothing reached anvil. */
  const assertNothingExecuted = async () => {
    assert.equal(await senderNonce(), snapshot.nonce, 'no nonce consumed');
    assert.equal(await head(), snapshot.head, 'no block mined');
  };
  const expectError = async (method, params, code, message) => {
    const err = await rpcError(rpc, method, params);
    assert.equal(err.code, code, `${method}: ${JSON.stringify(err)}`);
    if (message instanceof RegExp) assert.match(err.message, message);
    else assert.equal(err.message, message);
    return err;
  };
  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
    wallet = await SeismicWallet.connect(m.rpcUrl, m.accounts[1].privateKey, { rpc });
    counter = m.contracts.SeismicCounter;
    // One accepted tx first, so that "nonce too low" is reachable.
    assert.equal((await wallet.sendAndWait({ to: counter, data: setNumber(1n), gas: 100000n })).status, '0x1');
  });
  after(() => devnet?.stop());
  beforeEach(async () => {
    snapshot = { nonce: await senderNonce(), head: await head() };
  });

  test('empty transaction data', async () => {
    await expectError('eth_sendRawTransaction', ['0x'], -32602, 'empty transaction data');
    await expectError('eth_call', ['0x', 'latest'], -32602, 'empty transaction data');
    await expectError('eth_estimateGas', ['0x'], -32602, 'empty transaction data');
    await assertNothingExecuted();
  });

  test('undecodable bytes', async () => {
    for (const bad of ['0x4a', '0x4a01', '0x4ac0', 'not hex']) {
      await expectError('eth_sendRawTransaction', [bad], -32602, 'failed to decode signed transaction');
      await expectError('eth_call', [bad, 'latest'], -32602, 'failed to decode signed transaction');
    }
    // Trailing garbage after a valid envelope.
    const built = await wallet.build({ to: counter, data: setNumber(1n), gas: 100000n });
    await expectError('eth_sendRawTransaction', [`${built.rawHex}00`], -32602, 'failed to decode signed transaction');
    // Typed data that is not messageVersion 2.
    const req = SeismicWallet.typedDataRequest(built);
    await expectError('eth_sendRawTransaction', [req], -32602, 'failed to decode signed transaction');
    await assertNothingExecuted();
  });

  test('signedRead = true on the write path', async () => {
    const built = await wallet.build({ to: counter, data: setNumber(2n), signedRead: true, gas: 100000n });
    await expectError('eth_sendRawTransaction', [built.rawHex], -32602, 'failed to decode signed transaction');
    const typed = await wallet.build({ to: counter, data: setNumber(2n), signedRead: true, gas: 100000n, messageVersion: 2 });
    await expectError('eth_sendRawTransaction', [SeismicWallet.typedDataRequest(typed)], -32602, 'failed to decode signed transaction');
    await assertNothingExecuted();
  });

  test('invalid signature (high s, zero r)', async () => {
    const built = await wallet.build({ to: counter, data: setNumber(3n), gas: 100000n });
    const { r, s, yParity } = built.tx.signature;
    const highS = bytesToHex(serializeSignedTx(built.tx, { r, s: SECP256K1_N - s, yParity: 1 - yParity }));
    await expectError('eth_sendRawTransaction', [highS], -32602, 'invalid transaction signature');
    const zeroR = bytesToHex(serializeSignedTx(built.tx, { r: 0n, s, yParity }));
    await expectError('eth_sendRawTransaction', [zeroR], -32602, 'invalid transaction signature');
    const read = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true });
    const readHighS = bytesToHex(serializeSignedTx(read.tx, { ...read.tx.signature, s: SECP256K1_N - read.tx.signature.s }));
    await expectError('eth_call', [readHighS, 'latest'], -32602, 'invalid transaction signature');
    await assertNothingExecuted();
  });

  test('signed simulation without signedRead', async () => {
    const write = await wallet.build({ to: counter, data: encodeCall('getNumber()'), gas: 100000n });
    await expectError('eth_call', [write.rawHex, 'latest'], -32602, 'signed simulation request must set signedRead=true');
    await expectError('eth_estimateGas', [write.rawHex], -32602, 'signed simulation request must set signedRead=true');
    const typed = await wallet.build({ to: counter, data: encodeCall('getNumber()'), gas: 100000n, messageVersion: 2 });
    await expectError('eth_call', [SeismicWallet.typedDataRequest(typed)], -32602, 'signed simulation request must set signedRead=true');
    await assertNothingExecuted();
  });

  test('signed read without seismic elements (a signed legacy tx)', async () => {
    const { privateKeyToAccount } = await import('viem/accounts');
    const raw = await privateKeyToAccount(m.accounts[1].privateKey).signTransaction({ type: 'legacy', chainId: 31337, nonce: 0, gasPrice: 1n, gas: 21000n, to: counter });
    await expectError('eth_call', [raw, 'latest'], -32602, 'signed read missing seismic_elements');
    await assertNothingExecuted();
  });

  test('oversize signed read', async () => {
    const data = bytesToHex(nodeRandomBytes(128 * 1024));
    const built = await wallet.build({ to: counter, data, signedRead: true });
    await expectError('eth_call', [built.rawHex, 'latest'], -32602, `signed-read payload exceeds 131072 bytes (got ${built.raw.length})`);
    const typed = await wallet.build({ to: counter, data, signedRead: true, messageVersion: 2 });
    await expectError('eth_call', [SeismicWallet.typedDataRequest(typed)], -32602, `signed-read payload exceeds 131072 bytes (got ${typed.tx.input.length})`);
    await assertNothingExecuted();
  });

  test('expired', async () => {
    const current = await head();
    const read = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true, expiresAtBlock: current - 1n });
    await expectError('eth_call', [read.rawHex, 'latest'], -32000, `transaction expired: current block ${current} > expires_at_block ${current - 1n}`);
    const write = await wallet.build({ to: counter, data: setNumber(4n), gas: 100000n, expiresAtBlock: current - 1n });
    await expectError('eth_sendRawTransaction', [write.rawHex], -32003, `transaction expired: current block ${current} > expires_at_block ${current - 1n}`);
    // expiresAtBlock == current is still valid for a read.
    const edge = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true, expiresAtBlock: current });
    assert.ok((await rpc.request('eth_call', [edge.rawHex, 'latest'])).result);
    await assertNothingExecuted();
  });

  test('stale or unknown recent block hash', async () => {
    const unknown = bytesToHex(randomBytes(32));
    const read = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true, recentBlockHash: unknown });
    await expectError('eth_call', [read.rawHex, 'latest'], -32000, `recent_block_hash ${unknown} not found in the last 100 blocks`);
    const write = await wallet.build({ to: counter, data: setNumber(5n), gas: 100000n, recentBlockHash: unknown });
    await expectError('eth_sendRawTransaction', [write.rawHex], -32003, `recent_block_hash ${unknown} not found in the last 100 blocks`);
    await assertNothingExecuted();

    // Window edges: 100 blocks back is fine for a read but not for the pool (last 100 heads).
    const old = await rpc.call('eth_getBlockByNumber', ['latest', false]);
    await rpc.call('anvil_mine', ['0x64']); // 100 blocks
    const current = await head();
    const atEdge = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true, recentBlockHash: old.hash, expiresAtBlock: current + 10n });
    assert.ok((await rpc.request('eth_call', [atEdge.rawHex, 'latest'])).result, 'current - 100 is inside the RPC window');
    const poolEdge = await wallet.build({ to: counter, data: setNumber(5n), gas: 100000n, recentBlockHash: old.hash, expiresAtBlock: current + 10n });
    await expectError('eth_sendRawTransaction', [poolEdge.rawHex], -32003, `recent_block_hash ${old.hash} not found in the last 100 blocks`);
    await rpc.call('anvil_mine', ['0x1']);
    const beyond = await wallet.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true, recentBlockHash: old.hash, expiresAtBlock: current + 10n });
    await expectError('eth_call', [beyond.rawHex, 'latest'], -32000, `recent_block_hash ${old.hash} not found in the last 100 blocks`);
  });

  test('decryption failure', async () => {
    const write = await wallet.build({ to: counter, data: setNumber(6n), gas: 100000n });
    // Same envelope with one ciphertext bit flipped, re-signed by the real key.
    const flipped = Uint8Array.from(write.tx.input, (b, i) => (i === 0 ? b ^ 1 : b));
    const badWrite = await wallet.build({
      to: counter,
      gas: 100000n,
      nonce: write.tx.nonce,
      encryptionNonce: Buffer.from(write.tx.encryptionNonce.toString(16).padStart(24, '0'), 'hex'),
      recentBlockHash: bytesToHex(write.tx.recentBlockHash),
      expiresAtBlock: write.tx.expiresAtBlock,
      ciphertext: flipped,
    });
    await expectError('eth_sendRawTransaction', [badWrite.rawHex], -32000, 'failed to decrypt seismic transaction');
    const badRead = await wallet.build({ to: counter, signedRead: true, ciphertext: Buffer.from('00112233445566778899aabbccddeeff00', 'hex') });
    const err = await expectError('eth_call', [badRead.rawHex, 'latest'], -32000, 'Error Decrypting in Seismic EthApiExt');
    assert.equal(typeof err.data, 'string');
    await expectError('eth_estimateGas', [badRead.rawHex], -32000, 'Error Decrypting in Seismic EthApiExt');
    // AAD binding: a ciphertext made for another sender does not decrypt for this one.
    const other = await SeismicWallet.connect(m.rpcUrl, m.accounts[2].privateKey, { rpc, encryptionSecret: wallet.encryptionSecret });
    const foreign = await other.build({ to: counter, data: encodeCall('getNumber()'), signedRead: true });
    const moved = await wallet.build({ to: counter, signedRead: true, nonce: foreign.tx.nonce, encryptionNonce: Buffer.from(foreign.tx.encryptionNonce.toString(16).padStart(24, '0'), 'hex'), recentBlockHash: bytesToHex(foreign.tx.recentBlockHash), expiresAtBlock: foreign.tx.expiresAtBlock, ciphertext: foreign.tx.input });
    await expectError('eth_call', [moved.rawHex, 'latest'], -32000, 'Error Decrypting in Seismic EthApiExt');
    await assertNothingExecuted();
  });

  test('standard pool rules: chain id, nonce, funds, gas', async () => {
    const wrongChain = await wallet.build({ to: counter, data: setNumber(7n), gas: 100000n, chainId: 5124n });
    await expectError('eth_sendRawTransaction', [wrongChain.rawHex], -32000, 'invalid chain ID');
    const low = await wallet.build({ to: counter, data: setNumber(7n), gas: 100000n, nonce: 0n });
    assert.ok(snapshot.nonce > 0n);
    await expectError('eth_sendRawTransaction', [low.rawHex], -32003, `nonce too low: next nonce ${snapshot.nonce}, tx nonce 0`);
    const tooLittleGas = await wallet.build({ to: counter, data: setNumber(7n), gas: 21000n });
    await expectError('eth_sendRawTransaction', [tooLittleGas.rawHex], -32000, 'intrinsic gas too low');
    const tooMuchGas = await wallet.build({ to: counter, data: setNumber(7n), gas: 1_000_000_000n });
    await expectError('eth_sendRawTransaction', [tooMuchGas.rawHex], -32003, 'exceeds block gas limit');
    const pauper = await SeismicWallet.connect(m.rpcUrl, bytesToHex(randomBytes(32)), { rpc });
    const broke = await pauper.build({ to: counter, data: setNumber(7n), gas: 100000n, gasPrice: 1_000_000_000n, nonce: 0n });
    await expectError('eth_sendRawTransaction', [broke.rawHex], -32003, `insufficient funds for gas * price + value: have 0 want ${100000n * 1_000_000_000n}`);
    await assertNothingExecuted();
  });

  test('a rejected transaction consumes no nonce: the same nonce then succeeds', async () => {
    const bad = await wallet.build({ to: counter, data: setNumber(8n), gas: 100000n, expiresAtBlock: 1n });
    await rpcError(rpc, 'eth_sendRawTransaction', [bad.rawHex]);
    await assertNothingExecuted();
    const good = await wallet.build({ to: counter, data: setNumber(8n), gas: 100000n, nonce: bad.tx.nonce });
    const receipt = await rpc.waitForReceipt(await rpc.call('eth_sendRawTransaction', [good.rawHex]));
    assert.equal(receipt.status, '0x1');
    assert.equal(await senderNonce(), snapshot.nonce + 1n);
    // Resending the same bytes: already known.
    await expectError('eth_sendRawTransaction', [good.rawHex], -32003, 'already known');
  });

  test('plain transactions keep anvil semantics', async () => {
    const err = await rpcError(rpc, 'eth_sendRawTransaction', ['0x02']);
    assert.ok(err.code);
    const hash = await sendPlainSigned(rpc, {
      privateKey: m.accounts[4].privateKey,
      chainId: 31337,
      nonce: 0n,
      gasPrice: BigInt(await rpc.call('eth_gasPrice')) * 2n,
      gas: 21000n,
      to: m.accounts[5].address,
    });
    assert.match(hash, /^0x[0-9a-f]{64}$/);
  });
});
