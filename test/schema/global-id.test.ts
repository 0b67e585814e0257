import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { encodeId, FOREIGN_ID, parseId, parseNodeId, rawIdOfType } from '../../src/schema/global-id.js';

const as = (tenant: string) => ({ principal: { tenant } });

describe('global IDs with the tenant', () => {
  it('keeps the tenant default’s IDs exactly as Pothos encodes them', () => {
    expect(encodeId('Session', 'abc:1', as('default'))).toBe(encodeGlobalID('Session', 'abc:1'));
    expect(parseId(encodeGlobalID('Call', '123:2024-01-01 10:00:00'), as('default'))).toEqual({ typename: 'Call', id: '123:2024-01-01 10:00:00' });
  });

  it('folds another tenant into its IDs and reads them back for that tenant', () => {
    const id = encodeId('Employee', 1001, as('acme'));
    expect(Buffer.from(id, 'base64').toString()).toBe('acme/Employee:1001');
    expect(parseId(id, as('acme'))).toEqual({ typename: 'Employee', id: '1001' });
    expect(rawIdOfType(id, 'Employee', as('acme'))).toBe('1001');
    expect(rawIdOfType(id, 'Tag', as('acme'))).toBeUndefined();
  });

  it('answers NOT_FOUND, naming the backend, for an ID of another tenant in either direction', () => {
    const cases: Array<[string, string, string]> = [
      [encodeId('Employee', 1001, as('acme')), 'globex', 'uis'],
      [encodeId('LeelooAccount', 'a'.repeat(24), as('acme')), 'default', 'leeloo'],
      [encodeId('Session', 's-1', as('default')), 'acme', 'reporter'],
    ];
    for (const [id, caller, service] of cases) {
      let error: unknown;
      try {
        parseId(id, as(caller));
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'NOT_FOUND', service });
    }
  });

  it('says "not a global ID" (undefined) for raw upstream ids and malformed values', () => {
    for (const value of ['12345', 'b1f1c6f0-1f2e-4d3c-9b8a-7c6d5e4f3a2b', '', Buffer.from('no colon').toString('base64'), Buffer.from('Bad Type:1').toString('base64'), Buffer.from('UPPER/Session:1').toString('base64')]) {
      expect(parseId(value, as('acme')), value).toBeUndefined();
    }
  });

  it('hands node/nodes/client a marker instead of an error for another tenant’s ID, so `nodes` can fail that item only', () => {
    expect(parseNodeId(encodeId('Tag', 5, as('acme')), as('globex'))).toEqual({ typename: 'Tag', id: FOREIGN_ID });
    expect(parseNodeId(encodeId('Tag', 5, as('acme')), as('acme'))).toEqual({ typename: 'Tag', id: '5' });
    expect(parseNodeId('not-an-id', as('acme'))).toBeUndefined();
  });
});
