// Who does a batch the pool sent to a worker: one slot per batch id in memory the workers share, claimed once. A
// worker claims a batch when it starts it; the main thread, with nothing left queued, may claim one still waiting in
// a worker's queue and do it itself (WorkerPool.takeWaiting). Ids past the slots are never taken back.

export const CLAIM_SLOTS = 1 << 16;
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_BY_MAIN = 2;

/** Claims batch `id` for `who`: false when it was claimed already (by the other side). */
export function claim(claims: Int32Array, id: number, who: number): boolean {
  return id >= claims.length || Atomics.compareExchange(claims, id, 0, who) === 0;
}
