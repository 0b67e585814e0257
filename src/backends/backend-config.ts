import type { ServiceName } from '../gateway/errors.js';

// How one backend of one tenant is reached: made by config.ts from the environment and by
// tenants/tenants-file.ts from TENANTS_FILE; apart from both so that neither imports the other.

/**
 * LIVE: a token is set, requests go to the configured URL.
 * SIMULATED: no token and SIMULATORS=auto: the built-in simulator serves it (the embedded default).
 * DISABLED: no token and SIMULATORS=off: its fields fail with BACKEND_NOT_CONFIGURED.
 */
export type BackendMode = 'LIVE' | 'SIMULATED' | 'DISABLED';

export interface BackendConfig {
  name: ServiceName;
  mode: BackendMode;
  /** The configured base URL (for SIMULATED backends the simulator's URL replaces it at start). */
  url: string;
  token?: string;
}
