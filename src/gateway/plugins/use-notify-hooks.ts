import type { Plugin } from 'graphql-yoga';
import type { RateLimitStore } from '../../shared/rate-limit-store.js';
import type { Logger } from '../../observability/logger.js';
import { within } from '../../live/channel-redis.js';
import type { LiveQueries } from '../../live/live-queries.js';
import { CHANGED_BY_NOTIFICATION, MAX_NOTIFICATION_BYTES, parseNotification, readBounded, secretMatcher, type NotifyingBackend } from '../../live/notifications.js';
import type { TenantConfig } from '../../tenants/tenants-file.js';

export interface NotifyHooksOptions {
  tenants: readonly TenantConfig[];
  live: LiveQueries;
  /** Counts notifications per tenant and window across replicas (the shared rate-limit store). */
  windows: RateLimitStore;
  logger: Logger;
  /** MAX_BODY_BYTES: a notification body is bounded by it or by MAX_NOTIFICATION_BYTES, whichever is smaller. */
  maxBodyBytes: number;
  /** At most one re-run per tenant and backend per window. @default 1000 */
  windowMs?: number;
}

const HOOK = /^\/hooks\/(uis|leeloo)\/([^/]+)$/;

/**
 * `POST /hooks/uis/<secret>` and `POST /hooks/leeloo/<secret>`: a backend tells Switchboard that a
 * tenant's data changed (live/notifications.ts), and that tenant's live queries reading the changed
 * types re-run at once, on every replica (README "Live queries").
 *
 * - The secret is the credential and names the tenant (UIS_NOTIFY_SECRET, or `notifySecret` in
 *   TENANTS_FILE). Anything under /hooks/ that is not a POST with a known secret gets a bare 404,
 *   whatever is wrong, and runs nothing: a prober cannot tell a wrong secret from a missing hook.
 *   Secrets are compared in constant time, and the redactor knows them (the access log's path).
 * - The body is bounded (min(MAX_BODY_BYTES, 64 KiB): 413) and validated (400 with the reason).
 * - A flood costs at most one re-run per tenant and backend per window (1 s), counted in the shared
 *   rate-limit store so replicas share the window: the first notification of a window re-runs at
 *   once, the others are coalesced into one more re-run when the window ends, so the last change is
 *   never missed.
 * - It never reaches GraphQL: not a second door to the graph. Answered in onRequest, before
 *   authentication (which does not cover this path) and before anything that answers unknown paths.
 */
export function useNotifyHooks(opts: NotifyHooksOptions): Plugin {
  const windowMs = opts.windowMs ?? 1000;
  const maxBytes = Math.min(opts.maxBodyBytes, MAX_NOTIFICATION_BYTES);
  const matchers: Record<NotifyingBackend, (candidate: string) => string | undefined> = {
    uis: secretMatcher(opts.tenants, 'uis'),
    leeloo: secretMatcher(opts.tenants, 'leeloo'),
  };
  const trailing = new Map<string, NodeJS.Timeout>();

  const announce = (tenant: string, backend: NotifyingBackend) => opts.live.announce({ tenant, types: CHANGED_BY_NOTIFICATION[backend], source: backend });

  /** Re-runs now if this is the window's first notification, else once when the window ends. */
  const arrive = async (tenant: string, backend: NotifyingBackend): Promise<'accepted' | 'coalesced'> => {
    const key = `hook:${backend}:${tenant}`;
    const now = Date.now();
    const { count, resetAt } = await within(opts.windows.hit(key, windowMs), 1000, { count: 1, resetAt: now + windowMs });
    if (count === 1) {
      announce(tenant, backend);
      return 'accepted';
    }
    if (!trailing.has(key)) {
      const timer = setTimeout(async () => {
        trailing.delete(key);
        // One trailing re-run per window across replicas: the first replica to get here announces it.
        const tail = await within(opts.windows.hit(`${key}:tail`, windowMs), 1000, { count: 1, resetAt: 0 });
        if (tail.count === 1) announce(tenant, backend);
      }, Math.max(0, resetAt - now) + 5);
      timer.unref();
      trailing.set(key, timer);
    }
    return 'coalesced';
  };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/hooks/')) return;
      const reply = (status: number, body?: unknown) =>
        endResponse(new fetchAPI.Response(body === undefined ? null : JSON.stringify(body), { status, headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' } }));
      const m = HOOK.exec(url.pathname);
      const backend = m?.[1] as NotifyingBackend | undefined;
      let secret: string | undefined;
      try {
        secret = m ? decodeURIComponent(m[2]!) : undefined;
      } catch {
        secret = undefined;
      }
      const tenant = backend && secret !== undefined ? matchers[backend](secret) : undefined;
      if (!backend || !tenant || request.method !== 'POST') {
        if (backend) opts.live.metrics.hook(backend, 'not_found');
        return reply(404);
      }
      const text = await readBounded(request, maxBytes).catch(() => undefined);
      if (text === undefined) {
        opts.live.metrics.hook(backend, 'too_large');
        return reply(413, { error: `The notification body is larger than ${maxBytes} bytes.` });
      }
      const parsed = parseNotification(backend, request.headers.get('content-type') ?? '', text);
      if (!parsed.ok) {
        opts.live.metrics.hook(backend, 'bad_request');
        return reply(400, { error: `Not a notification: ${parsed.reason}.` });
      }
      const outcome = await arrive(tenant, backend);
      opts.live.metrics.hook(backend, outcome);
      opts.logger.debug({ hook: backend, tenant, outcome, ...parsed.summary }, `${backend} notification for ${tenant}: ${outcome}`);
      return reply(200, { ok: true });
    },
  };
}
