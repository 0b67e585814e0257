import {
  AddSessionLabelDocument,
  BlockClientDocument,
  ClientDocument,
  SessionWithMessagesDocument,
  UnblockClientDocument,
  type SessionLabelsQuery,
} from '@switchboard/client';
import { useState } from 'preact/hooks';
import { client, describeError, mutationError, useLoad } from './api.js';
import type { SessionRow } from './sessions.js';

interface Props {
  session: SessionRow;
  labels: NonNullable<SessionLabelsQuery['sessionLabels']>;
  onClose(): void;
}

/**
 * One session: its messages, its labels (add one), and its client's block state (block / unblock).
 * The list behind it is live: a label added here reaches it (and every other open dashboard) through
 * the mutation's change announcement, without a reload.
 */
export function SessionDrawer({ session, labels, onClose }: Props) {
  const detail = useLoad(() => client.request(SessionWithMessagesDocument, { id: session.id, first: 30 }), [session.id]);
  const clientId = session.client?.id;
  const owner = useLoad(async () => (clientId ? client.request(ClientDocument, { id: clientId }) : undefined), [clientId]);
  const [labelId, setLabelId] = useState('');
  const [reason, setReason] = useState('Spam');
  const [blockedBy, setBlockedBy] = useState('1');
  const [notice, setNotice] = useState<{ error?: string; ok?: string }>({});

  /** Runs a mutation; its typed error member (or a thrown error) becomes the alert the user sees. */
  async function mutate(run: () => Promise<{ __typename: string; message?: string } | null | undefined>, ok: string, after: () => void) {
    setNotice({});
    try {
      const result = await run();
      const error = mutationError(result);
      if (error) return setNotice({ error });
      setNotice({ ok });
      after();
    } catch (e) {
      setNotice({ error: describeError(e) });
    }
  }

  const s = detail.data?.session;
  const reporterClient = owner.data?.client?.__typename === 'ReporterClient' ? owner.data.client : undefined;
  return (
    <aside class="drawer" data-testid="drawer">
      <header>
        <div>
          <h2>{session.client?.displayName ?? 'Session'}</h2>
          <div class="muted">{session.sessionId}</div>
        </div>
        <button class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {detail.error && <p role="alert" class="error">{detail.error}</p>}
      {notice.error && (
        <p role="alert" class="error" data-testid="mutation-error">
          {notice.error}
        </p>
      )}
      {notice.ok && <p class="ok">{notice.ok}</p>}

      <h3>Labels</h3>
      <div data-testid="drawer-labels">
        {(s?.labels ?? []).map((l) => (
          <span key={l.id} class="chip">
            {l.name}
          </span>
        ))}
        {s && !s.labels?.length && <span class="muted">none</span>}
      </div>
      <div class="row">
        <select data-testid="add-label-select" value={labelId} onChange={(e) => setLabelId((e.target as HTMLSelectElement).value)}>
          <option value="">Choose a label…</option>
          {labels.map((l) => (
            <option key={l.labelId} value={l.labelId}>
              {l.name}
            </option>
          ))}
        </select>
        <button
          disabled={!labelId}
          onClick={() =>
            mutate(
              async () => (await client.request(AddSessionLabelDocument, { sessionId: session.id, labelId })).addSessionLabel,
              'Label added',
              detail.reload,
            )
          }
        >
          Add label
        </button>
      </div>

      <h3>Client</h3>
      {reporterClient ? (
        <div data-testid="block-state">
          <p>
            {reporterClient.isBlocked ? <strong class="blocked">Blocked</strong> : <span>Not blocked</span>} · {reporterClient.botId} / {reporterClient.clientId}
          </p>
          <div class="row">
            <label class="field">
              Reason
              <input aria-label="Block reason" value={reason} onInput={(e) => setReason((e.target as HTMLInputElement).value)} />
            </label>
            <label class="field">
              Blocked by (user id)
              <input aria-label="Blocked by (user id)" value={blockedBy} onInput={(e) => setBlockedBy((e.target as HTMLInputElement).value)} />
            </label>
            <button
              onClick={() =>
                mutate(
                  async () => (await client.request(BlockClientDocument, { botId: reporterClient.botId, clientId: reporterClient.clientId, reason, blockedBy })).blockClient,
                  'Client blocked',
                  owner.reload,
                )
              }
            >
              Block
            </button>
            <button
              onClick={() =>
                mutate(
                  async () => (await client.request(UnblockClientDocument, { botId: reporterClient.botId, clientId: reporterClient.clientId })).unblockClient,
                  'Client unblocked',
                  owner.reload,
                )
              }
            >
              Unblock
            </button>
          </div>
        </div>
      ) : (
        <p class="muted">{owner.loading ? 'Loading…' : 'No Reporter client'}</p>
      )}

      <h3>Messages {s ? `(${s.messages?.totalCount ?? 0})` : ''}</h3>
      <ol class="messages" data-testid="messages">
        {s?.messages?.edges.map(({ node: m }) => (
          <li key={m.id}>
            {m.question && <div class="bubble client">{m.question}</div>}
            {m.answer && <div class="bubble bot">{m.answer}</div>}
            <div class="muted small">
              {m.sentAt ? new Date(m.sentAt).toLocaleTimeString() : ''} {m.labels?.map((l) => l.name).join(', ')}
            </div>
          </li>
        ))}
      </ol>
    </aside>
  );
}
