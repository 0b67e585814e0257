import type { SimRequest, SimServer } from '../harness.js';
import { compile, filtersOf, matchMessages, matchSessions } from './filters.js';
import { badRequest, body, dateOnly, intQuery, ok, requireQuery, timezoneMinutes } from './http.js';
import type { ReporterState } from './state.js';
import type { TimestampToValue } from './types.js';

const INTERVALS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The start (epoch ms, UTC) of the bucket holding `ms`, in the caller's time zone (`Timezone`
 * header, minutes east of UTC: GUESS §1.1). `step` groups that many units together. Weeks start
 * on Monday (GUESS). `ts` is epoch ms (INFERRED §1.1).
 */
export function bucketStart(ms: number, interval: string, step: number, tzMin: number): number {
  const shift = tzMin * 60_000;
  const local = ms + shift;
  const d = new Date(local);
  let start: number;
  switch (interval) {
    case 'HOUR':
      start = Math.floor(local / (HOUR * step)) * HOUR * step;
      break;
    case 'DAY':
      start = Math.floor(local / (DAY * step)) * DAY * step;
      break;
    case 'WEEK': {
      // 1970-01-01 was a Thursday: shift by 3 days so that weeks start on Monday.
      const week = Math.floor((Math.floor(local / DAY) + 3) / 7);
      start = (Math.floor(week / step) * step * 7 - 3) * DAY;
      break;
    }
    default: {
      const unit = interval === 'MONTH' ? 1 : interval === 'QUARTER' ? 3 : 12;
      const months = d.getUTCFullYear() * 12 + d.getUTCMonth();
      const first = Math.floor(months / (unit * step)) * unit * step;
      start = Date.UTC(Math.floor(first / 12), first % 12, 1);
    }
  }
  return start - shift;
}

/** Counts per bucket, sorted by time; only buckets with data are listed (GUESS: sparse). */
export function histogram(times: Iterable<number>, interval: string, step: number, tzMin: number): TimestampToValue[] {
  const counts = new Map<number, number>();
  for (const t of times) {
    const b = bucketStart(t, interval, step, tzMin);
    counts.set(b, (counts.get(b) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([ts, value]) => ({ ts, value }));
}

function advancedQuery(req: SimRequest): { interval: string; step: number; tz: number } {
  const interval = req.query.get('intervalType') ?? 'DAY';
  if (!INTERVALS.includes(interval)) throw badRequest('request.invalid_parameter', `intervalType must be one of ${INTERVALS.join(', ')}`);
  return { interval, step: intQuery(req, 'step', 1, 1), tz: timezoneMinutes(req) };
}

/** dateFrom..dateTo (inclusive days, yyyy-MM-dd) as a [from, to) window in the caller's zone. */
function dayWindow(req: SimRequest, tz: number): { from: number; to: number } {
  const a = dateOnly(requireQuery(req, 'dateFrom'), 'dateFrom');
  const b = dateOnly(requireQuery(req, 'dateTo'), 'dateTo');
  const from = Date.UTC(a.y, a.m - 1, a.d) - tz * 60_000;
  const to = Date.UTC(b.y, b.m - 1, b.d) + DAY - tz * 60_000;
  if (from >= to) throw badRequest('request.invalid_parameter', 'dateFrom must not be after dateTo');
  return { from, to };
}

export function registerStatsRoutes(add: (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void, st: ReporterState): void {
  add('GET', 'stats/switched-sessions', (req) => {
    const tz = timezoneMinutes(req);
    const { from, to } = dayWindow(req, tz);
    const method = requireQuery(req, 'transferToOperatorMethod');
    if (method !== 'SWITCH' && method !== 'TEXT') throw badRequest('request.invalid_parameter', 'transferToOperatorMethod must be SWITCH or TEXT');
    const text = req.query.get('textForTransfer')?.toLowerCase();
    if (method === 'TEXT' && !text) throw badRequest('request.missing_parameter', "textForTransfer is required with method TEXT");
    const bots = req.query.getAll('botIds');
    const hits = st.sessions.filter((s) => {
      if (s.startMs < from || s.startMs >= to || (bots.length && !bots.includes(s.botId))) return false;
      if (method === 'SWITCH') return s.transfer;
      return (st.messagesBySession.get(s.sessionId) ?? []).some((m) => m.textAnswer?.toLowerCase().includes(text!));
    });
    return ok({ stats: histogram(hits.map((s) => s.startMs), 'DAY', 1, tz), totalCount: hits.length });
  });

  add('GET', 'stats/telephony', (req) => {
    const tz = timezoneMinutes(req);
    const { from, to } = dayWindow(req, tz);
    const bots = req.query.getAll('botIds');
    const calls = st.sessions.filter(
      (s) => s.channelType === 'telephony' && s.startMs >= from && s.startMs < to && (!bots.length || bots.includes(s.botId)),
    );
    const seconds = calls.reduce((sum, s) => sum + (s.duration ?? 0) / 1000, 0);
    return ok({
      averageCallDurationInSeconds: calls.length ? Math.round((seconds / calls.length) * 100) / 100 : 0,
      // GUESS: every call with a duration is billed.
      billingCount: histogram(calls.filter((s) => (s.duration ?? 0) > 0).map((s) => s.startMs), 'DAY', 1, tz),
      incomingCount: histogram(calls.filter((s) => s.isCallIncoming).map((s) => s.startMs), 'DAY', 1, tz),
      outgoingCount: histogram(calls.filter((s) => !s.isCallIncoming).map((s) => s.startMs), 'DAY', 1, tz),
    });
  });

  add('GET', 'stats/unique-clients', () => ok([{ projectShortName: st.data.projectShortName, totalCount: st.clients.length }]));

  add('POST', 'stats/messages/with-advanced-filters', (req) => {
    const q = advancedQuery(req);
    const ms = matchMessages(compile(filtersOf(body(req)), st), st);
    return ok({ stats: histogram(ms.map((m) => m.tsMs), q.interval, q.step, q.tz), totalCount: ms.length });
  });

  add('POST', 'stats/sessions/with-advanced-filters', (req) => {
    const q = advancedQuery(req);
    const ss = matchSessions(compile(filtersOf(body(req)), st), st);
    return ok({ stats: histogram(ss.map((s) => s.startMs), q.interval, q.step, q.tz), totalCount: ss.length });
  });

  add('POST', 'stats/session-labels', (req) => {
    const q = advancedQuery(req);
    const ss = matchSessions(compile(filtersOf(body(req)), st), st);
    const stats = [...st.sessionLabels.values()]
      .sort((a, b) => a.priority - b.priority || a.id - b.id)
      .map((label) => {
        const times = ss.filter((s) => st.sessionLabelIds(s.sessionId).has(label.id)).map((s) => s.startMs);
        return { label: { ...label }, tsToValues: histogram(times, q.interval, q.step, q.tz), totalCount: times.length };
      });
    return ok({ stats });
  });

  add('POST', 'stats/log-labels', (req) => {
    const q = advancedQuery(req);
    const ms = matchMessages(compile(filtersOf(body(req)), st), st).filter((m) => st.messageLinks.get(m.questionId)?.size);
    const stats = [...st.messageLabels.values()]
      .sort((a, b) => a.groupId - b.groupId || a.priority - b.priority)
      .map((label) => {
        const times = ms.filter((m) => st.messageLinks.get(m.questionId)!.has(label.id)).map((m) => m.tsMs);
        return { label: st.messageLabelDto(label), tsToValues: histogram(times, q.interval, q.step, q.tz), totalCount: times.length };
      });
    return ok({ stats });
  });
}
