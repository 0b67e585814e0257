import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { notFound } from '../../gateway/errors.js';
import { errorAsValue, SessionLabelRef } from './refs.js';
import { readableWith } from '../type-scopes.js';

/**
 * SessionLabel (reporter-api.md §2.5 SessionLabelDto): a flat tag an analyst puts on sessions.
 * The whole list is one `GET logs/labels/sessions` (legacy only, §4), read once per request.
 */
async function byId(id: string, ctx: Context) {
  const all = await ctx.loaders.reporter.sessionLabels.load('all');
  const found = all.find((l) => String(l.id) === id);
  if (!found) throw notFound(`No session label ${id}`, 'reporter');
  return found;
}

builder.node(SessionLabelRef, {
  ...readableWith('read', 'labels'),
  description: 'A label analysts put on sessions (SessionLabelDto). Session labels have no groups.',
  id: { resolve: (l) => String(l.id) },
  loadMany: (ids, ctx) => ids.map((id) => errorAsValue(byId(id, ctx))),
  fields: (t) => ({
    labelId: t.field({ type: 'Long', nullable: false, description: 'The Reporter label id (int64), as filters and label mutations take it.', resolve: (l) => l.id }),
    name: t.exposeString('name', { nullable: false, description: 'The label’s name.' }),
    priority: t.exposeInt('priority', { nullable: false, description: 'Sort order: lower comes first.' }),
  }),
});

builder.queryField('sessionLabels', (t) =>
  t.field({
    type: [SessionLabelRef],
    nullable: { list: true, items: false },
    description: 'Every session label of the project, by priority.',
    resolve: async (_root, _args, ctx) => {
          const all = await ctx.loaders.reporter.sessionLabels.load('all');
      return [...all].sort((a, b) => a.priority - b.priority || a.id - b.id);
    },
  }),
);
