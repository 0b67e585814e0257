/**
 * The branch a session gets when it joins an experiment. The platform picks at random
 * (§2.9, [D-AB]); the simulator hashes session and experiment instead, so a run is reproducible
 * and a repeated join returns the same branch.
 */
export function branchFor(sessionId: string, experimentKey: string, branches: string[]): string {
  let h = 2166136261;
  for (const ch of `${experimentKey}\u0000${sessionId}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619);
  }
  return branches[(h >>> 0) % branches.length];
}
