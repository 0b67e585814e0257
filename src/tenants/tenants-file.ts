import { readFileSync } from 'node:fs';
import type { BackendConfig } from '../backends/backend-config.js';
import type { ServiceName } from '../gateway/errors.js';
import { checkNotifySecret } from '../live/config.js';

/**
 * TENANTS_FILE: the companies Switchboard serves, each with its own backend accounts.
 *
 * `{ "tenants": [ { "id": "acme", "reporter": { "url": "…", "token": "env:ACME_REPORTER_TOKEN" }, "uis": { … }, "leeloo": { … } } ] }`
 *
 * A token is only ever a reference `env:NAME` to an environment variable read at start, so the file
 * holds no secret and can live in a repository or a ConfigMap. A backend left out of a tenant is
 * DISABLED for it (its fields fail with BACKEND_NOT_CONFIGURED); a backend listed is LIVE.
 */
export interface TenantConfig {
  id: string;
  reporter: BackendConfig;
  uis: BackendConfig;
  leeloo: BackendConfig;
  /**
   * Secrets of the backends' change notifications to this tenant (`POST /hooks/<backend>/<secret>`,
   * plugins/use-notify-hooks.ts): UIS_NOTIFY_SECRET / LEELOO_NOTIFY_SECRET, or a backend's
   * `notifySecret: "env:NAME"` in TENANTS_FILE. A backend without one takes no notification.
   */
  notify?: Partial<Record<'uis' | 'leeloo', string>>;
}

/** The tenant of a deployment without TENANTS_FILE (the environment's backends), and of API keys that name none. */
export const DEFAULT_TENANT = 'default';

/**
 * Tenant ids become metric label values, global-ID prefixes and cache keys: lower-case letters,
 * digits, `-` and `_`, starting with a letter or digit, at most 32 characters.
 */
export const TENANT_ID = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/** Upper bound of tenants in one file: metric label cardinality grows with it. */
export const MAX_TENANTS = 1000;

const ENV_REF = /^env:([A-Za-z_][A-Za-z0-9_]{0,127})$/;
const SERVICES: ServiceName[] = ['reporter', 'uis', 'leeloo'];
const TENANT_KEYS = new Set(['id', ...SERVICES]);

type Env = Record<string, string | undefined>;

/** Validates the file's text against the environment; every problem is listed, none stops the scan. */
export function parseTenantsFile(
  text: string,
  env: Env,
  defaultUrls: Record<ServiceName, string>,
  source = 'TENANTS_FILE',
): { tenants: TenantConfig[]; problems: string[] } {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { tenants: [], problems: [`${source} is not valid JSON (${(err as Error).message})`] };
  }
  const list = (doc as { tenants?: unknown } | null)?.tenants;
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray(list) || list.length === 0) {
    return { tenants: [], problems: [`${source} must be an object with a non-empty "tenants" array`] };
  }
  for (const k of Object.keys(doc)) if (k !== 'tenants') problems.push(`${source}: unknown property "${k}"`);
  if (list.length > MAX_TENANTS) problems.push(`${source} lists ${list.length} tenants; at most ${MAX_TENANTS}`);

  const tenants: TenantConfig[] = [];
  const ids = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const at = `${source} tenants[${i}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const entry = raw as Record<string, unknown>;
    const before = problems.length;
    const id = entry.id;
    if (typeof id !== 'string' || !TENANT_ID.test(id)) {
      problems.push(`${at}: "id" must be 1-32 lower-case letters, digits, "-" or "_", starting with a letter or digit (it becomes a metric label)`);
    } else if (ids.has(id)) {
      problems.push(`${at}: duplicate id "${id}"`);
    } else {
      ids.add(id);
    }
    const name = typeof id === 'string' ? `${source} tenant "${id}"` : at;
    for (const k of Object.keys(entry)) if (!TENANT_KEYS.has(k)) problems.push(`${name}: unknown property "${k}" (known: id, ${SERVICES.join(', ')})`);
    const backends = {} as Record<ServiceName, BackendConfig>;
    const notify: NonNullable<TenantConfig['notify']> = {};
    for (const service of SERVICES) {
      backends[service] = backendOf(service, entry[service], `${name} ${service}`, env, defaultUrls[service], problems);
      if (service !== 'reporter') {
        const secret = notifySecretOf(entry[service], `${name} ${service}`, env, problems);
        if (secret) notify[service] = secret;
      }
    }
    if (problems.length > before) return;
    tenants.push({ id: id as string, ...backends, ...(Object.keys(notify).length ? { notify } : {}) });
  });
  return { tenants, problems };
}

function backendOf(service: ServiceName, raw: unknown, at: string, env: Env, defaultUrl: string, problems: string[]): BackendConfig {
  const disabled: BackendConfig = { name: service, mode: 'DISABLED', url: defaultUrl };
  if (raw === undefined) return disabled;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${at} must be an object { "url", "token": "env:NAME" } (leave it out to disable ${service} for this tenant)`);
    return disabled;
  }
  const b = raw as Record<string, unknown>;
  // `notifySecret` (UIS, Leeloo: they send change notifications) is read by notifySecretOf.
  const known = service === 'reporter' ? ['url', 'token'] : ['url', 'token', 'notifySecret'];
  for (const k of Object.keys(b)) if (!known.includes(k)) problems.push(`${at}: unknown property "${k}" (known: ${known.join(', ')})`);
  let url = defaultUrl;
  if (b.url !== undefined) {
    const parsed = typeof b.url === 'string' ? safeUrl(b.url) : undefined;
    if (!parsed) problems.push(`${at}: "url" must be an http(s) URL`);
    else url = b.url as string;
  }
  url = url.replace(/\/+$/, '');
  const ref = typeof b.token === 'string' ? ENV_REF.exec(b.token) : null;
  if (!ref) {
    // Never echo the value: it may be a token pasted in by mistake.
    problems.push(`${at}: "token" must be "env:NAME", naming the environment variable that holds the token (the file holds no secret)`);
    return disabled;
  }
  const token = env[ref[1]]?.trim();
  if (!token) {
    problems.push(`${at}: environment variable ${ref[1]} (its token) is not set`);
    return disabled;
  }
  return { name: service, mode: 'LIVE', url, token };
}

/** A backend's `notifySecret: "env:NAME"`: the variable's value, checked (never echoed). */
function notifySecretOf(raw: unknown, at: string, env: Env, problems: string[]): string | undefined {
  const ref = (raw as { notifySecret?: unknown } | undefined)?.notifySecret;
  if (ref === undefined || !raw || typeof raw !== 'object') return undefined;
  const m = typeof ref === 'string' ? ENV_REF.exec(ref) : null;
  if (!m) {
    problems.push(`${at}: "notifySecret" must be "env:NAME", naming the environment variable that holds the secret (the file holds no secret)`);
    return undefined;
  }
  const value = env[m[1]]?.trim();
  if (!value) {
    problems.push(`${at}: environment variable ${m[1]} (its notification secret) is not set`);
    return undefined;
  }
  return checkNotifySecret(value, `${at} notifySecret (${m[1]})`, problems);
}

function safeUrl(raw: string): URL | undefined {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/** Reads and validates TENANTS_FILE; an unreadable file is one problem. */
export function readTenantsFile(path: string, env: Env, defaultUrls: Record<ServiceName, string>): { tenants: TenantConfig[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { tenants: [], problems: [`TENANTS_FILE "${path}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return parseTenantsFile(text, env, defaultUrls);
}
