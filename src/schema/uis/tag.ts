import { builder } from '../builder.js';
import { UisTag } from '../../backends/uis/shapes.js';
import type { Tag } from '../../backends/uis/types.js';
import type { Context } from '../../gateway/context.js';
import { notFound } from '../../gateway/errors.js';
import { connectionOf, windowOf } from '../pagination.js';
import { isNotFound, orNull, uisNumericId } from './ids.js';
import { readableWith } from '../type-scopes.js';

/**
 * A UIS tag (get.tags, uis-data-api.md §12.4). A tag reached from a call starts with id and name;
 * `isSystem` comes from the tag list, shared per credential set for a minute (loaders.ts).
 */

export const TagRef = builder.objectRef<UisTag>('Tag');

async function rowOf(t: UisTag, ctx: Context): Promise<Tag> {
  return t.row ?? ctx.loaders.uis.tag.load(t.id);
}

builder.node(TagRef, {
  ...readableWith('read', 'tags'),
  description: 'A UIS tag that marks calls and other communications (e.g. "Целевой", "Спам").',
  isTypeOf: (v) => v instanceof UisTag,
  id: { description: 'Global ID of the tag.', resolve: (t) => String(t.id), parse: (id) => id },
  loadMany: async (ids, ctx) =>
    Promise.all(ids.map((id) => (/^\d{1,15}$/.test(id) ? orNull(ctx.loaders.uis.tag.load(Number(id)).then((row) => new UisTag(row.id!, row))) : null))),
  fields: (t) => ({
    tagId: t.int({ nullable: false, description: 'The UIS tag id.', resolve: (tag) => tag.id }),
    name: t.string({ description: 'Tag name.', resolve: async (tag, _a, ctx) => tag.row?.name ?? tag.hint?.name ?? (await rowOf(tag, ctx)).name ?? null }),
    isSystem: t.boolean({ description: 'A platform tag, which cannot be deleted.', resolve: async (tag, _a, ctx) => (await rowOf(tag, ctx)).is_system ?? null }),
  }),
});

builder.queryFields((t) => ({
  tags: t.connection(
    {
      type: TagRef,
      description: 'UIS tags, sorted by name. `first` is capped at MAX_PAGE_SIZE (default 100).',
      args: { name: t.arg.string({ description: 'Name contains this text (case-insensitive).' }) },
      resolve: async (_root, args, ctx) => {
        const window = windowOf(args, ctx.config.maxPageSize);
        const page = await ctx.loaders.uis.client.getTags(
          {
            filter: args.name ? { field: 'name', operator: 'ilike', value: `%${args.name.replace(/[\\%_]/g, '\\$&')}%` } : undefined,
            sort: [{ field: 'name', order: 'asc' }],
            limit: Math.max(1, window.count),
            offset: window.offset,
          },
          { signal: ctx.signal },
        );
        const nodes = page.data.filter((r) => r.id != null).map((r) => new UisTag(r.id!, r));
        return connectionOf(nodes, window, page.totalItems);
      },
    },
    {
      name: 'TagConnection',
      edgesField: { description: 'The tags of this page, in order.' },
      description: 'A page of UIS tags.',
      fields: (c) => ({ totalCount: c.int({ nullable: false, description: 'Tags matching the filter.', resolve: (conn) => (conn as unknown as { totalCount: number }).totalCount }) }),
    },
    { name: 'TagEdge', nodeField: { description: 'The tag.' }, description: 'A UIS tag in a page.' },
  ),
  tag: t.field({
    type: TagRef,
    description: 'One UIS tag by Tag ID (or UIS tag number); NOT_FOUND when there is none.',
    args: { id: t.arg.id({ required: true, description: 'Tag ID or UIS tag number.' }) },
    resolve: async (_root, args, ctx) => {
      const id = uisNumericId(String(args.id), 'Tag', 'id', ctx);
      try {
        return new UisTag(id, await ctx.loaders.uis.tag.load(id));
      } catch (err) {
        if (isNotFound(err)) throw notFound(`No UIS tag ${id}`, 'uis');
        throw err;
      }
    },
  }),
}));
