import type { GeneratorInput } from '../dataset/generator.js';
import { SESSION_LABEL_NAMES, MESSAGE_LABEL_GROUPS } from './catalogue.js';
import { branchFor } from './experiment-branch.js';
import { generateConversation, uuid } from './conversation.js';
import type { ClientRecord, ExperimentRecord, MessageLabelRecord, MessageRecord, ReporterData, SessionRecord } from './records.js';
import type { ReportGenerationTaskDto } from './types.js';

const DAY = 86_400_000;
const CHANNELS: { channelType: string; share: number }[] = [
  { channelType: 'telegram', share: 0.35 },
  { channelType: 'chatwidget', share: 0.25 },
  { channelType: 'whatsapp', share: 0.15 },
  { channelType: 'vk', share: 0.1 },
  { channelType: 'telephony', share: 0.15 },
];

/**
 * Builds the Reporter dataset: at size 1, 5 channels, ~1 500 clients, ~5 000 sessions over the 90
 * days before `anchor`, ~40 000 messages, 8 session labels, 3 label groups with 12 labels,
 * 3 experiments and 2 finished report tasks. Deterministic for a seed.
 */
export function generateReporterData({ rng, people, size, anchor }: GeneratorInput): ReporterData {
  const accountId = 1000;
  const projectShortName = 'myproj-1000-xyz';
  const anchorMs = anchor.getTime();
  const bots = CHANNELS.map((c, i) => ({ botId: `1000-${projectShortName}-${121 + i}`, channelType: c.channelType }));

  const clients: ClientRecord[] = [];
  const clientByKey = new Map<string, ClientRecord>();
  const clientCount = Math.max(10, Math.round(1500 * size));
  for (let i = 0; i < clientCount; i++) {
    const roll = rng.next();
    let acc = 0;
    let ci = CHANNELS.length - 1;
    for (let k = 0; k < CHANNELS.length; k++) if (roll < (acc += CHANNELS[k].share)) { ci = k; break; }
    const bot = bots[ci];
    const person = rng.bool(0.85) || bot.channelType === 'telephony' || bot.channelType === 'whatsapp' ? people[i % people.length] : undefined;
    const id = clientIdFor(bot.channelType, person?.phoneDigits, () => rng.int(100_000_000, 999_999_999), () => rng.hex(24));
    const key = `${bot.botId}:${id}`;
    if (clientByKey.has(key)) continue;
    const client: ClientRecord = {
      id,
      firstName: person?.firstName,
      lastName: person?.lastName,
      username: bot.channelType === 'telegram' || bot.channelType === 'vk' ? person?.username : undefined,
      accountId,
      projectShortName,
      channelType: bot.channelType,
      botId: bot.botId,
      lastSessionId: '',
      joinDate: '',
      lastVisitDate: '',
      isBlocked: false,
      key,
      joinMs: 0,
      lastVisitMs: 0,
      sessionIds: [],
    };
    clients.push(client);
    clientByKey.set(key, client);
  }

  // Every client has a session; the rest go mostly to a regular third of them.
  const sessionCount = Math.max(clients.length, Math.round(5000 * size));
  const owners = clients.map((_, i) => i);
  for (let i = clients.length; i < sessionCount; i++) owners.push(rng.bool(0.7) ? rng.int(0, Math.floor(clients.length / 3)) : rng.int(0, clients.length - 1));
  const starts = owners.map(() => anchorMs - 90 * DAY + Math.floor(rng.next() * (90 * DAY - 2 * 3_600_000)));
  const order = owners.map((_, i) => i).sort((a, b) => starts[b] - starts[a]);

  const sessions: SessionRecord[] = [];
  const messages: MessageRecord[] = [];
  for (const i of order) {
    const client = clients[owners[i]];
    const sessionId = [client.botId.slice(-3), uuid(rng)].join('-');
    const { session, messages: ms } = generateConversation(rng, { sessionId, client, startMs: starts[i], projectShortName });
    sessions.push(session);
    for (const m of ms) messages.push(m);
  }
  // Sessions are newest first; each client's session list and dates follow from them.
  for (const s of [...sessions].reverse()) {
    const c = clientByKey.get(s.clientKey)!;
    if (c.sessionIds.length === 0) c.joinMs = s.startMs;
    c.sessionIds.push(s.sessionId);
    c.lastVisitMs = Math.max(c.lastVisitMs, s.endMs);
    c.lastSessionId = s.sessionId;
  }
  for (const c of clients) {
    c.joinDate = iso(c.joinMs);
    c.lastVisitDate = iso(c.lastVisitMs);
    if (rng.bool(0.03)) {
      c.isBlocked = true;
      c.blockReason = rng.pick(['spam', 'abuse', 'flood']);
      c.blockedBy = rng.pick([12345, 12346]);
      c.blockDate = iso(c.lastVisitMs + rng.int(60_000, 3_600_000));
    }
  }

  const sessionLabels = SESSION_LABEL_NAMES.map((name, i) => ({ id: 11 + i, name, priority: i + 1 }));
  const labelGroups = MESSAGE_LABEL_GROUPS.map((g, i) => ({ id: 21 + i, name: g.name, priority: i + 1 }));
  const messageLabels: MessageLabelRecord[] = [];
  MESSAGE_LABEL_GROUPS.forEach((g, gi) => g.labels.forEach((name, li) => messageLabels.push({ id: 31 + messageLabels.length, name, priority: li + 1, groupId: 21 + gi })));
  for (const s of sessions) if (rng.bool(0.2)) s.labelIds = rng.sample(sessionLabels, rng.int(1, 2)).map((l) => l.id).sort((a, b) => a - b);
  for (const m of messages) if (m.question && rng.bool(0.08)) m.labelIds = [rng.pick(messageLabels).id];

  const experiments: ExperimentRecord[] = [
    experiment('greeting_test', 'New greeting against the old one', ['A', 'B'], 'RUNNING'),
    experiment('checkout_flow', 'Three checkout scripts', ['A', 'B', 'C'], 'CREATED'),
    experiment('old_banner', 'Banner wording (finished)', ['A', 'B', 'C', 'D', 'E'], 'STOPPED'),
  ];
  for (const s of sessions) {
    const e = s.startMs > anchorMs - 30 * DAY ? experiments[0] : experiments[2];
    if (rng.bool(0.05)) e.joined.set(s.sessionId, branchFor(s.sessionId, e.key, e.branches.map((b) => b.key)));
  }

  const reportTasks: ReportGenerationTaskDto[] = [
    task('r-0001-sessions', 'SESSIONS', anchorMs - 2 * DAY, 'COMPLETED', sessions.length, 'XLSX'),
    task('r-0002-messages', 'MESSAGES', anchorMs - DAY, 'FAILED', messages.length, 'CSV'),
  ];
  function task(taskId: string, reportType: string, at: number, status: string, total: number, fileType: string): ReportGenerationTaskDto {
    const done = status === 'COMPLETED';
    const fileName = `${reportType.toLowerCase()}-${iso(at).slice(0, 10)}.${fileType.toLowerCase()}`;
    return {
      taskId, accountId, creationTime: iso(at), status, reportType, projectShortName,
      settings: { fileType, withHeader: true },
      writeCount: done ? total : Math.floor(total / 3), totalCount: total,
      ...(done ? { fileUrl: `https://reports.jaicp.example/files/${taskId}/${fileName}`, fileName } : {}),
    };
  }

  return {
    accountId,
    projectShortName,
    anchor,
    bots,
    clients,
    sessions,
    messages,
    sessionLabels,
    labelGroups,
    messageLabels,
    experiments,
    reportTasks,
    sessionById: new Map(sessions.map((s) => [s.sessionId, s])),
    messageById: new Map(messages.map((m) => [m.questionId, m])),
    clientByKey,
  };
}

function experiment(key: string, description: string, branches: string[], status: string): ExperimentRecord {
  return { key, description, status, branches: branches.map((b) => ({ key: b, description: `Branch ${b}` })), joined: new Map() };
}

/** Channel user ids look different per channel: phone digits for WhatsApp and calls, numbers, hex. */
function clientIdFor(channel: string, phone: string | undefined, num: () => number, hex: () => string): string {
  if ((channel === 'whatsapp' || channel === 'telephony') && phone) return phone;
  if (channel === 'telegram' || channel === 'vk') return String(num());
  return hex();
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
