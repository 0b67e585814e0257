import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { HEAP_GROWING_PERCENT, tuneHeap } from '../src/heap.js';

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
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    const flag = tuneHeap(100, () => {})!.replace(/=.*/, '');
    expect(options).toMatch(new RegExp(`^\\s+${flag} \\(`, 'm'));
  });
});
