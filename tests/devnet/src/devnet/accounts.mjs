// anvil's default dev accounts (mnemonic "test ... junk", m/44'/60'/0'/0/i).
import { mnemonicToAccount } from 'viem/accounts';
import { bytesToHex } from '../seismic/bytes.mjs';

export const DEV_MNEMONIC = 'test test test test test test test test test test test junk';
export const DEV_ACCOUNT_COUNT = 10;

export function devAccounts(count = DEV_ACCOUNT_COUNT) {
  return Array.from({ length: count }, (_, i) => {
    const a = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: i });
    return { address: a.address, privateKey: bytesToHex(a.getHdKey().privateKey) };
  });
}
