import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeSupergraph, SUBGRAPH_NAME } from '../scripts/print-schema.js';
import { startTestGateway, type TestGateway } from './helpers/gateway.js';
import { warm } from './schema/uis/helpers.js';

/**
 * Switchboard as one subgraph of a federated graph: its `_service` SDL is composed with a second,
 * small subgraph written here (support tickets that point at a UIS Call by its global `id` and at a
 * LeelooAccount by its natural key `accountId`) using @theguild/federation-composition, and the
 * supergraph is served in-process by Hive Gateway's runtime. Both subgraphs listen on loopback; the
 * gateway reaches them over real HTTP, and Switchboard reaches the simulators over real HTTP.
 */

const TICKETS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    tickets: [Ticket!]!
  }

  "A support ticket in another team's service."
  type Ticket @key(fields: "ticketId") {
    ticketId: ID!
    subject: String!
    "The call the ticket was opened from (a Switchboard Call, by its global ID)."
    call: Call
    "The customer's CRM account (a Switchboard LeelooAccount, by its Leeloo id)."
    customer: LeelooAccount
  }

  type Call @key(fields: "id", resolvable: false) {
    id: ID!
  }

  type LeelooAccount @key(fields: "accountId", resolvable: false) {
    accountId: String!
  }
`;

interface Ticket {
  ticketId: string;
  subject: string;
  callId: string;
  accountId: string;
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

const close = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('Switchboard composed with a second subgraph behind Hive Gateway', () => {
  let gw: TestGateway;
  let switchboard: { server: Server; url: string };
  let tickets: { server: Server; url: string };
  let gateway: GatewayRuntime;
  let data: Ticket[];
  /** GraphQL requests the gateway sent to Switchboard. */
  let subgraphRequests = 0;

  beforeAll(async () => {
    gw = await startTestGateway();
    const calls = gw.sims.dataset.uis.calls.slice(2000, 2010);
    const accounts = gw.sims.dataset.leeloo.accounts.slice(0, 10);
    data = calls.map((c, i) => ({
      ticketId: `T-${i + 1}`,
      subject: `Ticket ${i + 1}`,
      callId: gid('Call', `${c.id}:${c.start_time.replace(/\D/g, '')}`),
      accountId: accounts[i].id,
    }));

    switchboard = await listen((req, res) => {
      if (req.url?.startsWith('/graphql')) subgraphRequests++;
      void gw.yoga(req, res);
    });
    const ticketSchema = buildSubgraphSchema({
      typeDefs: parse(TICKETS_SDL),
      resolvers: {
        Query: { tickets: () => data },
        Ticket: {
          call: (t: Ticket) => ({ __typename: 'Call', id: t.callId }),
          customer: (t: Ticket) => ({ __typename: 'LeelooAccount', accountId: t.accountId }),
        },
      },
    });
    tickets = await listen(createYoga({ schema: ticketSchema, logging: false }));

    // Switchboard's SDL as its running `_service` serves it, so the test composes what a router would fetch.
    const sdlRes = await fetch(switchboard.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const sdl = ((await sdlRes.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
    const supergraph = composeSupergraph([
      { name: SUBGRAPH_NAME, url: switchboard.url, sdl },
      { name: 'tickets', url: tickets.url, sdl: TICKETS_SDL },
    ]);
    gateway = createGatewayRuntime({ supergraph, logging: 'error', maskedErrors: false });
  }, 30_000);

  afterAll(async () => {
    await gateway?.dispose();
    if (tickets) await close(tickets.server);
    if (switchboard) await close(switchboard.server);
    await gw?.close();
  });

  beforeEach(async () => {
    await warm(gw);
    subgraphRequests = 0;
  });

  async function query(text: string): Promise<{ data?: any; errors?: Array<{ message: string; path?: unknown[] }> }> {
    const res = await gateway.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: text }),
    });
    return (await res.json()) as { data?: any };
  }

  it('joins 10 tickets to their Switchboard calls and CRM accounts: 1 subgraph request, 1 get.calls_report, 10 Leeloo details', async () => {
    const res = await query(`{
      tickets {
        ticketId
        subject
        call { callSessionId direction employees { fullName } }
        customer { accountId name phone }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const calls = gw.sims.dataset.uis.calls.slice(2000, 2010);
    const accounts = gw.sims.dataset.leeloo.accounts.slice(0, 10);
    expect(res.data.tickets).toHaveLength(10);
    expect(res.data.tickets.map((t: any) => t.call.callSessionId)).toEqual(calls.map((c) => String(c.id)));
    expect(res.data.tickets.map((t: any) => t.customer.accountId)).toEqual(accounts.map((a) => a.id));
    expect(res.data.tickets[0].customer.name).toBe(accounts[0].name);
    expect(res.data.tickets[4].call.employees.map((e: any) => e.fullName)).toEqual(calls[4].employees.map((e) => e.employee_full_name));
    // The gateway fetches both entity types from Switchboard in one request; the loaders batch them.
    expect(subgraphRequests).toBe(1);
    expect(gw.sims.uis.counters()).toEqual({ 'get.calls_report': 1 });
    expect(gw.sims.leeloo.counters()).toEqual({ 'GET accounts/:id': 10 });
    expect(gw.sims.counts().total).toBe(11);
  });

  it('serves Switchboard’s own root fields through the supergraph, unchanged', async () => {
    const res = await query('{ backends { name mode } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.backends.map((b: any) => b.name).sort()).toEqual(['LEELOO', 'REPORTER', 'UIS']);
    expect(subgraphRequests).toBe(1);
    expect(gw.sims.counts().total).toBe(0);
  });
});
