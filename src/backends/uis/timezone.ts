import type { UisClient } from './client.js';
import { SharedTtlCache } from './shared-cache.js';

/**
 * The account time zone that every UIS wire date is in (§10, §12.1; specs/README.md decision 5).
 * It is read once with get.account and shared by every request for an hour, per client (= per
 * credential set), so a warm gateway pays nothing for it per operation. An unknown or missing zone
 * falls back to Europe/Moscow, the zone of UIS accounts by default (GUESS, documented).
 */

/** @default 1 hour */
export const ZONE_TTL_MS = 3_600_000;
export const FALLBACK_ZONE = 'Europe/Moscow';

const zones = new SharedTtlCache<UisClient, string>(ZONE_TTL_MS);

/** The account zone; the shared load carries no request signal, so one cancelled request cannot fail the others. */
export function accountZone(client: UisClient): Promise<string> {
  return zones.get(client, () =>
    client.shared('zone', ZONE_TTL_MS, async () => {
      const { account } = await client.getAccount();
      return validZone(account.timezone) ? account.timezone : FALLBACK_ZONE;
    }),
  );
}

/** Drops the cached zone (tests that count the get.account request). */
export function forgetAccountZone(client: UisClient): void {
  zones.delete(client);
}

function validZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
