import { describe, expect, it } from 'vitest';
import { connectionOf, decodeCursor, encodeCursor, pagesFor, windowOf } from '../../src/schema/pagination.js';

describe('windowOf', () => {
  it('starts after the `after` cursor and takes `first` items', () => {
    expect(windowOf({ first: 10, after: encodeCursor(19) }, 100)).toEqual({ offset: 20, count: 10 });
  });

  it('defaults to 20 items from the start', () => {
    expect(windowOf({}, 100)).toEqual({ offset: 0, count: 20 });
  });

  it('rejects `first` over the cap with BAD_USER_INPUT naming the argument', () => {
    expect(() => windowOf({ first: 101 }, 100)).toThrowError(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }));
  });

  it('rejects a cursor it did not make', () => {
    expect(() => windowOf({ after: 'bm9wZQ' }, 100)).toThrowError(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }));
  });

  it('pages backwards with `last` and `before`', () => {
    expect(windowOf({ last: 5, before: encodeCursor(12) }, 100)).toEqual({ offset: 7, count: 5 });
  });
});

describe('pagesFor', () => {
  it('uses one page when the window is aligned', () => {
    expect(pagesFor({ offset: 40, count: 20 }, 1000)).toEqual([{ page: 2, size: 20, skip: 0 }]);
  });

  it('finds one larger page that holds an unaligned window', () => {
    const [req, ...rest] = pagesFor({ offset: 5, count: 10 }, 1000);
    expect(rest).toHaveLength(0);
    expect(req.page * req.size + req.skip).toBe(5);
    expect(req.skip + 10).toBeLessThanOrEqual(req.size);
  });

  it('falls back to two pages when no page up to the maximum holds the window', () => {
    expect(pagesFor({ offset: 15, count: 10 }, 10)).toEqual([
      { page: 1, size: 10, skip: 5 },
      { page: 2, size: 10, skip: 0 },
    ]);
  });
});

describe('connectionOf', () => {
  it('numbers cursors from the window offset and reports both directions', () => {
    const c = connectionOf(['a', 'b'], { offset: 4, count: 2 }, 10);
    expect(c.edges.map((e) => decodeCursor(e.cursor, 'after'))).toEqual([4, 5]);
    expect(c.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    expect(c.totalCount).toBe(10);
  });
});
