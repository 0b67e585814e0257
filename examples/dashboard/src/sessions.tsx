import { LiveSessionsDocument, SessionLabelsDocument, type LiveSessionsQuery } from '@switchboard/client';
import { useMemo, useRef, useState } from 'preact/hooks';
import { client, useLoad } from './api.js';
import { SessionDrawer } from './drawer.js';
import { useLive, useNewIds } from './live.js';
import { LiveBadge, PagerBar, usePager } from './paging.js';

export type SessionRow = NonNullable<LiveSessionsQuery['sessions']>['edges'][number]['node'];

const PAGE_SIZE = 25;
const time = (iso: string) => new Date(iso).toLocaleString();

/**
 * The supervisor's list, live: latest sessions with the client's name and the session's labels,
 * filterable by label, paged. A session that starts, or a label added anywhere (here, by another
 * supervisor, in the Reporter's own UI), shows without a reload; new rows are marked.
 */
export function SessionsPage() {
  const [labelId, setLabelId] = useState('');
  const [openId, setOpenId] = useState<string | undefined>();
  const labels = useLoad(() => client.request(SessionLabelsDocument), []);
  const pager = usePager(labelId);
  const variables = useMemo(
    () => ({ first: PAGE_SIZE, after: pager.after, filter: labelId ? { sessionLabels: { options: [labelId] } } : null }),
    [labelId, pager.after],
  );
  const live = useLive(LiveSessionsDocument, variables);
  const sessions = live.data?.sessions;
  const rows = sessions?.edges.map((e) => e.node) ?? [];
  const fresh = useNewIds(live.data ? rows.map((r) => r.id) : undefined, JSON.stringify(variables));
  // The drawer follows the live row while it is on the page, and keeps the last one seen after it
  // moved to the next page (newer sessions pushed it down).
  const lastOpen = useRef<SessionRow | undefined>(undefined);
  const open = openId ? (rows.find((r) => r.id === openId) ?? (lastOpen.current?.id === openId ? lastOpen.current : undefined)) : undefined;
  lastOpen.current = open;
  return (
    <section class={openId ? 'with-drawer' : ''}>
      <div class="toolbar">
        <h1>Sessions</h1>
        <LiveBadge status={live.status} />
        <label>
          Label
          <select data-testid="label-filter" value={labelId} onChange={(e) => setLabelId((e.target as HTMLSelectElement).value)}>
            <option value="">All labels</option>
            {labels.data?.sessionLabels?.map((l) => (
              <option key={l.labelId} value={l.labelId}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <span class="muted" data-testid="session-count">
          {sessions ? `${sessions.totalCount} sessions` : 'Loading…'}
        </span>
        {fresh.size > 0 && (
          <span class="new-count" data-testid="new-count">
            {fresh.size} new
          </span>
        )}
      </div>
      {live.error && <p role="alert" class="error">{live.error}</p>}
      <table data-testid="sessions">
        <thead>
          <tr>
            <th>Started</th>
            <th>Client</th>
            <th>Channel</th>
            <th>Result</th>
            <th>Labels</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr
              key={s.id}
              data-id={s.id}
              data-session={s.sessionId}
              data-new={fresh.has(s.id) ? 'true' : undefined}
              class={[openId === s.id ? 'selected' : '', fresh.has(s.id) ? 'new' : ''].join(' ').trim()}
              onClick={() => setOpenId(s.id)}
            >
              <td>{time(s.startTime)}</td>
              <td class="client-name">{s.client?.displayName ?? s.client?.clientId ?? '—'}</td>
              <td>{s.channelType}</td>
              <td>{s.result ?? '—'}</td>
              <td>
                {s.labels?.map((l) => (
                  <span key={l.id} class="chip">
                    {l.name}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PagerBar pager={pager} hasNextPage={sessions?.pageInfo.hasNextPage ?? false} endCursor={sessions?.pageInfo.endCursor} note={`${PAGE_SIZE} per page`} />
      {openId && open && (
        <SessionDrawer session={open} labels={labels.data?.sessionLabels ?? []} onClose={() => setOpenId(undefined)} />
      )}
    </section>
  );
}
