import { specifiedDirectives } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { startTestGateway } from '../helpers/gateway.js';

/** `@live` joined graphql-js's own directives; passing it alone had replaced them, so `@include` was an unknown directive. */
describe('the schema’s directives', () => {
  it('are graphql-js’s own plus @live', () => {
    expect(schema.getDirectives().map((d) => d.name).sort()).toEqual([...specifiedDirectives.map((d) => d.name), 'live'].sort());
  });

  it('run @include and @skip in a document', async () => {
    const gw = await startTestGateway();
    try {
      const res = await gw.execute('query ($yes: Boolean!) { a: backends @include(if: $yes) { name } b: backends @skip(if: $yes) { name } }', { yes: true });
      expect(res.errors).toBeUndefined();
      expect(Object.keys(res.data ?? {})).toEqual(['a']);
    } finally {
      await gw.close();
    }
  });
});
