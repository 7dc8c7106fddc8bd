// Client-facing ABI entries that the standard-Solidity twins cannot declare:
// functions with shielded (suint256) parameters, dispatched in the twins'
// fallbacks on msg.sig. The build checks each selector against keccak256 of
// the shielded signature, and merges these entries into the published ABI so
// clients exercise their shielded-type routing exactly as on a Seismic chain.
export const DIRECTORY_ADDRESS = '0x1000000000000000000000000000000000000004';
export const INTELLIGENCE_ADDRESS = '0x1000000000000000000000000000000000000005';

const fn = (name, inputs, outputs, selector) => ({
  type: 'function',
  name,
  inputs: inputs.map(([type, n]) => ({ name: n, type, internalType: type })),
  outputs: outputs.map(([type, n]) => ({ name: n, type, internalType: type })),
  stateMutability: 'nonpayable',
  selector,
});

export const SHIELDED_FUNCTIONS = {
  SeismicCounter: [fn('setNumber', [['suint256', 'newNumber']], [], '0x24a7f0b7')],
  RevertLeak: [fn('setSecret', [['suint256', 'newSecret']], [], '0x8987b128')],
  Directory: [fn('setKey', [['suint256', '_key']], [], '0x70df0933')],
  Src20Token: [
    fn('transfer', [['address', 'to'], ['suint256', 'amount']], [['bool', '']], '0xb10c99b5'),
    fn('approve', [['address', 'spender'], ['suint256', 'amount']], [['bool', '']], '0x2e62b8c8'),
    fn('transferFrom', [['address', 'from'], ['address', 'to'], ['suint256', 'amount']], [['bool', '']], '0x9552331e'),
    fn('mint', [['address', 'to'], ['suint256', 'amount']], [], '0xd590f35f'),
    fn('burn', [['address', 'from'], ['suint256', 'amount']], [], '0x68787310'),
  ],
};

// Twin-only plumbing hidden from the published ABI.
export const TWIN_ONLY = { Directory: ['devnetKeyOf'] };

// Interfaces and other bytecode-less compilation units are not published.
export const PUBLISHED_CONTRACTS = ['SeismicCounter', 'TransparentCounter', 'RevertLeak', 'Directory', 'Src20Token', 'Erc20Token', 'MockSrc20Events', 'Intelligence', 'Src20Multicall'];
