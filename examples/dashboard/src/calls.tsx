import { LiveCallsDocument } from '@switchboard/client';
import { useMemo } from 'preact/hooks';
import { useLive, useNewIds } from './live.js';
import { LiveBadge, PagerBar, usePager } from './paging.js';
import { useClock } from './period.js';

const PAGE_SIZE = 25;
const DAYS = 7;
const duration = (seconds: number | null) => (seconds == null ? '—' : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);

/**
 * The last week's calls, newest first, live: a call that starts or ends, or a tag set on one, shows
 * without a reload (at the next poll, or at once when UIS notifies the gateway). New rows are marked.
 */
export function CallsPage() {
  // Whole local days, from 6 days ago to the end of today: every dashboard opened today asks the
  // same live query (one UIS read per interval for all of them), and later calls still belong to it.
  const day = useClock('day');
  const period = useMemo(() => {
    const from = new Date(day);
    from.setDate(from.getDate() - (DAYS - 1));
    const to = new Date(day);
    to.setDate(to.getDate() + 1);
    return { from: from.toISOString(), to: new Date(to.getTime() - 1000).toISOString() };
  }, [day]);
  const pager = usePager(period.from);
  const variables = useMemo(() => ({ period, first: PAGE_SIZE, after: pager.after }), [period, pager.after]);
  const live = useLive(LiveCallsDocument, variables);
  const calls = live.data?.calls;
  const rows = calls?.edges.map((e) => e.node) ?? [];
  const fresh = useNewIds(live.data ? rows.map((c) => c.id) : undefined, JSON.stringify(variables));
  return (
    <section>
      <div class="toolbar">
        <h1>Calls</h1>
        <LiveBadge status={live.status} />
        <span class="muted" data-testid="call-count">
          {calls ? `${calls.totalCount} calls in the last ${DAYS} days` : 'Loading…'}
        </span>
        {fresh.size > 0 && (
          <span class="new-count" data-testid="new-count">
            {fresh.size} new
          </span>
        )}
      </div>
      {live.error && <p role="alert" class="error">{live.error}</p>}
      <table data-testid="calls">
        <thead>
          <tr>
            <th>Started</th>
            <th>Direction</th>
            <th>Contact</th>
            <th>Employees</th>
            <th>Talk</th>
            <th>Tags</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr
              key={c.id}
              data-id={c.id}
              data-call={c.callSessionId}
              data-new={fresh.has(c.id) ? 'true' : undefined}
              class={[c.isLost ? 'lost' : '', fresh.has(c.id) ? 'new' : ''].join(' ').trim()}
            >
              <td>{c.startTime ? new Date(c.startTime).toLocaleString() : '—'}</td>
              <td>{c.direction}</td>
              <td>{c.contactPhoneNumber ?? '—'}</td>
              <td class="employees">{c.employees.map((e) => e.fullName).filter(Boolean).join(', ') || '—'}</td>
              <td>{duration(c.talkDuration)}</td>
              <td>
                {c.tags.map((t) => (
                  <span key={t.tagId} class="chip">
                    {t.name}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PagerBar pager={pager} hasNextPage={calls?.pageInfo.hasNextPage ?? false} endCursor={calls?.pageInfo.endCursor} note={`${PAGE_SIZE} per page`} />
    </section>
  );
}
