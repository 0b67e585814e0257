import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findUp } from '../../src/http/find-up.js';

describe('findUp: files that ship beside the code, found from wherever the module runs', () => {
  const root = mkdtempSync(join(tmpdir(), 'find-up-'));
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
});
