// anvil's default dev accounts (mnemonic "test ... junk", m/44'/60'/0'/0/i).
import { mnemonicToAccount } from 'viem/accounts';
import { bytesToHex } from '../seismic/bytes.mjs';
import { keccak256 } from '../seismic/crypto.mjs';

export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';
export const DEV_ACCOUNT_COUNT = 10;

export function devAccounts(count = DEV_ACCOUNT_COUNT) {
  return Array.from({ length: count }, (_, i) => {
    const a = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: i });
    return { address: a.address, privateKey: bytesToHex(a.getHdKey().privateKey) };
  });
}

/**
 * Intelligence providers of the devnet: accounts on a separate HD branch
 * (m/44'/60'/1'/0/i), so no dev account is a provider, each with a fixed
 * viewing key so that runs are reproducible.
 */
export function providerAccounts(count) {
  return Array.from({ length: count }, (_, i) => {
    const a = mnemonicToAccount(DEV_MNEMONIC, { accountIndex: 1, addressIndex: i });
    const viewingKey = keccak256(new TextEncoder().encode(`seismic devnet intelligence provider ${i}`));
    return { address: a.address, privateKey: bytesToHex(a.getHdKey().privateKey), viewingKey: bytesToHex(viewingKey), keyHash: bytesToHex(keccak256(viewingKey)) };
  });
}
