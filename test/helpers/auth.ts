import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256Hex } from '../../src/auth/api-keys.js';
import type { Scope } from '../../src/auth/principal.js';

export interface TestKey {
  name: string;
  /** The key a caller sends (the file stores only its sha256). */
  key: string;
  scopes: Scope[];
  tenant?: string;
}

/** Writes an API_KEYS_FILE for `keys` into a fresh temp folder; returns its path. */
export function writeApiKeysFile(keys: TestKey[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-keys-'));
  const file = join(dir, 'keys.json');
  writeFileSync(file, JSON.stringify({ keys: keys.map((k) => ({ name: k.name, sha256: sha256Hex(k.key), scopes: k.scopes, ...(k.tenant ? { tenant: k.tenant } : {}) })) }));
  return file;
}

/** A key that looks like `openssl rand -hex 32`. */
export function testKey(seed: string): string {
  return sha256Hex(`test-key:${seed}`);
}

export const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });
