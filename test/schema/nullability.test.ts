import { readFileSync } from 'node:fs';
import { isNonNullType, isObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countNullable } from '../../scripts/count-nullable.js';
import { schema } from '../../src/schema/index.js';

const types = Object.values(schema.getTypeMap()).filter(isObjectType).filter((t) => !t.name.startsWith('__'));
const connections = types.filter((t) => t.name.endsWith('Connection'));

describe('nullability', () => {
  it('makes edges, each edge, its node, pageInfo and totalCount non-null on every connection', () => {
    expect(connections.length).toBeGreaterThan(5);
    for (const c of connections) {
      const fields = c.getFields();
      expect(String(fields.edges!.type), c.name).toMatch(/^\[\w+Edge!\]!$/);
      expect(String(fields.pageInfo!.type), c.name).toBe('PageInfo!');
      expect(String(fields.totalCount!.type), c.name).toBe('Int!');
      const edge = schema.getType(String(fields.edges!.type).replace(/[[\]!]/g, ''));
      expect(isObjectType(edge) && isNonNullType(edge.getFields().node!.type), c.name).toBe(true);
    }
    const pageInfo = schema.getType('PageInfo');
    expect(isObjectType(pageInfo) && String(pageInfo.getFields().hasNextPage!.type)).toBe('Boolean!');
    expect(isObjectType(pageInfo) && String(pageInfo.getFields().hasPreviousPage!.type)).toBe('Boolean!');
    // An empty page has no first or last edge.
    expect(isObjectType(pageInfo) && String(pageInfo.getFields().endCursor!.type)).toBe('String');
  });

  it('keeps every connection field nullable, so a failing backend nulls only its own connection', () => {
    const connectionFields = types.flatMap((t) =>
      Object.values(t.getFields()).filter((f) => String(f.type).replace(/!$/, '').endsWith('Connection')).map((f) => ({ where: `${t.name}.${f.name}`, type: f.type })),
    );
    expect(connectionFields.length).toBeGreaterThan(10);
    for (const f of connectionFields) expect(isNonNullType(f.type), f.where).toBe(false);
  });

  it('keeps the items of nodes(ids:) nullable: each id resolves or fails on its own', () => {
    expect(String(schema.getQueryType()!.getFields().nodes!.type)).toBe('[Node]!');
  });

  it('makes every global id non-null', () => {
    for (const t of types) {
      const id = t.getFields().id;
      if (id && String(id.type).startsWith('ID')) expect(String(id.type), t.name).toBe('ID!');
    }
  });

  it('counts one nullable position per field or list level, three fewer per connection than before', () => {
    const sdl = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    const counts = countNullable(sdl);
    // sessions(…) itself, endCursor, and the client/label fields that upstream may omit; edges, each
    // edge and its node no longer count (13 before).
    expect(counts.get('reporter/sessions-with-clients-and-labels.graphql')).toBe(10);
    // The counter reads the printed schema the same way as the committed SDL.
    const printed = countNullable(printSchema(schema));
    expect([...printed.values()].reduce((a, b) => a + b, 0)).toBe([...counts.values()].reduce((a, b) => a + b, 0));
  });
});
