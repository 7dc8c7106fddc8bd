// Registers a viewing key in the Directory twin with a real shielded write
// (setKey(suint256), like the Python SDK's register_viewing_key).
import { encodeCall } from '../client/abi.mjs';
import { SeismicWallet } from '../client/seismic-wallet.mjs';
import { bytesToHex, hexToBytes } from '../seismic/bytes.mjs';
import { keccak256 } from '../seismic/crypto.mjs';

export function parseKeyHex(keyHex) {
  const key = hexToBytes(String(keyHex));
  if (key.length !== 32 || key.every((b) => b === 0)) throw new Error('viewing key must be 32 non-zero bytes of hex');
  return key;
}

export async function registerViewingKey({ manifest, account, keyHex }) {
  const acct = manifest.accounts[account];
  if (!acct) throw new Error(`no dev account #${account}`);
  const key = parseKeyHex(keyHex);
  const wallet = await SeismicWallet.connect(manifest.rpcUrl, acct.privateKey);
  const receipt = await wallet.sendAndWait({ to: manifest.contracts.Directory, data: encodeCall('setKey(suint256)', [BigInt(bytesToHex(key))]) });
  if (receipt.status !== '0x1') throw new Error(`setKey reverted in ${receipt.transactionHash}`);
  return { account: acct.address, txHash: receipt.transactionHash, keyHash: bytesToHex(keccak256(key)) };
}
