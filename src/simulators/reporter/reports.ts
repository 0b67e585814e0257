import type { SimServer } from '../harness.js';
import { iso } from './data.js';
import { compile, matchClients, matchMessages, matchSessions } from './filters.js';
import { badRequest, body, dateOnly, dateTime, empty, isObject, notFound, ok } from './http.js';
import type { TaskState } from './records.js';
import type { ReporterState } from './state.js';
import type { ReportGenerationTaskDto, ReportSettings } from './types.js';

export interface ReportClock {
  now: () => number;
  /** One step of simulated report generation. */
  stepMs: number;
  /** The simulator's origin, for fileUrl. */
  origin: () => string;
}

/**
 * Legacy report lifecycle (§3.11, INFERRED from the schemas): CREATED for one step, STARTED with
 * `writeCount` growing to `totalCount` over three steps, then COMPLETED with `fileUrl`/`fileName`.
 */
export function renderTask(t: TaskState, clock: ReportClock): ReportGenerationTaskDto {
  if (t.frozen) return { ...t.dto };
  const total = t.dto.totalCount ?? 0;
  const steps = (clock.now() - t.createdMs) / clock.stepMs;
  if (steps < 1) return { ...t.dto, status: 'CREATED', writeCount: 0 };
  if (steps < 4) return { ...t.dto, status: 'STARTED', writeCount: Math.min(total, Math.floor((total * (steps - 1)) / 3)) };
  const ext = (t.dto.settings?.fileType ?? 'XLSX').toLowerCase();
  const fileName = `${t.dto.reportType.toLowerCase()}-report-${t.dto.creationTime.slice(0, 10)}.${ext}`;
  // GUESS (§3.11 step 4): fileUrl is absolute and needs no token.
  return { ...t.dto, status: 'COMPLETED', writeCount: total, fileName, fileUrl: `${clock.origin()}/files/reports/${t.dto.taskId}/${fileName}` };
}

function settingsOf(v: unknown, required: boolean): ReportSettings | undefined {
  if (v === undefined && !required) return undefined;
  if (!isObject(v) || (v.fileType !== 'XLSX' && v.fileType !== 'CSV')) throw badRequest('report.invalid_settings', 'settings.fileType must be XLSX or CSV');
  if (v.delimiter !== undefined && (typeof v.delimiter !== 'string' || v.delimiter.length !== 1)) {
    throw badRequest('report.invalid_settings', 'settings.delimiter must be one character');
  }
  return v as unknown as ReportSettings;
}

/** CreateReportDto: `filters` is a bare array here, not a FiltersDto (§2.10). */
function reportBody(raw: unknown, required: boolean): { filters: unknown[]; settings?: ReportSettings } {
  if (raw === undefined) {
    if (required) throw badRequest('request.missing_body', 'Request body is required');
    return { filters: [] };
  }
  if (!isObject(raw) || (raw.filters !== undefined && !Array.isArray(raw.filters))) {
    throw badRequest('report.malformed', 'Body must be {"filters": [...], "settings": {...}}');
  }
  return { filters: (raw.filters as unknown[]) ?? [], settings: settingsOf(raw.settings, false) };
}

export function registerReportRoutes(
  add: (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void,
  server: SimServer,
  st: ReporterState,
  clock: ReportClock,
): void {
  let counter = 0;
  const create = (reportType: string, total: number, settings?: ReportSettings) => {
    const now = clock.now();
    counter += 1;
    const taskId = `${now.toString(36)}-${String(counter).padStart(4, '0')}-${reportType.toLowerCase()}`;
    const dto: ReportGenerationTaskDto = {
      taskId, accountId: st.data.accountId, creationTime: iso(now), status: 'CREATED', reportType,
      settings: settings ?? { fileType: 'XLSX', withHeader: true }, projectShortName: st.data.projectShortName, writeCount: 0, totalCount: total,
    };
    const t: TaskState = { dto, createdMs: now, frozen: false };
    st.tasks.set(taskId, t);
    return ok(renderTask(t, clock));
  };

  add('POST', 'reports/sessions', (req) => {
    const b = reportBody(body(req), false);
    return create('SESSIONS', matchSessions(compile(b.filters, st), st).length, b.settings);
  });
  add('POST', 'reports/messages', (req) => {
    const b = reportBody(body(req), false);
    return create('MESSAGES', matchMessages(compile(b.filters, st), st).length, b.settings);
  });
  add('POST', 'reports/clients', (req) => {
    const b = reportBody(body(req), false);
    return create('CLIENTS', matchClients(compile(b.filters, st), st).length, b.settings);
  });
  add('POST', 'reports/client-list', (req) => {
    const b = reportBody(body(req), true);
    return create('CLIENTS_LIST', matchClients(compile(b.filters, st), st).length, b.settings);
  });
  add('POST', 'reports/telephony', (req) => {
    const from = req.query.get('startTime') ? dateTime(req.query.get('startTime'), 'startTime') : -Infinity;
    const to = req.query.get('endTime') ? dateTime(req.query.get('endTime'), 'endTime') : Infinity;
    const bots = req.query.getAll('botIds');
    const calls = st.sessions.filter(
      (s) => s.channelType === 'telephony' && s.startMs >= from && s.startMs <= to && (!bots.length || bots.includes(s.botId)),
    );
    return create('TELEPHONY', calls.length);
  });
  add('POST', 'reports/daily', (req) => {
    const raw = body(req);
    if (!isObject(raw) || typeof raw.date !== 'string') throw badRequest('report.malformed', 'Body must be {"date": "yyyy-MM-dd", ...}');
    const d = dateOnly(raw.date, 'date');
    const start = Date.UTC(d.y, d.m - 1, d.d);
    const total = st.sessions.filter((s) => s.startMs >= start && s.startMs < start + 86_400_000).length;
    return create('DAILY', total, settingsOf(raw.settings, false));
  });

  add('GET', 'reports', () => {
    const tasks = [...st.tasks.values()].sort((a, b) => b.createdMs - a.createdMs).map((t) => renderTask(t, clock));
    return ok({ tasks });
  });
  add('GET', 'reports/tasks/:id', (req) => {
    const t = st.tasks.get(req.params.id) ?? throwIt(notFound('report_task', req.params.id));
    return ok(renderTask(t, clock));
  });
  add('DELETE', 'reports/tasks/:id', (req) => {
    if (!st.tasks.delete(req.params.id)) throw notFound('report_task', req.params.id);
    return empty();
  });
  add('DELETE', 'reports', () => {
    for (const [id, t] of st.tasks) if (renderTask(t, clock).status === 'COMPLETED') st.tasks.delete(id);
    return empty();
  });
  add('DELETE', 'reports/all', () => {
    st.tasks.clear();
    return empty();
  });

  // The "file": a small CSV, served without the token (GUESS: fileUrl is pre-signed).
  server.route('GET', '/files/reports/:id/:name', (req) => {
    const t = st.tasks.get(req.params.id);
    if (!t || renderTask(t, clock).status !== 'COMPLETED') return { status: 404, json: { error: 'reporter.file.not_found', message: 'no such file', args: {} } };
    return { status: 200, text: `taskId,reportType,rows\n${t.dto.taskId},${t.dto.reportType},${t.dto.totalCount ?? 0}\n` };
  }, 'GET files/reports');
}

function throwIt(e: Error): never {
  throw e;
}
