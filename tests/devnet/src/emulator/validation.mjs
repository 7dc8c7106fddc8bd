// Node-side admission rules for TxSeismic (spec 10.3 write path, 10.5/10.6
// simulation path). Pure functions over chain state the caller fetched, so the
// order of checks is visible in one place and nothing touches the backend.
import { bytesToHex, hexToBytesStrict } from '../seismic/bytes.mjs';
import { Errors, RECENT_BLOCK_LOOKBACK } from './errors.mjs';

/** Hex string parameter -> bytes. Empty -> "empty transaction data"; junk -> decode error. */
export function parseRawTxParam(param) {
  if (typeof param !== 'string') throw Errors.decode();
  let bytes;
  try {
    bytes = hexToBytesStrict(param);
  } catch {
    throw Errors.decode();
  }
  if (bytes.length === 0) throw Errors.emptyTransaction();
  return bytes;
}

/** Intrinsic gas of the envelope as the pool sees it: calldata cost over the CIPHERTEXT. */
export function intrinsicGas(tx) {
  let gas = 21000n + 25000n * BigInt(tx.authorizationList.length);
  if (tx.to === null) gas += 32000n;
  for (const b of tx.input) gas += b === 0 ? 4n : 16n;
  return gas;
}

const blockNumber = (block) => BigInt(block.number);

/**
 * Spec 10.3 steps 5-6, in order: standard pool checks, then the Seismic pool
 * checks (recent block hash among the last 100 heads, then expiry).
 * `latest` is the head block, `anchor` the block of tx.recentBlockHash (or null).
 */
export function checkPoolRules({ tx, chainId, latest, anchor, accountNonce, balance }) {
  if (tx.chainId !== BigInt(chainId)) throw Errors.invalidChainId();
  if (tx.nonce < accountNonce) throw Errors.nonceTooLow(tx.nonce, accountNonce);
  if (tx.gas > BigInt(latest.gasLimit)) throw Errors.exceedsBlockGasLimit();
  if (tx.gas < intrinsicGas(tx)) throw Errors.intrinsicGasTooLow();
  const cost = tx.gas * tx.gasPrice + tx.value;
  if (balance < cost) throw Errors.insufficientFunds(balance, cost);
  const current = blockNumber(latest);
  // The pool's FIFO cache holds the hashes of the last 100 heads: current-99 ..= current.
  if (!anchor || blockNumber(anchor) > current || current - blockNumber(anchor) >= BigInt(RECENT_BLOCK_LOOKBACK)) {
    throw Errors.staleAnchor(Errors.poolCode, bytesToHex(tx.recentBlockHash));
  }
  if (current > tx.expiresAtBlock) throw Errors.expired(Errors.poolCode, current, tx.expiresAtBlock);
  if (tx.to === null) throw Errors.createNotAllowed();
}

/**
 * Spec 10.5 step 5: expiry first, then the anchor must be a known block not
 * above the head and at most 100 blocks behind it.
 */
export function checkSimulationFreshness({ tx, current, anchor }) {
  if (current > tx.expiresAtBlock) throw Errors.expired(Errors.simulationCode, current, tx.expiresAtBlock);
  if (!anchor || blockNumber(anchor) > current || current - blockNumber(anchor) > BigInt(RECENT_BLOCK_LOOKBACK)) {
    throw Errors.staleAnchor(Errors.simulationCode, bytesToHex(tx.recentBlockHash));
  }
}
