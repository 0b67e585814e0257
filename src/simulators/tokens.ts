/**
 * The credentials the built-in simulators accept when the gateway runs them itself (SIMULATED mode).
 * They guard nothing real; a simulator started for a test can be given other tokens.
 */
export const SIMULATOR_TOKENS = {
  reporter: 'sim0000:0000000000000000000000000000000000000000',
  uis: 'sim-uis-access-token-0000000000',
  leeloo: 'sim-leeloo-token-00000000000000000000',
} as const;

export interface SimulatorTokens {
  reporter: string;
  uis: string;
  leeloo: string;
}
