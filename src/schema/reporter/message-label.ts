import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { notFound } from '../../gateway/errors.js';
import { errorAsValue, MessageLabelGroupRef, MessageLabelRef } from './refs.js';
import { readableWith } from '../type-scopes.js';

/**
 * MessageLabel (reporter-api.md §2.5 MessageLabelDto): a label on single messages ("log labels"),
 * always in a group. Messages carry their labels with the group embedded, so a page of messages
 * with labels and groups costs no label calls; `node` reads the list (`GET message/labels`).
 */
async function byId(id: string, ctx: Context) {
  const all = await ctx.loaders.reporter.messageLabels.load('all');
  const found = all.find((l) => String(l.id) === id);
  if (!found) throw notFound(`No message label ${id}`, 'reporter');
  return found;
}

builder.node(MessageLabelRef, {
  ...readableWith('read', 'labels'),
  description: 'A label analysts put on single messages (MessageLabelDto); it belongs to a group.',
  id: { resolve: (l) => String(l.id) },
  loadMany: (ids, ctx) => ids.map((id) => errorAsValue(byId(id, ctx))),
  fields: (t) => ({
    labelId: t.field({ type: 'Long', nullable: false, description: 'The Reporter label id (int64), as filters and label mutations take it.', resolve: (l) => l.id }),
    name: t.exposeString('name', { nullable: false, description: 'The label’s name.' }),
    priority: t.exposeInt('priority', { nullable: false, description: 'Sort order inside the group: lower comes first.' }),
    group: t.field({ type: MessageLabelGroupRef, description: 'The group the label belongs to (sent with the label).', resolve: (l) => l.group ?? null }),
  }),
});
