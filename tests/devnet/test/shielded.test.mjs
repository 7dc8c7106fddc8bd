// Shielded writes and signed reads end to end through the emulator's public port.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeAbiParameters, encodeAbiParameters, keccak256 as viemKeccak } from 'viem';
import { encodeCall } from '../src/client/abi.mjs';
import { JsonRpc } from '../src/client/rpc.mjs';
import { SeismicWallet } from '../src/client/seismic-wallet.mjs';
import { bytesToHex, hexToBytes } from '../src/seismic/bytes.mjs';
import { aesGcmDecrypt } from '../src/seismic/crypto.mjs';
import { encryptionIv } from '../src/seismic/tx.mjs';
import { rpcError, rpcRaw, startDevnet } from './helpers.mjs';

const word = (n) => encodeAbiParameters([{ type: 'uint256' }], [BigInt(n)]);

describe('shielded transactions', () => {
  let devnet;
  let m;
  let rpc;
  let wallet;

  before(async () => {
    devnet = await startDevnet();
    m = devnet.manifest;
    rpc = new JsonRpc(m.rpcUrl);
    wallet = await SeismicWallet.connect(m.rpcUrl, m.accounts[0].privateKey, { rpc });
  });
  after(() => devnet?.stop());

  test('manifest', () => {
    assert.equal(m.chainId, 31337);
    assert.equal(m.teePublicKey, '028e76821eb4d77fd30223ca971c49738eb5b5b71eabe93f96b348fdce788ae5a0');
    assert.equal(m.accounts[0].address, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
    assert.equal(m.accounts[0].privateKey, '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80');
    for (const name of ['SeismicCounter', 'TransparentCounter', 'RevertLeak', 'Directory', 'Src20Token', 'Erc20Token', 'MockSrc20Events']) {
      assert.match(m.contracts[name], /^0x[0-9a-fA-F]{40}$/, name);
    }
    assert.equal(m.contracts.Directory, '0x1000000000000000000000000000000000000004');
    assert.equal(m.pids.length, 2);
  });

  test('shielded write lands, changes state and looks like a 0x4a tx everywhere', async () => {
    const built = await wallet.build({ to: m.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [42n]) });
    const hash = await rpc.call('eth_sendRawTransaction', [built.rawHex]);
    assert.equal(hash, built.hash, 'returned hash is keccak256 of the raw bytes');
    const receipt = await rpc.waitForReceipt(hash);
    assert.equal(receipt.status, '0x1');
    assert.equal(receipt.type, '0x4a');
    assert.equal(receipt.transactionHash, hash);

    const tx = await rpc.call('eth_getTransactionByHash', [hash]);
    assert.equal(tx.hash, hash);
    assert.equal(tx.type, '0x4a');
    assert.equal(tx.from.toLowerCase(), wallet.address.toLowerCase());
    assert.equal(tx.to.toLowerCase(), m.contracts.SeismicCounter.toLowerCase());
    assert.equal(tx.input, bytesToHex(built.tx.input), 'input is the ciphertext');
    assert.equal(tx.nonce, `0x${built.tx.nonce.toString(16)}`);
    assert.equal(tx.gas, `0x${built.tx.gas.toString(16)}`);
    assert.equal(tx.gasPrice, `0x${built.tx.gasPrice.toString(16)}`);
    assert.equal(tx.encryptionPubkey, bytesToHex(wallet.encryptionPubkey));
    assert.equal(tx.encryptionNonce, `0x${built.tx.encryptionNonce.toString(16).padStart(24, '0')}`);
    assert.equal(tx.messageVersion, '0x0');
    assert.equal(tx.recentBlockHash, bytesToHex(built.tx.recentBlockHash));
    assert.equal(tx.expiresAtBlock, `0x${built.tx.expiresAtBlock.toString(16)}`);
    assert.equal(tx.signedRead, false);
    assert.equal(tx.yParity, `0x${built.tx.signature.yParity}`);
    assert.equal(tx.r, `0x${built.tx.signature.r.toString(16)}`);
    assert.equal(tx.s, `0x${built.tx.signature.s.toString(16)}`);
    assert.equal(tx.maxFeePerGas, undefined);

    const full = await rpc.call('eth_getBlockByHash', [receipt.blockHash, true]);
    assert.equal(full.transactions[0].hash, hash);
    assert.equal(full.transactions[0].type, '0x4a');
    const hashes = await rpc.call('eth_getBlockByNumber', [receipt.blockNumber, false]);
    assert.deepEqual(hashes.transactions, [hash]);
    const byIndex = await rpc.call('eth_getTransactionByBlockNumberAndIndex', [receipt.blockNumber, '0x0']);
    assert.equal(byIndex.hash, hash);
    const blockReceipts = await rpc.call('eth_getBlockReceipts', [receipt.blockNumber]);
    assert.equal(blockReceipts[0].transactionHash, hash);

    // The backend's own hash of the executed plaintext tx does not exist for clients.
    const anvil = new JsonRpc(m.anvil.rpcUrl);
    const backendHash = (await anvil.call('eth_getBlockByNumber', [receipt.blockNumber, false])).transactions[0];
    assert.notEqual(backendHash, hash);
    assert.equal(await rpc.call('eth_getTransactionByHash', [backendHash]), null);
    assert.equal(await rpc.call('eth_getTransactionReceipt', [backendHash]), null);

    assert.equal(await wallet.call({ to: m.contracts.SeismicCounter, data: encodeCall('getNumber()') }), word(42));
  });

  test('signed read: ciphertext on the wire, decrypts with the response key', async () => {
    const built = await wallet.build({ to: m.contracts.SeismicCounter, data: encodeCall('isOdd()'), signedRead: true });
    const res = await rpc.request('eth_call', [built.rawHex, 'latest']);
    assert.equal((res.result.length - 2) / 2, 32 + 16, 'encrypted 32-byte word plus tag');
    assert.notEqual(res.result, word(0));
    assert.equal(wallet.decryptResponse(built, res.result), word(0));
    // The response direction has its own key: the request key does not authenticate it.
    assert.throws(() => aesGcmDecrypt(wallet.requestKey, encryptionIv(built.tx), hexToBytes(res.result), built.aad));
  });

  test('empty return data stays 0x', async () => {
    // increment() returns nothing; executed as a signed read it yields empty output.
    assert.equal(await wallet.call({ to: m.contracts.SeismicCounter, data: encodeCall('increment()') }), '0x');
    const built = await wallet.build({ to: m.contracts.SeismicCounter, data: encodeCall('increment()'), signedRead: true });
    assert.equal(await rpc.call('eth_call', [built.rawHex, 'latest']), '0x');
  });

  test('EIP-712: raw bytes with messageVersion 2 and the typed-data object form', async () => {
    const r1 = await wallet.sendAndWait({ to: m.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [7n]), messageVersion: 2, gas: 100000n });
    assert.equal(r1.type, '0x4a');
    assert.equal((await rpc.call('eth_getTransactionByHash', [r1.transactionHash])).messageVersion, '0x2');

    const built = await wallet.build({ to: m.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [9n]), messageVersion: 2, gas: 100000n });
    const hash = await rpc.call('eth_sendRawTransaction', [SeismicWallet.typedDataRequest(built)]);
    assert.equal(hash, built.hash, 'typed-data submission hashes the re-encoded RLP');
    assert.equal((await rpc.waitForReceipt(hash)).status, '0x1');

    assert.equal(await wallet.call({ to: m.contracts.SeismicCounter, data: encodeCall('getNumber()'), messageVersion: 2, typedData: true }), word(9));
    assert.equal(await wallet.call({ to: m.contracts.SeismicCounter, data: encodeCall('isOdd()'), messageVersion: 2 }), word(1));
  });

  test('signed eth_estimateGas returns a plain quantity', async () => {
    const gas = await wallet.estimate({ to: m.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [5n]) });
    assert.ok(gas > 21000n && gas < 100000n, `gas ${gas}`);
    // A write without explicit gas runs the estimate twin (signedRead = true, fresh nonce) first.
    const receipt = await wallet.sendAndWait({ to: m.contracts.SeismicCounter, data: encodeCall('setNumber(suint256)', [5n]) });
    assert.equal(receipt.status, '0x1');
  });

  test('signed-read revert: code 3, encrypted data that decrypts to Error("secret=...")', async () => {
    await wallet.sendAndWait({ to: m.contracts.RevertLeak, data: encodeCall('setSecret(suint256)', [987654321n]), gas: 100000n });
    const expected =
      '0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000107365637265743d39383736353433323100000000000000000000000000000000';
    const built = await wallet.build({ to: m.contracts.RevertLeak, data: encodeCall('revertWithSecret()'), signedRead: true });
    const err = await rpcError(rpc, 'eth_call', [built.rawHex, 'latest']);
    assert.equal(err.code, 3);
    assert.equal(err.message, 'execution reverted');
    assert.notEqual(err.data, expected);
    assert.equal(wallet.decryptResponse(built, err.data), expected);
    const [reason] = decodeAbiParameters([{ type: 'string' }], `0x${wallet.decryptResponse(built, err.data).slice(10)}`);
    assert.equal(reason, 'secret=987654321');

    // Signed estimate reverts the same way.
    const est = await wallet.build({ to: m.contracts.RevertLeak, data: encodeCall('revertWithSecret()'), signedRead: true });
    const err2 = await rpcError(rpc, 'eth_estimateGas', [est.rawHex]);
    assert.equal(err2.code, 3);
    assert.equal(err2.message, 'execution reverted');
    assert.equal(wallet.decryptResponse(est, err2.data), expected);

    // A transparent call reverts in plaintext, as on a real node.
    const plain = await rpcError(rpc, 'eth_call', [{ to: m.contracts.RevertLeak, data: encodeCall('revertWithSecret()') }, 'latest']);
    assert.equal(plain.code, 3);
    assert.match(plain.message, /^execution reverted/);
  });

  test('unsigned calls are sanitized: msg.sender is zero', async () => {
    await wallet.sendAndWait({ to: m.contracts.Directory, data: encodeCall('setKey(suint256)', [0xabn]), gas: 100000n });
    const key = await rpc.call('eth_call', [{ from: wallet.address, to: m.contracts.Directory, data: encodeCall('getKey()'), value: '0x1', gasPrice: '0x1' }, 'latest']);
    assert.equal(key, word(0));
    assert.equal(await wallet.call({ to: m.contracts.Directory, data: encodeCall('getKey()') }), word(0xab));
    const gas = await rpc.call('eth_estimateGas', [{ from: wallet.address, to: m.contracts.TransparentCounter, data: encodeCall('increment()') }]);
    assert.match(gas, /^0x[0-9a-f]+$/);
  });

  test('shielded storage reads as zero; transparent storage does not', async () => {
    assert.equal(await rpc.call('eth_getStorageAt', [m.contracts.SeismicCounter, '0x0', 'latest']), word(0));
    await wallet.sendAndWait({ to: m.contracts.TransparentCounter, data: encodeCall('setNumber(uint256)', [3n]), gas: 100000n });
    assert.equal(await rpc.call('eth_getStorageAt', [m.contracts.TransparentCounter, '0x0', 'latest']), word(3));
  });

  test('precompiles 0x64-0x69 answer top-level calls', async () => {
    const call = (to, data) => rpc.call('eth_call', [{ to, data }, 'latest']);
    assert.equal(await call('0x0000000000000000000000000000000000000068', bytesToHex(Buffer.from('HelloHKDF'))), '0x7f527a655fecfa58cd49e00b13684f2df335a3e1a3b9bee749f4d494087038f2');
    assert.equal(await call('0x0000000000000000000000000000000000000066', `0x${'00'.repeat(44)}${Buffer.from('HelloAESGCM').toString('hex')}`), '0x86c22c5122212e3d400d886f80dfcfcbacb96cbc815db886e1a6cd');
    assert.equal(
      await call('0x0000000000000000000000000000000000000067', `0x${'00'.repeat(44)}86c22c5122212e3d400d886f80dfcfcbacb96cbc815db886e1a6cd`),
      `0x${Buffer.from('HelloAESGCM').toString('hex')}`,
    );
    const sk = '01'.repeat(32);
    const pk = '024d4b6cd1361032ca9bd2aeb9d900aa4d45d9ead80ac9423374c451a7254d0766';
    assert.equal(await call('0x0000000000000000000000000000000000000065', `0x${sk}${pk}`), '0x79e77875850a421a0d43b1dac3e661fb164adad790f2258ea157339023829192');
    assert.equal((await call('0x0000000000000000000000000000000000000064', '0x00000020')).length, 66);
    assert.equal(await rpc.call('eth_estimateGas', [{ to: '0x0000000000000000000000000000000000000069', data: `0x${'11'.repeat(64)}` }]), `0x${(21000 + 3000 + 64 * 16).toString(16)}`);
    // Signed read to the identity precompile (spec 11.12): the result decrypts to the input.
    const hello = bytesToHex(Buffer.from('hello world'));
    assert.equal(await wallet.call({ to: '0x0000000000000000000000000000000000000004', data: hello, messageVersion: 2, typedData: true }), hello);
  });

  test('batches mix forwarded and emulated methods, in order', async () => {
    const built = await wallet.build({ to: m.contracts.SeismicCounter, data: encodeCall('getNumber()'), signedRead: true });
    const res = await rpcRaw(m.rpcUrl, [
      { jsonrpc: '2.0', id: 1, method: 'eth_chainId' },
      { jsonrpc: '2.0', id: 2, method: 'seismic_getTeePublicKey', params: [] },
      { jsonrpc: '2.0', id: 3, method: 'eth_blockNumber' },
      { jsonrpc: '2.0', id: 4, method: 'eth_call', params: [built.rawHex, 'latest'] },
      { jsonrpc: '2.0', id: 5, method: 'no_such_method' },
    ]);
    assert.deepEqual(res.map((r) => r.id), [1, 2, 3, 4, 5]);
    assert.equal(res[0].result, '0x7a69');
    assert.equal(res[1].result, m.teePublicKey);
    assert.match(res[2].result, /^0x/);
    assert.equal(wallet.decryptResponse(built, res[3].result), word(5));
    assert.ok(res[4].error);
    const plain = await rpcRaw(m.rpcUrl, [{ jsonrpc: '2.0', id: 'a', method: 'eth_blockNumber' }, { jsonrpc: '2.0', id: 'b', method: 'net_version' }]);
    assert.deepEqual(plain.map((r) => r.id), ['a', 'b']);
    assert.deepEqual(await rpcRaw(m.rpcUrl, []), { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid request' } });
    assert.equal((await rpcRaw(m.rpcUrl, '{nope')).error.code, -32700);
  });

  test('debug_* and trace_* are not served', async () => {
    const err = await rpcError(rpc, 'debug_traceTransaction', [viemKeccak('0x00')]);
    assert.equal(err.code, -32601);
  });

  test('non-Seismic transactions pass through unchanged', async () => {
    const { sendPlainSigned } = await import('../src/tools/common.mjs');
    const nonce = BigInt(await rpc.call('eth_getTransactionCount', [m.accounts[3].address, 'pending']));
    const hash = await sendPlainSigned(rpc, {
      privateKey: m.accounts[3].privateKey,
      chainId: 31337,
      nonce,
      gasPrice: BigInt(await rpc.call('eth_gasPrice')) * 2n,
      gas: 100000n,
      to: m.contracts.TransparentCounter,
      data: encodeCall('increment()'),
    });
    const receipt = await rpc.waitForReceipt(hash);
    assert.equal(receipt.type, '0x0');
    assert.equal(receipt.transactionHash, hash);
  });
});
