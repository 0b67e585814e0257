import { CallsWithEmployeesAndTagsDocument } from '@switchboard/client';
import { useMemo } from 'preact/hooks';
import { client, useLoad } from './api.js';

const DAY_MS = 86_400_000;
const duration = (seconds: number | null) => (seconds == null ? '—' : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);

/** The last week's calls with the employees who took them and their tags (one UIS request). */
export function CallsPage() {
  const period = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - 7 * DAY_MS).toISOString(), to: to.toISOString() };
  }, []);
  const calls = useLoad(() => client.request(CallsWithEmployeesAndTagsDocument, { period, first: 50, sort: [{ field: 'START_TIME', order: 'DESC' }] }), [period]);
  return (
    <section>
      <div class="toolbar">
        <h1>Calls</h1>
        <span class="muted" data-testid="call-count">
          {calls.loading ? 'Loading…' : `${calls.data?.calls?.totalCount ?? 0} calls in the last 7 days`}
        </span>
      </div>
      {calls.error && <p role="alert" class="error">{calls.error}</p>}
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
          {calls.data?.calls?.edges.map(({ node: c }) => (
            <tr key={c.id} class={c.isLost ? 'lost' : ''}>
              <td>{c.startTime ? new Date(c.startTime).toLocaleString() : "—"}</td>
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
    </section>
  );
}
