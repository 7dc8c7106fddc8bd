// Process bookkeeping for start/stop: liveness and ownership checks by PID.
import { existsSync, readFileSync } from 'node:fs';

/** Alive and not a zombie. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Command line of a PID ('' if gone); guards against signalling a recycled PID. */
export function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Waits until none of `pids` is alive; resolves with the survivors after `timeoutMs`. */
export async function waitForExit(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await sleep(50);
  }
}

/**
 * SIGTERM each PID that still runs the expected program, wait, SIGKILL the
 * survivors, wait again. Returns the PIDs still alive at the end (should be none).
 */
export async function stopProcesses(entries, { graceMs = 8000 } = {}) {
  const owned = entries.filter(({ pid, match }) => isAlive(pid) && commandLine(pid).includes(match)).map((e) => e.pid);
  for (const pid of owned) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  let alive = await waitForExit(owned, graceMs);
  for (const pid of alive) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (alive.length) alive = await waitForExit(alive, 3000);
  // An exited daemon is reaped by init, not by us; give init a moment so the
  // PID disappears entirely (kill(pid, 0) still succeeds on a zombie).
  await waitForReaped(owned, 3000);
  return alive;
}

async function waitForReaped(pids, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (pids.some((pid) => existsSync(`/proc/${pid}`)) && Date.now() < deadline) await sleep(25);
}
