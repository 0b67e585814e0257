import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { ConfigError } from '../config.js';
import { findUp } from '../http/find-up.js';

/**
 * Trusted documents: the built-in manifest (`npm run codegen` → schema/persisted-documents.json, the
 * example operations) plus the manifests frontends generate themselves (TRUSTED_DOCUMENTS, a
 * comma-separated list of files), all in GraphQL Code Generator's client-preset form:
 * `{ "<sha256 hex>": "<document>" }`, keys with or without the `sha256:` prefix.
 *
 * A frontend's manifest is checked at start, every problem listed in one error naming the file and
 * hash: the JSON shape, each key a sha256 that matches its text (a document edited after codegen, or
 * a sha1 manifest, would never match what the client sends), and each document parsed and validated
 * against the schema, so a document that cannot run is found at deploy time, not by a user.
 */
export type Manifest = Map<string, string>;

const KEY = /^(?:sha256:)?([0-9a-f]{64})$/;

/** The manifest of schema/, beside the sources or the build (http/find-up.ts). */
export function loadBuiltInManifest(): Manifest {
  const file = findUp(import.meta.url, ['schema/persisted-documents.json']);
  if (!file) throw new Error('schema/persisted-documents.json not found: run `npm run codegen`');
  return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** One frontend's manifest: its documents keyed `sha256:<hex>`, and every problem found. */
export function readManifest(file: string, schema: GraphQLSchema): { documents: Manifest; problems: string[] } {
  const documents: Manifest = new Map();
  const problems: string[] = [];
  const at = `TRUSTED_DOCUMENTS ${file}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { documents, problems: [`${at}: cannot read it as JSON (${why})`] };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { documents, problems: [`${at}: expected an object of "<sha256 hex>": "<document>" (GraphQL Code Generator's persisted-documents.json)`] };
  }
  for (const [key, text] of Object.entries(json)) {
    const hex = KEY.exec(key)?.[1];
    if (!hex) {
      problems.push(`${at}: key "${key.slice(0, 80)}" is not a sha256 hash (64 lower-case hex digits, optionally "sha256:"); generate it with persistedDocuments: { hashAlgorithm: 'sha256' }`);
      continue;
    }
    if (typeof text !== 'string') {
      problems.push(`${at}: ${hex}: the document must be a string`);
      continue;
    }
    if (sha256Hex(text) !== hex) {
      problems.push(`${at}: ${hex}: the hash is not the sha256 of its document (edited after it was generated?)`);
      continue;
    }
    let errors: readonly { message: string }[];
    try {
      errors = validate(schema, parse(text));
    } catch (err) {
      errors = [err as Error];
    }
    if (errors.length) {
      problems.push(`${at}: ${hex}: ${errors.map((e) => e.message).join('; ')}`);
      continue;
    }
    documents.set(`sha256:${hex}`, text);
  }
  return { documents, problems };
}

/** The built-in manifest plus every file of TRUSTED_DOCUMENTS; throws one ConfigError listing every problem. */
export function loadTrustedDocuments(files: readonly string[], schema: GraphQLSchema, builtIn: Manifest = loadBuiltInManifest()): Manifest {
  const all: Manifest = new Map(builtIn);
  const problems: string[] = [];
  for (const file of files) {
    const read = readManifest(file, schema);
    problems.push(...read.problems);
    for (const [id, text] of read.documents) all.set(id, text);
  }
  if (problems.length) throw new ConfigError(problems);
  return all;
}
