import { createHash, timingSafeEqual } from 'node:crypto';
import type { TenantConfig } from '../tenants/tenants-file.js';

/**
 * Change notifications the backends send (README "Live queries"):
 *
 * - UIS: "HTTP notifications" configured in the account's notification settings (an event such as a
 *   call starting or ending, a URL, GET or POST, and the body as a template of parameters the account
 *   owner chooses, e.g. `{{call_session_id}}`). Neither the specs nor the seeds fix the body, so any
 *   JSON object or form body is accepted; only `call_session_id` (digits) and `notification_name` /
 *   `event` (a short name) are read, and only for the log. A notification means "calls changed".
 * - Leeloo: webhooks with a JSON body `{ "type": <EVENT>, "data": { … } }` (leeloo-api.md §5.10:
 *   ORDER, SALE, subscription, incoming message; no signature). `type` is read; it means "this
 *   tenant's CRM accounts, orders or chats changed".
 * - The Reporter describes no webhook or event push (its async events API is polled for report
 *   tasks): its live queries are refreshed by polling alone.
 */
export type NotifyingBackend = 'uis' | 'leeloo';

/** What a notification from each backend changed: the live queries reading one of these types re-run. */
export const CHANGED_BY_NOTIFICATION: Readonly<Record<NotifyingBackend, readonly string[]>> = {
  // CallStatistics: counts of the same rows (a call that began or ended changes them).
  uis: ['Call', 'CallStatistics'],
  leeloo: ['LeelooAccount', 'LeelooOrder', 'LeelooChatMessage', 'LeelooSubscription'],
};

/** Largest notification body read (either backend sends a few hundred bytes). */
export const MAX_NOTIFICATION_BYTES = 64 * 1024;

/** Fields and nesting a body may have: enough for any template, bounded for a flood. */
const MAX_FIELDS = 200;

/**
 * Finds the tenant whose secret `candidate` is, comparing in constant time with every configured
 * secret of the backend (no early exit: the time taken says nothing about which, or whether one, matched).
 */
export function secretMatcher(tenants: readonly TenantConfig[], backend: NotifyingBackend): (candidate: string) => string | undefined {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const known = tenants.flatMap((t) => (t.notify?.[backend] ? [{ tenant: t.id, hash: digest(t.notify[backend]!) }] : []));
  return (candidate) => {
    const hash = digest(candidate);
    let found: string | undefined;
    for (const k of known) if (timingSafeEqual(hash, k.hash) && found === undefined) found = k.tenant;
    return found;
  };
}

export type ParsedNotification = { ok: true; summary: Record<string, string> } | { ok: false; reason: string };

/** Validates a notification body (JSON object or form fields) and keeps the few fields the log shows. */
export function parseNotification(backend: NotifyingBackend, contentType: string, text: string): ParsedNotification {
  let fields: Record<string, unknown>;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (text.trim() === '') fields = {};
  else if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'the body is not JSON' };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, reason: 'the body must be a JSON object' };
    fields = parsed as Record<string, unknown>;
  } else if (type === 'application/x-www-form-urlencoded') {
    const form = new URLSearchParams(text);
    fields = {};
    for (const [k, v] of form) fields[k] = v;
  } else {
    return { ok: false, reason: 'the body must be application/json or application/x-www-form-urlencoded' };
  }
  if (Object.keys(fields).length > MAX_FIELDS) return { ok: false, reason: `the body has more than ${MAX_FIELDS} fields` };
  const summary: Record<string, string> = {};
  const short = (name: string, value: unknown, pattern: RegExp): string | false | undefined => {
    if (value === undefined || value === null || value === '') return undefined;
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !pattern.test(text)) return false;
    summary[name] = text;
    return text;
  };
  if (backend === 'uis') {
    if (short('call_session_id', fields.call_session_id, /^\d{1,20}$/) === false) return { ok: false, reason: '`call_session_id` must be digits' };
    if (short('event', fields.notification_name ?? fields.event, /^[\p{L}\p{N} _.:-]{1,100}$/u) === false) return { ok: false, reason: '`notification_name` / `event` must be a short name' };
  } else {
    if (short('type', fields.type, /^[A-Za-z_]{1,40}$/) === false) return { ok: false, reason: '`type` must be an event name such as ORDER' };
    if (fields.data !== undefined && (typeof fields.data !== 'object' || fields.data === null || Array.isArray(fields.data))) return { ok: false, reason: '`data` must be an object' };
  }
  return { ok: true, summary };
}

/** Reads at most `max` bytes of the body; undefined when it is longer (declared or streamed). */
export async function readBounded(request: Request, max: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > max) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
