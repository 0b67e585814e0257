import type { MessageLabelDto, MessageLabelGroupDto } from '../../backends/reporter/types.js';
import { builder } from '../builder.js';
import type { Context } from '../../gateway/context.js';
import { notFound } from '../../gateway/errors.js';
import { errorAsValue, MessageLabelGroupRef, MessageLabelRef } from './refs.js';
import { readableWith } from '../type-scopes.js';

/**
 * MessageLabelGroup (reporter-api.md §2.5 MessageLabelGroupDto). The spec makes the group id
 * optional, so a group without one is identified by its name. `labels` reads `GET message/labels`
 * once per request, so `messageLabelGroups` with labels costs two calls whatever the group count.
 */

const groupKey = (g: MessageLabelGroupDto): string => (g.id !== undefined && g.id !== null ? String(g.id) : `name:${g.name}`);
const inGroup = (l: MessageLabelDto, g: MessageLabelGroupDto): boolean =>
  g.id !== undefined && g.id !== null ? l.group?.id === g.id : l.group?.name === g.name;

async function byId(id: string, ctx: Context) {
  const all = await ctx.loaders.reporter.messageLabelGroups.load('all');
  const found = all.find((g) => groupKey(g) === id);
  if (!found) throw notFound(`No message label group ${id}`, 'reporter');
  return found;
}

builder.node(MessageLabelGroupRef, {
  ...readableWith('read', 'labels'),
  description: 'A group of message labels (MessageLabelGroupDto), e.g. "Quality" or "Topics".',
  id: { resolve: groupKey },
  loadMany: (ids, ctx) => ids.map((id) => errorAsValue(byId(id, ctx))),
  fields: (t) => ({
    groupId: t.field({ type: 'Long', description: 'The Reporter group id (int64); the spec lets it be absent.', resolve: (g) => g.id ?? null }),
    name: t.exposeString('name', { nullable: false, description: 'The group’s name.' }),
    priority: t.int({ description: 'Sort order: lower comes first.', resolve: (g) => g.priority ?? null }),
    labels: t.field({
      type: [MessageLabelRef],
      nullable: { list: true, items: false },
      description: 'The group’s labels, by priority.',
      resolve: async (g, _args, ctx) => {
        const all = await ctx.loaders.reporter.messageLabels.load('all');
        return all.filter((l) => inGroup(l, g)).sort((a, b) => a.priority - b.priority || a.id - b.id);
      },
    }),
  }),
});

builder.queryField('messageLabelGroups', (t) =>
  t.field({
    type: [MessageLabelGroupRef],
    nullable: { list: true, items: false },
    description: 'Every message label group of the project, by priority, with their labels.',
    resolve: async (_root, _args, ctx) => {
          const all = await ctx.loaders.reporter.messageLabelGroups.load('all');
      return [...all].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.name.localeCompare(b.name));
    },
  }),
);
