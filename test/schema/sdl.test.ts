import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_FILE } from '../../scripts/print-schema.js';

describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing src/schema/)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });

  it('describes every type and field, so GraphiQL documents the whole graph', () => {
    const sdl = renderSchema();
    const undocumented = [...sdl.matchAll(/^(type|interface|input|enum|union|scalar) (\w+)/gm)].filter((m) => {
      const before = sdl.slice(0, m.index).trimEnd();
      return !before.endsWith('"""') && !before.endsWith('"');
    });
    expect(undocumented.map((m) => m[2])).toEqual([]);
  });
});
