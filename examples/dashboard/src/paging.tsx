import { useState } from 'preact/hooks';
import type { LiveStatus } from './live.js';

export interface Pager {
  /** The `after` cursor of the page shown (null: the first page). */
  after: string | null;
  /** 1-based. */
  page: number;
  next(endCursor: string): void;
  previous(): void;
}

/**
 * Cursor paging over a forward connection: the `after` cursor of every page visited is kept, so
 * Previous goes back without `before`/`last`. Another `resetKey` (a new filter) starts at page 1.
 */
export function usePager(resetKey: string): Pager {
  const [state, setState] = useState<{ key: string; cursors: Array<string | null> }>({ key: resetKey, cursors: [null] });
  const cursors = state.key === resetKey ? state.cursors : [null];
  return {
    after: cursors.at(-1) ?? null,
    page: cursors.length,
    next: (endCursor) => setState({ key: resetKey, cursors: [...cursors, endCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.length > 1 ? cursors.slice(0, -1) : cursors }),
  };
}

const STATUS_TEXT: Record<LiveStatus, string> = { connecting: 'Connecting…', live: 'Live', reconnecting: 'Reconnecting…', failed: 'Not live' };

/** The page's stream state, as a dot and a word. */
export function LiveBadge({ status }: { status: LiveStatus }) {
  return (
    <span class={`live-badge ${status}`} data-testid="live-status" title="Updates itself as the data changes (an @live query over SSE)">
      {STATUS_TEXT[status]}
    </span>
  );
}

interface PagerProps {
  pager: Pager;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  /** What one page holds, e.g. "25 per page". */
  note?: string;
}

export function PagerBar({ pager, hasNextPage, endCursor, note }: PagerProps) {
  return (
    <div class="pager" data-testid="pager">
      <button disabled={pager.page === 1} onClick={() => pager.previous()}>
        ← Previous
      </button>
      <span data-testid="page-number">Page {pager.page}</span>
      <button disabled={!hasNextPage || !endCursor} onClick={() => endCursor && pager.next(endCursor)}>
        Next →
      </button>
      {note && <span class="muted">{note}</span>}
    </div>
  );
}
