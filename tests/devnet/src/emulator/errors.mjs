// JSON-RPC errors. Codes and messages follow the catalogue of spec 10.7 and
// reth's standard pool/transaction errors; clients match on these strings.

export class RpcError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    if (data !== undefined) this.data = data;
  }

  toJSON() {
    return this.data === undefined ? { code: this.code, message: this.message } : { code: this.code, message: this.message, data: this.data };
  }
}

const INVALID_PARAMS = -32602;
const SERVER_ERROR = -32000; // reth "InvalidInput" / generic server error
const TX_REJECTED = -32003; // reth "TransactionRejected" (pool errors)

/** The lookback of SEISMIC_TX_RECENT_BLOCK_LOOKBACK (spec 10.3). */
export const RECENT_BLOCK_LOOKBACK = 100;

export const Errors = {
  parse: () => new RpcError(-32700, 'Parse error'),
  invalidRequest: () => new RpcError(-32600, 'Invalid request'),
  methodNotFound: () => new RpcError(-32601, 'Method not found'),
  invalidParams: (msg = 'invalid params') => new RpcError(INVALID_PARAMS, msg),
  internal: (msg) => new RpcError(-32603, msg),

  // Spec 10.7 catalogue.
  emptyTransaction: () => new RpcError(INVALID_PARAMS, 'empty transaction data'),
  decode: () => new RpcError(INVALID_PARAMS, 'failed to decode signed transaction'),
  signature: () => new RpcError(INVALID_PARAMS, 'invalid transaction signature'),
  notSignedRead: () => new RpcError(INVALID_PARAMS, 'signed simulation request must set signedRead=true'),
  missingSeismicElements: () => new RpcError(INVALID_PARAMS, 'signed read missing seismic_elements'),
  oversizeSignedRead: (max, got) => new RpcError(INVALID_PARAMS, `signed-read payload exceeds ${max} bytes (got ${got})`),
  missingFrom: () => new RpcError(INVALID_PARAMS, "Missing 'from' field for seismic transaction"),
  expired: (code, current, expires) =>
    new RpcError(code, `transaction expired: current block ${current} > expires_at_block ${expires}`),
  staleAnchor: (code, hashHex) =>
    new RpcError(code, `recent_block_hash ${hashHex} not found in the last ${RECENT_BLOCK_LOOKBACK} blocks`),
  decryptSimulation: (detail) => new RpcError(SERVER_ERROR, 'Error Decrypting in Seismic EthApiExt', detail),
  encryptSimulation: (detail) => new RpcError(SERVER_ERROR, 'Error Encrypting in Seismic EthApiExt', detail),
  // Documented deviation (spec 10.8): a real node mines the tx and skips execution.
  decryptSend: () => new RpcError(SERVER_ERROR, 'failed to decrypt seismic transaction'),
  signedReadRevert: (encryptedHex) => new RpcError(3, 'execution reverted', encryptedHex),

  // reth pool / transaction validation (rpc-eth-types RpcInvalidTransactionError).
  invalidChainId: () => new RpcError(SERVER_ERROR, 'invalid chain ID'),
  nonceTooLow: (tx, state) => new RpcError(TX_REJECTED, `nonce too low: next nonce ${state}, tx nonce ${tx}`),
  intrinsicGasTooLow: () => new RpcError(SERVER_ERROR, 'intrinsic gas too low'),
  exceedsBlockGasLimit: () => new RpcError(TX_REJECTED, 'exceeds block gas limit'),
  insufficientFunds: (balance, cost) =>
    new RpcError(TX_REJECTED, `insufficient funds for gas * price + value: have ${balance} want ${cost}`),
  alreadyKnown: () => new RpcError(TX_REJECTED, 'already known'),
  createNotAllowed: () =>
    new RpcError(TX_REJECTED, 'Seismic txs cannot deploy bytecode. They must be sent to a specific address'),
  poolCode: TX_REJECTED,
  simulationCode: SERVER_ERROR,
};
