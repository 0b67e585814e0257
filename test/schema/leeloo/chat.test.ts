import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/schema/pagination.js';
import { startTestGateway, type TestGateway } from '../../helpers/gateway.js';
import { accountsNewestFirst, errorSummary, findAccount, operation, userGlobalId } from './fixture.js';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});

afterAll(async () => {
  await gw.close();
});

beforeEach(() => {
  gw.sims.clearFaults();
  gw.sims.resetLogs();
});

const CHAT = operation('LeelooAccountChat');
const KIND: Record<string, string> = { SYSTEM_MESSAGE: 'SYSTEM', BOT_MESSAGE: 'BOT', YOUR_MESSAGE: 'MANUAL', FRIEND_MESSAGE: 'FROM_CLIENT' };

interface ChatData {
  leelooAccount: {
    chatMessages: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: Record<string, unknown> & { author: { id: string; name: string } | null } }>;
    } | null;
  } | null;
}
const chat = (id: string, first?: number, after?: string) =>
  gw.execute(CHAT, { id, first, after }) as Promise<{ data?: ChatData; errors?: never[] }>;

describe('LeelooAccount.chatMessages: data', () => {
  it('lists the chat newest first with every field, each type mapped and the author from the details call', async () => {
    const data = gw.sims.dataset.leeloo;
    const a = findAccount(data, (x) => x.chat.length >= 20 && x.chat.some((m) => m.type === 'YOUR_MESSAGE') && new Set(x.chat.map((m) => m.type)).size === 4);
    const res = await chat(a.id, 50);
    const expected = [...a.chat].reverse().slice(0, 50);
    expect(res.errors).toBeUndefined();
    expect(res.data?.leelooAccount?.chatMessages?.totalCount).toBe(a.chat.length);
    expect(res.data?.leelooAccount?.chatMessages?.edges.map((e) => e.node)).toEqual(
      expected.map((m) => {
        const by = m.links?.createdBy?.id;
        return {
          id: encodeGlobalID('LeelooChatMessage', `${a.id}:${m.id}`),
          messageId: m.id,
          backend: 'LEELOO',
          text: m.text,
          sentAt: m.createdAt,
          fromClient: m.type === 'FRIEND_MESSAGE',
          type: KIND[m.type],
          typeRaw: m.type,
          read: m.read,
          createdAt: m.createdAt,
          updatedAt: m.updatedAt,
          author: by ? { id: userGlobalId(by), name: data.users.find((u) => u.id === by)!.name } : null,
        };
      }),
    );
    // The root field loaded the details, whose included users answer every author: no `GET users/:id`.
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 1, 'GET accounts/:id/chat-messages': 1 });
  });

  it('is a Message: the shared interface fields answer through a fragment', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => x.chat.length > 0);
    const q = 'query($id: ID!) { leelooAccount(id: $id) { chatMessages(first: 1) { edges { node { ... on Message { backend text sentAt fromClient } } } } } }';
    const res = await gw.execute(q, { id: a.id });
    const last = a.chat.at(-1)!;
    expect(res.data).toEqual({
      leelooAccount: { chatMessages: { edges: [{ node: { backend: 'LEELOO', text: last.text, sentAt: last.createdAt, fromClient: last.type === 'FRIEND_MESSAGE' } }] } },
    });
  });

  it('looks authors up once each through GET users/:id when the request loads no details', async () => {
    const data = gw.sims.dataset.leeloo;
    const accounts = accountsNewestFirst(data).slice(0, 5);
    const authors = new Set(accounts.flatMap((a) => [...a.chat].reverse().slice(0, 50).flatMap((m) => (m.links?.createdBy ? [m.links.createdBy.id] : []))));
    expect(authors.size).toBeGreaterThan(1);
    const q = '{ leelooAccounts(first: 5) { edges { node { chatMessages(first: 50) { edges { node { author { userId name } } } } } } } }';
    const res = await gw.execute(q);
    expect(res.errors).toBeUndefined();
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts': 1, 'GET accounts/:id/chat-messages': 5, 'GET users/:id': authors.size });
  });
});

