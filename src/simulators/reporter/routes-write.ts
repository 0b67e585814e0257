import type { SimServer } from '../harness.js';
import { iso } from './data.js';
import { branchFor } from './experiment-branch.js';
import { badRequest, body, conflict, empty, isInt, isObject, notFound, ok, requireQuery } from './http.js';
import type { ReporterState } from './state.js';

type Add = (method: string, rel: string, h: Parameters<SimServer['route']>[2]) => void;

/** GUESS (§2.9, [D-AB]): the UI offers branches A–E, so keys outside A–E are refused. */
const BRANCH_KEYS = ['A', 'B', 'C', 'D', 'E'];

/** Block/unblock (§3.4), comments (§3.8) and scenario experiments (§3.10). */
export function registerWriteRoutes(add: Add, st: ReporterState, now: () => number): void {
  add('PUT', 'clients/block', (req) => {
    const client = st.client(requireQuery(req, 'botId'), requireQuery(req, 'clientId'));
    const b = body(req);
    // BlockClientDto: blockedBy is required (int64), blockReason optional (§2.4).
    if (!isObject(b) || !isInt(b.blockedBy) || (b.blockReason !== undefined && typeof b.blockReason !== 'string')) {
      throw badRequest('client.invalid_block', 'Body must be {"blockReason": string, "blockedBy": int64}');
    }
    st.blocks.set(client.key, { isBlocked: true, blockReason: b.blockReason as string | undefined, blockedBy: b.blockedBy, blockDate: iso(now()) });
    return empty();
  });

  add('PUT', 'clients/unblock', (req) => {
    const client = st.client(requireQuery(req, 'botId'), requireQuery(req, 'clientId'));
    st.blocks.set(client.key, { isBlocked: false });
    return empty();
  });

  add('POST', 'comments/:questionId', (req) => {
    const m = st.message(req.params.questionId);
    const b = body(req);
    if (!isObject(b) || typeof b.comment !== 'string' || b.comment.trim() === '') throw badRequest('comment.invalid', 'Body must carry a non-empty "comment"');
    // AddCommentDto spells the id `questionid` but requires `questionId` (§2.6): accept either, and neither.
    const bodyId = b.questionId ?? b.questionid;
    if (bodyId !== undefined && bodyId !== m.questionId) throw badRequest('comment.id_mismatch', 'questionId in the body differs from the path');
    st.comments.set(m.questionId, b.comment);
    return empty();
  });

  add('DELETE', 'comments/:questionId', (req) => {
    st.comments.delete(st.message(req.params.questionId).questionId);
    return empty();
  });

  add('POST', 'scenario-exeperiments', (req) => {
    const b = body(req);
    if (!isObject(b) || typeof b.key !== 'string' || b.key.trim() === '' || !Array.isArray(b.branches) || b.branches.length === 0) {
      throw badRequest('experiment.invalid', 'Body must be {"key": string, "branches": [{"key": "A"}, ...]}');
    }
    const keys = b.branches.map((x) => (isObject(x) ? x.key : undefined));
    if (keys.some((k) => typeof k !== 'string' || !BRANCH_KEYS.includes(k)) || new Set(keys).size !== keys.length) {
      throw badRequest('experiment.invalid_branches', 'Branch keys must be distinct letters A–E');
    }
    // A duplicate key is a conflict (our choice: 409 rather than 400; the spec is silent).
    if (st.experiments.has(b.key)) throw conflict('experiment.already_exists', `Experiment ${b.key} already exists`, { key: b.key });
    const branches = (b.branches as Record<string, unknown>[]).map((x) => ({
      key: x.key as string,
      ...(typeof x.description === 'string' ? { description: x.description } : {}),
    }));
    const e = { key: b.key, description: typeof b.description === 'string' ? b.description : undefined, branches, status: 'CREATED', joined: new Map<string, string>() };
    st.experiments.set(e.key, e);
    return ok(dto(e));
  });

  add('GET', 'scenario-exeperiments', () => ok([...st.experiments.values()].map(dto)));

  add('DELETE', 'scenario-exeperiments', (req) => {
    const key = requireQuery(req, 'experimentKey');
    if (!st.experiments.delete(key)) throw notFound('experiment', key);
    return empty();
  });

  // "Activate" in the overview = join (decision 3): the first join moves CREATED → RUNNING.
  add('POST', 'scenario-exeperiments/join', (req) => {
    const sessionId = requireQuery(req, 'sessionId');
    const key = requireQuery(req, 'experimentKey');
    const botId = requireQuery(req, 'botId');
    const e = st.experiments.get(key) ?? throwIt(notFound('experiment', key));
    const s = st.session(sessionId);
    if (s.botId !== botId) throw badRequest('experiment.bot_mismatch', `Session ${sessionId} does not belong to bot ${botId}`);
    if (e.status === 'STOPPED') throw badRequest('experiment.stopped', `Experiment ${key} is stopped`, { key });
    let branch = e.joined.get(sessionId);
    if (!branch) {
      branch = branchFor(sessionId, key, e.branches.map((x) => x.key));
      e.joined.set(sessionId, branch);
    }
    e.status = 'RUNNING';
    // A bare string body, as a Spring `String` answer is written (the client accepts JSON or text).
    return { status: 200, text: branch };
  });

  add('POST', 'scenario-exeperiments/stop', (req) => {
    const key = requireQuery(req, 'experimentKey');
    const e = st.experiments.get(key) ?? throwIt(notFound('experiment', key));
    e.status = 'STOPPED';
    return empty();
  });

  add('GET', 'scenario-exeperiments/count-sessions', () => ok([...st.experiments.values()].map((e) => ({ key: e.key, count: e.joined.size }))));
}

function dto(e: { key: string; description?: string; branches: { key: string; description?: string }[]; status: string }) {
  return { key: e.key, ...(e.description !== undefined ? { description: e.description } : {}), branches: e.branches.map((b) => ({ ...b })), status: e.status };
}

function throwIt(e: Error): never {
  throw e;
}
