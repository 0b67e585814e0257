import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isScope, SCOPES, type Principal, type Scope } from './principal.js';

/**
 * API keys, stored hashed: the file holds each key's sha256 (hex), never the key itself. A presented
 * key is hashed once and compared against every stored hash in constant time.
 *
 * File (API_KEYS_FILE): `{ "keys": [ { "name": "ops-dashboard", "sha256": "<64 hex>", "scopes": ["read"], "tenant": "default" } ] }`
 */
export interface ApiKey {
  /** Operator-chosen, unique; becomes the principal's name in logs. */
  name: string;
  /** sha256 of the key (32 bytes). */
  hash: Buffer;
  scopes: readonly Scope[];
  /** @default 'default' */
  tenant: string;
}

const HEX_SHA256 = /^[0-9a-f]{64}$/i;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;

/** Validates the file's text; every problem is listed (prefixed with the variable name), none stops the scan. */
export function parseApiKeys(text: string, source = 'API_KEYS_FILE'): { keys: ApiKey[]; problems: string[] } {
  const problems: string[] = [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { keys: [], problems: [`${source} is not valid JSON (${(err as Error).message})`] };
  }
  const list = (doc as { keys?: unknown } | null)?.keys;
  if (!doc || typeof doc !== 'object' || !Array.isArray(list)) {
    return { keys: [], problems: [`${source} must be an object with a "keys" array`] };
  }
  const keys: ApiKey[] = [];
  const names = new Set<string>();
  const hashes = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const at = `${source} keys[${i}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push(`${at} must be an object`);
      return;
    }
    const entry = raw as Record<string, unknown>;
    const before = problems.length;
    const name = entry.name;
    if (typeof name !== 'string' || !NAME.test(name)) {
      problems.push(`${at}: "name" is missing or not a plain name (letters, digits, . _ : @ -; at most 100)`);
    } else if (names.has(name)) {
      problems.push(`${at}: duplicate name "${name}"`);
    }
    const sha = entry.sha256;
    if (typeof sha !== 'string' || !HEX_SHA256.test(sha)) {
      problems.push(`${at}: "sha256" must be 64 hex digits (the sha256 of the key, not the key)`);
    } else if (hashes.has(sha.toLowerCase())) {
      problems.push(`${at}: duplicate sha256 (two entries for the same key)`);
    }
    const scopes = entry.scopes;
    if (!Array.isArray(scopes) || scopes.length === 0) {
      problems.push(`${at}: "scopes" must be a non-empty array of ${SCOPES.join(', ')}`);
    } else {
      for (const s of scopes) {
        if (typeof s !== 'string' || !isScope(s)) problems.push(`${at}: unknown scope ${JSON.stringify(s)} (known: ${SCOPES.join(', ')})`);
      }
    }
    const tenant = entry.tenant ?? 'default';
    if (typeof tenant !== 'string' || !NAME.test(tenant)) problems.push(`${at}: "tenant" must be a plain name`);
    for (const k of Object.keys(entry)) {
      if (!['name', 'sha256', 'scopes', 'tenant'].includes(k)) problems.push(`${at}: unknown property "${k}"`);
    }
    if (typeof name === 'string') names.add(name);
    if (typeof sha === 'string') hashes.add(sha.toLowerCase());
    if (problems.length > before) return;
    keys.push({ name: name as string, hash: Buffer.from(sha as string, 'hex'), scopes: [...new Set(scopes as Scope[])], tenant: tenant as string });
  });
  return { keys, problems };
}

/** Reads and validates API_KEYS_FILE; an unreadable file is one problem. */
export function readApiKeys(path: string): { keys: ApiKey[]; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { keys: [], problems: [`API_KEYS_FILE "${path}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return parseApiKeys(text);
}

/** The hex sha256 of a key, as the file stores it (`printf %s "$KEY" | sha256sum`). */
export function sha256Hex(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Resolves a presented key to its principal; undefined for an unknown key. */
export class ApiKeyVerifier {
  private readonly entries: { hash: Buffer; principal: Principal }[];

  constructor(keys: readonly ApiKey[]) {
    this.entries = keys.map((k) => ({
      hash: k.hash,
      principal: Object.freeze({ name: k.name, scopes: new Set(k.scopes), tenant: k.tenant, kind: 'api-key' as const }),
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  verify(key: string): Principal | undefined {
    const digest = createHash('sha256').update(key, 'utf8').digest();
    let found: Principal | undefined;
    // Every entry is compared (no early exit), each in constant time: timing says nothing about
    // which stored hash, or how much of one, matched.
    for (const e of this.entries) {
      if (timingSafeEqual(digest, e.hash) && !found) found = e.principal;
    }
    return found;
  }
}