describe('LeelooAccount.chatMessages: paging', () => {
  it('continues after the end cursor with limit/offset at the window', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => x.chat.length > 30);
    const first = await chat(a.id, 10);
    const second = await chat(a.id, 10, first.data?.leelooAccount?.chatMessages?.pageInfo.endCursor ?? undefined);
    const expected = [...a.chat].reverse().slice(10, 20);
    expect(second.data?.leelooAccount?.chatMessages?.edges.map((e) => e.node.messageId)).toEqual(expected.map((m) => m.id));
    const chatCalls = gw.sims.leeloo.log.filter((r) => r.endpoint === 'GET accounts/:id/chat-messages').map((r) => r.query);
    expect(chatCalls).toEqual([
      { limit: '10', offset: '0' },
      { limit: '10', offset: '10' },
    ]);
  });

  it('maps a window over 50 onto two calls and reports the end of the chat', async () => {
    const a = findAccount(gw.sims.dataset.leeloo, (x) => x.chat.length > 50 && x.chat.length < 100);
    const res = await chat(a.id, 100);
    expect(res.data?.leelooAccount?.chatMessages?.edges).toHaveLength(a.chat.length);
    expect(res.data?.leelooAccount?.chatMessages?.pageInfo.hasNextPage).toBe(false);
    expect(gw.sims.leeloo.log.filter((r) => r.endpoint === 'GET accounts/:id/chat-messages').map((r) => r.query)).toEqual([
      { limit: '50', offset: '0' },
      { limit: '50', offset: '50' },
    ]);
  });

  it('refuses first over the cap with BAD_USER_INPUT before asking for the chat', async () => {
    const a = gw.sims.dataset.leeloo.accounts[0];
    const res = await gw.execute(CHAT, { id: a.id, first: 500 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(gw.sims.leeloo.count('GET accounts/:id/chat-messages')).toBe(0);
  });
});

describe('LeelooAccount.chatMessages: errors', () => {
  it('nulls only the chat when its call fails; the account still arrives', async () => {
    gw.sims.leeloo.setFault('GET accounts/:id/chat-messages', { kind: 'status', status: 401, body: '{"status":0,"error":{"code":"UNKNOWN_ERROR"}}' });
    const a = gw.sims.dataset.leeloo.accounts[0];
    const res = await gw.execute('query($id: ID!) { leelooAccount(id: $id) { name chatMessages { totalCount } } }', { id: a.id });
    expect(res.data).toEqual({ leelooAccount: { name: a.name, chatMessages: null } });
    expect(errorSummary(res.errors)).toEqual([{ path: 'leelooAccount.chatMessages', code: 'UPSTREAM_UNAUTHORIZED', service: 'leeloo' }]);
  });

  it('shows a null author, not an error, when Leeloo no longer knows the operator', async () => {
    const ordered = accountsNewestFirst(gw.sims.dataset.leeloo);
    const index = ordered.findIndex((x) => !!x.chat.at(-1)?.links?.createdBy);
    gw.sims.leeloo.setFault('GET users/:id', { kind: 'status', status: 404, body: '{"status":0,"error":{"code":"NOT_FOUND"}}' });
    // Reached through the list (no details call), so the author needs `GET users/:id`, which 404s.
    const q = 'query($after: String) { leelooAccounts(first: 1, after: $after) { edges { node { accountId chatMessages(first: 1) { edges { node { author { name } } } } } } } }';
    const res = await gw.execute(q, { after: index > 0 ? encodeCursor(index - 1) : null });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ leelooAccounts: { edges: [{ node: { accountId: ordered[index].id, chatMessages: { edges: [{ node: { author: null } }] } } }] } });
    expect(gw.sims.leeloo.count('GET users/:id')).toBe(1);
  });
});
