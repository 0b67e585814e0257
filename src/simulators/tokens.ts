/**
 * The credentials the built-in simulators accept when the gateway runs them itself (SIMULATED mode).
 * They guard nothing real; a simulator started for a test can be given other tokens.
 *
 * Random-looking on purpose: the redactor removes any 7-character piece of a configured token from
 * every upstream body (upstream/secret-matcher.ts), so a token of repeated zeros turned every run of
 * seven zeros in the data (a UIS limit of 10^12, an id) into `[REDACTED]` and broke the JSON.
 */
export const SIMULATOR_TOKENS = {
  reporter: 'sim53d2:58d7d463c75998941e588a1148dc7a91ed92c9be',
  uis: 'sim-uis-81e5c105dcdb1c7310884545',
  leeloo: 'sim-leeloo-47a5f3e226488bf424841c11e685',
} as const;

export interface SimulatorTokens {
  reporter: string;
  uis: string;
  leeloo: string;
}
