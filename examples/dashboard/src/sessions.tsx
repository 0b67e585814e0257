import { SessionLabelsDocument, SessionsWithClientsAndLabelsDocument, type SessionsWithClientsAndLabelsQuery } from '@switchboard/client';
import { useState } from 'preact/hooks';
import { client, useLoad } from './api.js';
import { SessionDrawer } from './drawer.js';

export type SessionRow = NonNullable<SessionsWithClientsAndLabelsQuery['sessions']>['edges'][number]['node'];

const time = (iso: string) => new Date(iso).toLocaleString();

/** The supervisor's list: latest sessions with the client's name and the session's labels, filterable by label. */
export function SessionsPage() {
  const [labelId, setLabelId] = useState('');
  const [open, setOpen] = useState<SessionRow | undefined>();
  const labels = useLoad(() => client.request(SessionLabelsDocument), []);
  const sessions = useLoad(
    () => client.request(SessionsWithClientsAndLabelsDocument, { first: 25, filter: labelId ? { sessionLabels: { options: [labelId] } } : null }),
    [labelId],
  );
  const rows = sessions.data?.sessions?.edges.map((e) => e.node) ?? [];
  return (
    <section class={open ? 'with-drawer' : ''}>
      <div class="toolbar">
        <h1>Sessions</h1>
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
          {sessions.loading ? 'Loading…' : `${sessions.data?.sessions?.totalCount ?? 0} sessions`}
        </span>
      </div>
      {sessions.error && <p role="alert" class="error">{sessions.error}</p>}
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
            <tr key={s.id} class={open?.id === s.id ? 'selected' : ''} onClick={() => setOpen(s)}>
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
      {open && (
        <SessionDrawer
          session={open}
          labels={labels.data?.sessionLabels ?? []}
          onClose={() => setOpen(undefined)}
          onChanged={sessions.reload}
        />
      )}
    </section>
  );
}
