import { describe, expect, it } from 'vitest';
import { createApqStore } from '../../src/shared/apq-store.js';

describe('the APQ store (memory, without REDIS_URL)', () => {
  it('keeps at most maxEntries documents, dropping the least recently used', async () => {
    const store = createApqStore(undefined, { maxEntries: 2 });
    await store.set('a', 'query A { a }');
    await store.set('b', 'query B { b }');
    expect(await store.get('a')).toBe('query A { a }');
    await store.set('c', 'query C { c }');
    expect(await store.get('b')).toBeNull();
    expect(await store.get('a')).toBe('query A { a }');
    expect(await store.get('c')).toBe('query C { c }');
  });

  it('does not store a document over maxDocumentBytes', async () => {
    const store = createApqStore(undefined, { maxDocumentBytes: 10 });
    await store.set('small', '{ a }');
    await store.set('large', '{ aaaaaaaaaaaa }');
    expect(await store.get('small')).toBe('{ a }');
    expect(await store.get('large')).toBeNull();
  });
});
