import { formatUisDate } from '../../src/backends/uis/dates.js';
import type { Simulators } from '../../src/simulators/index.js';
import type { ClientRecord, SessionRecord } from '../../src/simulators/reporter/records.js';
import type { CallRow as SimCall } from '../../src/simulators/uis/types.js';

/**
 * Rows that "happen" at the simulators while a test watches, as they would at the real backends: a
 * chatbot session that starts at the Reporter, a call at UIS. Written straight into the simulators'
 * dataset (the arrays their routes read on every request), so no gateway is involved and the
 * gateway sees them only by asking again: at its next live poll, or at once after a notification.
 */

let serial = 0;

/** A new session now, of a new client named `firstName lastName`, newest of the list. */
export function addSession(sims: Simulators, name: { firstName: string; lastName: string }): SessionRecord {
  const data = sims.dataset.reporter;
  const template = data.sessions[0]!;
  const owner = data.clientByKey.get(template.clientKey)!;
  const now = Date.now();
  const clientId = `live${process.pid}${++serial}`;
  const client: ClientRecord = {
    ...owner,
    id: clientId,
    firstName: name.firstName,
    lastName: name.lastName,
    username: undefined,
    key: `${owner.botId}:${clientId}`,
    isBlocked: false,
    joinMs: now,
    lastVisitMs: now,
    joinDate: new Date(now).toISOString(),
    lastVisitDate: new Date(now).toISOString(),
    sessionIds: [],
  };
  const sessionId = `${template.sessionId.slice(0, 4)}live-${process.pid}-${serial}`;
  const session: SessionRecord = {
    ...template,
    sessionId,
    client: { id: clientId, firstName: name.firstName, lastName: name.lastName },
    clientKey: client.key,
    startTime: new Date(now).toISOString(),
    startMs: now,
    endMs: now + 60_000,
    duration: 60_000,
    labelIds: [],
    questionIds: [],
    questionCount: 0,
    sessionResult: 'RESOLVED',
  };
  client.sessionIds.push(sessionId);
  client.lastSessionId = sessionId;
  data.clients.push(client);
  data.clientByKey.set(client.key, client);
  // Newest first, as sessions/filter lists them.
  data.sessions.unshift(session);
  data.sessionById.set(sessionId, session);
  return session;
}

/** A new incoming call that started now, from `phone` (digits), answered or lost. */
export function addCall(sims: Simulators, phone: string, opts: { lost?: boolean } = {}): SimCall {
  const data = sims.dataset.uis;
  const template = data.calls.at(-1)!;
  const id = Math.max(...data.calls.map((c) => c.id)) + 1;
  const communicationId = Math.max(...data.calls.map((c) => c.communication_id)) + 1;
  const call: SimCall = {
    ...template,
    id,
    communication_id: communicationId,
    start_time: formatUisDate(new Date(), data.account.timezone),
    direction: 'in',
    is_lost: opts.lost ?? false,
    contact_phone_number: phone,
    tags: [],
  };
  // Sorted by start_time, then id: a call that starts now is the last.
  data.calls.push(call);
  data.callsById.set(id, call);
  data.callsByCommunicationId.set(communicationId, call);
  return call;
}
