import type { Rng } from '../dataset/prng.js';

/**
 * A MongoDB-style ObjectId (§1: every Leeloo id is 24 hex characters): 8 hex of Unix seconds,
 * then 16 random hex. The time prefix keeps generated ids plausible and roughly time-ordered.
 */
export function objectId(rng: Rng, atMs: number): string {
  const seconds = Math.max(0, Math.floor(atMs / 1000));
  return seconds.toString(16).padStart(8, '0').slice(-8) + rng.hex(16);
}

/** A v4-shaped UUID for `error.traceId` (§3.2). */
export function traceId(rng: Rng): string {
  const h = rng.hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const DAY_MS = 86_400_000;
