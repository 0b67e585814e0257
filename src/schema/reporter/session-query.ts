import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { SessionInfo } from '../../backends/reporter/types.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { ErrorCode, notFound, UpstreamError } from '../../gateway/errors.js';
import { windowOf, type ConnectionArgs } from '../pagination.js';
import { toAnalyticsFilters } from './filter-convert.js';
import { ReporterFilterInput } from './filter-input.js';
import { pageRequestsFor, reporterConnection } from './paging.js';
import { SessionConnection, SessionRef, upstreamIdOf } from './refs.js';
import { sessionMessagesKey } from './session.js';

/**
 * `sessions` (POST sessions/filter, reporter-api.md §3.3) and `session(id)`.
 *
 * `session(id)` with `messages` selected reads both from one `messages/by-session` call: its answer
 * carries the session too (MessagesForSessionDto, §2.3), so "a session with its first 20 messages"
 * costs one request. Without `messages`, or when the window needs two pages, the session comes
 * from the batched session loader.
 */

builder.queryField('sessions', (t) =>
  t.connection(
    {
      type: SessionRef,
      description: 'Reporter sessions, newest first, filtered (`sessions/filter` with labels).',
      args: { filter: t.arg({ type: ReporterFilterInput, description: 'Conditions that must all hold.' }) },
      resolve: (_root, args, ctx) => {
        const filters = toAnalyticsFilters(args.filter, 'filter');
        return reporterConnection(args, ctx, async (page, size) => {
          const d = await ctx.loaders.reporter.sessionPage.load({ filters, page, size });
          return { items: d.sessions, total: d.paging.totalCount };
        });
      },
    },
    SessionConnection,
  ),
);

builder.queryField('session', (t) =>
  t.field({
    type: SessionRef,
    description: 'One Reporter session by its global ID (or its Reporter session id); NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The session’s global ID, or the Reporter session id.' }) },
    resolve: (_root, args, ctx, info) => loadSession(upstreamIdOf(String(args.id), 'Session', ctx), ctx, info),
  }),
);

async function loadSession(sessionId: string, ctx: Context, info: GraphQLResolveInfo): Promise<SessionInfo> {
  const key = messagesKeyOf(sessionId, ctx, info);
  if (!key) return ctx.loaders.reporter.session.load(sessionId);
  try {
    const d = await ctx.loaders.reporter.messagesBySession.load(key);
    // Labels are INFERRED to come with by-session's session; without them Session.labels reloads.
    return d.session;
  } catch (err) {
    if (err instanceof UpstreamError && err.code === ErrorCode.NOT_FOUND) throw notFound(`No Reporter session ${sessionId}`, 'reporter');
    throw err;
  }
}

/** The by-session key that `Session.messages` will ask for, when it is selected and needs one page. */
function messagesKeyOf(sessionId: string, ctx: Context, info: GraphQLResolveInfo) {
  const node = fieldsNamed(info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])), 'messages', info)[0];
  const type = info.schema.getType('Session');
  const def = isObjectType(type) ? type.getFields().messages : undefined;
  if (!node || !def) return undefined;
  try {
    const args = getArgumentValues(def, node, info.variableValues) as ConnectionArgs & { hideEmpty?: boolean };
    const requests = pageRequestsFor(windowOf(args, ctx.config.maxPageSize));
    if (requests.length !== 1) return undefined;
    return sessionMessagesKey(sessionId, requests[0].page, requests[0].size, args.hideEmpty ?? false);
  } catch {
    return undefined; // bad arguments: Session.messages reports them at its own path
  }
}

/** Fields of a given name in selection sets, through inline fragments and fragment spreads. */
function fieldsNamed(sets: SelectionSetNode[], name: string, info: GraphQLResolveInfo, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const set of sets) {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD && sel.name.value === name) out.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsNamed([sel.selectionSet], name, info, seen));
      else if (sel.kind === Kind.FRAGMENT_SPREAD && !seen.has(sel.name.value)) {
        const frag = info.fragments[sel.name.value];
        if (frag) out.push(...fieldsNamed([frag.selectionSet], name, info, new Set([...seen, sel.name.value])));
      }
    }
  }
  return out;
}
