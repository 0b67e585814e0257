import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { readFileSync } from 'node:fs';
import { HEAP_GROWING_PERCENT, SEMI_SPACE_GROWTH_FACTOR, holdYoungGeneration, tuneHeap } from '../src/heap.js';

describe('HEAP_GROWING_PERCENT', () => {
  it('asks V8 for twice the live heap by default, any whole percent up to 1000 on request, and leaves V8 alone at 0', () => {
    expect(loadConfig({}).ops.heapGrowingPercent).toBe(100);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '150' }).ops.heapGrowingPercent).toBe(150);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).ops.heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '' }).ops.heapGrowingPercent).toBe(100);
    const set: string[] = [];
    expect(tuneHeap(loadConfig({}).ops.heapGrowingPercent, (f) => set.push(f))).toBe('--heap-growing-percent=100');
    expect(tuneHeap(0, (f) => set.push(f))).toBeUndefined();
    expect(set).toEqual(['--heap-growing-percent=100']);
  });

  it('refuses a value that is not a whole percent in range, listed with the other problems', () => {
    for (const bad of ['-1', '1001', '2.5', 'lots', '1e2x']) {
      try {
        loadConfig({ HEAP_GROWING_PERCENT: bad, PORT: 'x' });
        expect.unreachable(`HEAP_GROWING_PERCENT=${bad} was accepted`);
      } catch (err) {
        expect((err as ConfigError).problems).toContain(
          `HEAP_GROWING_PERCENT must be an integer from ${HEAP_GROWING_PERCENT.min} to ${HEAP_GROWING_PERCENT.max} (got "${bad}")`,
        );
      }
    }
  });

  it('names a flag this Node’s V8 has, so setting it at run time is not silently ignored', () => {
    const flag = tuneHeap(100, () => {})!.replace(/=.*/, '');
    expect(V8_OPTIONS).toMatch(new RegExp(`^\\s+${flag} \\(`, 'm'));
  });
});

describe('the young generation while the gateway starts', () => {
  it('is held at its size until released, then grows as V8 would have it grow; released once', () => {
    const set: string[] = [];
    const release = holdYoungGeneration((f) => set.push(f), ['dist/src/server.js']);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
    release();
    release();
    expect(set).toEqual(['--semi-space-growth-factor=1', `--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`]);
  });

  it('is left alone when the command line or NODE_OPTIONS sets the factor itself', () => {
    for (const given of ['--semi-space-growth-factor=4', '--semi_space_growth_factor=3']) {
      const set: string[] = [];
      holdYoungGeneration((f) => set.push(f), ['--enable-source-maps', given])();
      expect(set).toEqual([]);
    }
  });

  it('goes back to V8’s own default factor, which this Node’s V8 has', () => {
    expect(V8_OPTIONS).toMatch(new RegExp(`default: --semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}\\b`));
  });

  it('is held before any other module of the server loads: start-up-heap.js is the entry’s first import', () => {
    const source = readFileSync(new URL('../src/server.ts', import.meta.url), 'utf8');
    expect(source.match(/^import .*$/m)?.[0]).toBe("import { releaseYoungGeneration } from './start-up-heap.js';");
    expect(source.indexOf('releaseYoungGeneration();')).toBeGreaterThan(source.indexOf('await startApp('));
  });
});

const V8_OPTIONS = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
