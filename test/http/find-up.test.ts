import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUp } from '../../src/http/find-up.js';

describe('findUp: files that ship beside the code, found from wherever the module runs', () => {
  // The package inside a folder that holds what a package of its own might look for (someone else's files).
  const outside = mkdtempSync(join(tmpdir(), 'find-up-'));
  const root = join(outside, 'app');
  mkdirSync(join(outside, 'dashboard'), { recursive: true });
  writeFileSync(join(outside, 'dashboard/index.html'), 'not ours');
  mkdirSync(join(outside, 'elsewhere/schema'), { recursive: true });
  writeFileSync(join(outside, 'elsewhere/schema/only-outside.json'), '{}');
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'package.json'), '{}');
  mkdirSync(join(root, 'schema'), { recursive: true });
  mkdirSync(join(root, 'dist/dashboard'), { recursive: true });
  mkdirSync(join(root, 'dist/src/chunks'), { recursive: true });
  mkdirSync(join(root, 'src/gateway/plugins'), { recursive: true });
  mkdirSync(join(root, 'examples/dashboard/dist'), { recursive: true });
  writeFileSync(join(root, 'schema/persisted-documents.json'), '{}');
  writeFileSync(join(root, 'dist/dashboard/index.html'), '');
  writeFileSync(join(root, 'examples/dashboard/dist/index.html'), '');
  const from = (p: string) => pathToFileURL(join(root, p)).href;
  const dashboards = ['dashboard/index.html', 'examples/dashboard/dist/index.html'];

  it('finds the same file from the sources, the bundle and a chunk (each at its own depth)', () => {
    for (const m of ['src/trusted/manifests.ts', 'dist/src/server.js', 'dist/src/chunks/chunk-X.js']) {
      expect(findUp(from(m), ['schema/persisted-documents.json'])).toBe(join(root, 'schema/persisted-documents.json'));
    }
  });

  it('takes the nearest folder that holds a candidate: the build’s dashboard from dist/, the checkout’s from src/', () => {
    expect(findUp(from('dist/src/server.js'), dashboards)).toBe(join(root, 'dist/dashboard/index.html'));
    expect(findUp(from('dist/src/chunks/c.js'), dashboards)).toBe(join(root, 'dist/dashboard/index.html'));
    expect(findUp(from('src/gateway/plugins/use-dashboard.ts'), dashboards)).toBe(join(root, 'examples/dashboard/dist/index.html'));
  });

  it('answers undefined when no ancestor holds any candidate', () => {
    expect(findUp(from('src/x.ts'), ['no/such/file-' + Math.random()])).toBeUndefined();
  });

  it('stops at the package root: a file of the same name above it, in someone else’s folder, is never taken', () => {
    writeFileSync(join(outside, 'only-outside.json'), '{}');
    for (const m of ['src/gateway/plugins/use-dashboard.ts', 'dist/src/server.js', 'dist/src/chunks/c.js']) {
      expect(findUp(from(m), ['only-outside.json', 'elsewhere/schema/only-outside.json'])).toBeUndefined();
    }
    // Without its own dashboard build, the package does not borrow the folder above's.
    expect(findUp(pathToFileURL(join(root, 'lib/x.js')).href, ['dashboard/index.html'])).toBeUndefined();
    // The walk itself still works up to the root: the package's own files are found from any depth.
    expect(findUp(from('dist/src/chunks/c.js'), ['package.json'])).toBe(join(root, 'package.json'));
  });
});
