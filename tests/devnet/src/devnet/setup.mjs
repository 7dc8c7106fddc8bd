// Chain setup at start: Directory and Intelligence twins at their genesis
// addresses, Intelligence providers with viewing keys, the other contracts
// deployed from dev account #0, dev accounts funded with both tokens. Transactions are pipelined (explicit nonces and gas) so setup takes
// about one block even with --block-time. SRC20 mints are real shielded
// transactions through the emulator's public port, like a client's.
import { encodeAbiParameters, encodeFunctionData, getAddress, getContractAddress } from 'viem';
import { encodeCall } from '../client/abi.mjs';
import { JsonRpc } from '../client/rpc.mjs';
import { SeismicWallet } from '../client/seismic-wallet.mjs';
import { bytesToHex, hexToBytes, toQuantity } from '../seismic/bytes.mjs';
import { DIRECTORY_ADDRESS, INTELLIGENCE_ADDRESS } from '../contracts/shielded-abi.mjs';

export const SRC20 = { name: 'Seismic Demo Token', symbol: 'SDT', decimals: 18, mintPerAccount: 1_000_000n * 10n ** 18n };
export const ERC20 = { name: 'Demo USD', symbol: 'DUSD', decimals: 6, mintPerAccount: 1_000_000n * 10n ** 6n };

const DEPLOY_GAS = 3_000_000n;
const MINT_GAS = 300_000n;
const PROVIDER_FUNDS = 10n ** 20n; // 100 ETH for the key registration (and whatever tests do)

function deployData(artifact, types = [], args = []) {
  return types.length ? `${artifact.bytecode}${encodeAbiParameters(types.map((type) => ({ type })), args).slice(2)}` : artifact.bytecode;
}

/**
 * Every provider registers its viewing key with a real shielded setKey, then
 * the Intelligence owner (impersonated: its key is not ours) adds it, as the
 * contract requires a key first.
 */
async function addProviders({ upstream, rpc, publicUrl, providers, gasPrice }) {
  if (!providers.length) return;
  const owner = bytesToHex(hexToBytes(await upstream.call('eth_call', [{ to: INTELLIGENCE_ADDRESS, data: encodeCall('INITIAL_OWNER()') }, 'latest'])).subarray(12));
  for (const p of [...providers.map((x) => x.address), owner]) await upstream.call('anvil_setBalance', [p, toQuantity(PROVIDER_FUNDS)]);
  const keyTxs = [];
  for (const p of providers) {
    const wallet = await SeismicWallet.connect(publicUrl, p.privateKey, { rpc });
    keyTxs.push(await wallet.send({ to: DIRECTORY_ADDRESS, data: encodeCall('setKey(suint256)', [BigInt(p.viewingKey)]), gas: MINT_GAS, gasPrice }));
  }
  await expectSuccess(rpc, keyTxs);
  await upstream.call('anvil_impersonateAccount', [owner]);
  const addTxs = [];
  for (const p of providers) {
    addTxs.push(await upstream.call('eth_sendTransaction', [{ from: owner, to: INTELLIGENCE_ADDRESS, data: encodeCall('addProvider(address)', [p.address]), gas: toQuantity(MINT_GAS), gasPrice: toQuantity(gasPrice) }]));
  }
  await expectSuccess(rpc, addTxs);
  await upstream.call('anvil_stopImpersonatingAccount', [owner]);
}

async function expectSuccess(rpc, hashes) {
  const receipts = await Promise.all(hashes.map((h) => rpc.waitForReceipt(h, { timeoutMs: 60_000 })));
  const failed = receipts.filter((r) => r.status !== '0x1');
  if (failed.length) throw new Error(`setup transactions failed: ${failed.map((r) => r.transactionHash).join(', ')}`);
}

/**
 * @returns {Promise<Record<string, string>>} contract name -> EIP-55 address
 */
export async function setupChain({ upstream, emulator, publicUrl, artifacts, accounts, providers, log = () => {} }) {
  const deployer = accounts[0].address;
  const a = artifacts.contracts;

  // Genesis predeploys: no constructor state, so the runtime code is all they need.
  await upstream.call('anvil_setCode', [DIRECTORY_ADDRESS, a.Directory.deployedBytecode]);
  await upstream.call('anvil_setCode', [INTELLIGENCE_ADDRESS, a.Intelligence.deployedBytecode]);

  let nonce = BigInt(await upstream.call('eth_getTransactionCount', [deployer, 'pending']));
  const gasPrice = BigInt(await upstream.call('eth_gasPrice')) * 2n;
  const rpc = new JsonRpc(publicUrl);
  // In parallel with the deployments; done before the mints, which fan out to the providers.
  const providersAdded = addProviders({ upstream, rpc, publicUrl, providers, gasPrice });
  const pending = [];
  const sendPlain = async (req, gas) => {
    const hash = await upstream.call('eth_sendTransaction', [
      { from: deployer, nonce: toQuantity(nonce++), gas: toQuantity(gas), gasPrice: toQuantity(gasPrice), ...req },
    ]);
    pending.push(hash);
  };

  const plan = [
    ['SeismicCounter'],
    ['TransparentCounter'],
    ['RevertLeak'],
    ['Src20Token', ['string', 'string', 'uint8'], [SRC20.name, SRC20.symbol, SRC20.decimals]],
    ['Erc20Token', ['string', 'string', 'uint8'], [ERC20.name, ERC20.symbol, ERC20.decimals]],
    ['MockSrc20Events'],
    ['Src20Multicall'],
  ];
  const contracts = { Directory: getAddress(DIRECTORY_ADDRESS), Intelligence: getAddress(INTELLIGENCE_ADDRESS) };
  for (const [name, types, args] of plan) {
    contracts[name] = getContractAddress({ from: deployer, nonce });
    await sendPlain({ data: deployData(a[name], types, args) }, DEPLOY_GAS);
  }
  log(`deployed ${plan.map(([n]) => n).join(', ')}`);

  // Tell the emulator which contracts are shielded on a real chain.
  emulator.addSrc20Token(contracts.Src20Token);
  for (const name of ['SeismicCounter', 'RevertLeak', 'Directory', 'Src20Token']) emulator.hideStorageOf(contracts[name]);

  for (const acct of accounts) {
    const data = encodeFunctionData({ abi: a.Erc20Token.abi, functionName: 'mint', args: [acct.address, ERC20.mintPerAccount] });
    await sendPlain({ to: contracts.Erc20Token, data }, MINT_GAS);
  }

  await providersAdded;
  log(`${providers.length} Intelligence providers with viewing keys`);

  // Shielded mints, built and encrypted like any client would.
  const admin = await SeismicWallet.connect(publicUrl, accounts[0].privateKey, { rpc });
  const shielded = [];
  for (const acct of accounts) {
    shielded.push(
      await admin.send({
        to: contracts.Src20Token,
        data: encodeCall('mint(address,suint256)', [acct.address, SRC20.mintPerAccount]),
        gas: MINT_GAS,
        gasPrice,
        nonce: nonce++,
      }),
    );
  }

  await expectSuccess(rpc, [...pending, ...shielded]);
  log(`funded ${accounts.length} accounts with ${SRC20.symbol} (shielded mints) and ${ERC20.symbol}`);
  return contracts;
}
