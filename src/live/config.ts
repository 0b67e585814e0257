/**
 * The live-query part of the configuration (config.ts collects every problem of every part into one
 * start-up error; this part only adds its own to `problems`).
 */
export interface LiveConfig {
  /** LIVE_POLL_INTERVAL_MS: how often each distinct live query is executed (once for all its subscribers). @default 5000 */
  pollIntervalMs: number;
}

/** A notification secret is a path segment: long enough not to be guessed, in characters no URL changes. */
export const NOTIFY_SECRET = /^[A-Za-z0-9_-]{16,128}$/;

export function liveConfig(int: (name: string, fallback: number, min: number, max: number) => number): LiveConfig {
  return { pollIntervalMs: int('LIVE_POLL_INTERVAL_MS', 5000, 250, 600_000) };
}

/**
 * A notification secret's value (UIS_NOTIFY_SECRET, or a TENANTS_FILE `notifySecret`'s variable),
 * checked; a bad one is a problem that never echoes the value.
 */
export function checkNotifySecret(value: string | undefined, name: string, problems: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (NOTIFY_SECRET.test(value)) return value;
  problems.push(`${name} must be 16 to 128 letters, digits, "-" or "_" (it is the secret part of the notification URL /hooks/<backend>/<secret>)`);
  return undefined;
}

/** Two tenants cannot share a secret: the secret is what names the tenant. */
export function checkSecretsDistinct(tenants: ReadonlyArray<{ id: string; notify?: Partial<Record<string, string>> }>, problems: string[]): void {
  const seen = new Map<string, string>();
  for (const t of tenants) {
    for (const [backend, secret] of Object.entries(t.notify ?? {})) {
      if (!secret) continue;
      const key = `${backend}:${secret}`;
      const other = seen.get(key);
      if (other !== undefined) problems.push(`tenants "${other}" and "${t.id}" have the same ${backend} notification secret; each tenant needs its own (the secret names the tenant)`);
      else seen.set(key, t.id);
    }
  }
}
