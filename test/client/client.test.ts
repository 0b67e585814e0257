import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Imported by package name, exactly as a frontend would (a `file:` link in package.json).
import {
  AddSessionLabelDocument,
  CreateReportDocument,
  ReportTaskUpdatedDocument,
  SessionLabelsDocument,
  SessionsWithClientsAndLabelsDocument,
  SwitchboardError,
  createClient,
  persistedDocuments,
  type ReportTaskUpdatedSubscription,
} from '@switchboard/client';
import { testKey, writeApiKeysFile } from '../helpers/auth.js';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

const KEY = testKey('client-package');

describe('@switchboard/client against the gateway on the simulators', () => {
  let gw: TestGateway;
  let url: string;

  beforeAll(async () => {
    gw = await startTestGateway({
      env: {
        API_KEYS_FILE: writeApiKeysFile([{ name: 'frontend', key: KEY, scopes: ['read', 'labels', 'reports'] }]),
        PERSISTED_OPERATIONS: 'allow',
        REPORT_POLL_INTERVAL_MS: '100',
      },
    });
    url = `${await gw.listen()}/graphql`;
  });
  afterAll(() => gw?.close());

  it('runs a typed query with a bearer token', async () => {
    const client = createClient({ url, token: KEY });
    const data = await client.request(SessionsWithClientsAndLabelsDocument, { first: 5 });
    expect(data.sessions?.edges).toHaveLength(5);
    // Non-null edges and nodes: no null checks between the connection and the client's name.
    expect(data.sessions?.edges.every((e) => typeof e.node.id === 'string')).toBe(true);
    expect(data.sessions?.edges.some((e) => e.node.client?.displayName)).toBe(true);
  });

  it('runs a mutation and narrows its result union by __typename', async () => {
    const client = createClient({ url, token: KEY });
    const [labels, sessions] = await Promise.all([client.request(SessionLabelsDocument), client.request(SessionsWithClientsAndLabelsDocument, { first: 1 })]);
    const session = sessions.sessions!.edges[0].node;
    const label = labels.sessionLabels![0];
    const { addSessionLabel } = await client.request(AddSessionLabelDocument, { sessionId: session.id, labelId: label.labelId });
    if (addSessionLabel?.__typename !== 'SessionLabelsChangeSuccess') throw new Error(`expected success, got ${addSessionLabel?.__typename}`);
    expect(addSessionLabel.session?.labels?.map((l) => l.labelId)).toContain(label.labelId);
  });

  it('follows the report task subscription over graphql-sse until the task completes', async () => {
    const client = createClient({ url, token: KEY });
    const created = await client.request(CreateReportDocument, { kind: 'SESSIONS' });
    if (created.createReport?.__typename !== 'CreateReportSuccess') throw new Error(created.createReport?.__typename);
    const events: NonNullable<ReportTaskUpdatedSubscription['reportTaskUpdated']>[] = [];
    for await (const event of client.iterate(ReportTaskUpdatedDocument, { id: created.createReport.task.id })) {
      if (event.reportTaskUpdated) events.push(event.reportTaskUpdated);
    }
    client.dispose();
    expect(events.length).toBeGreaterThan(0);
    expect(events.at(-1)?.status).toBe('COMPLETED');
    expect(events.at(-1)?.file?.url).toBeTruthy();
  });

  it('subscribe() delivers the same events to a sink and completes', async () => {
    const client = createClient({ url, token: KEY });
    const created = await client.request(CreateReportDocument, { kind: 'CLIENTS' });
    if (created.createReport?.__typename !== 'CreateReportSuccess') throw new Error(created.createReport?.__typename);
    const { task } = created.createReport;
    const statuses = await new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      client.subscribe(ReportTaskUpdatedDocument, { id: task.id }, {
        next: (data) => seen.push(data.reportTaskUpdated?.status ?? 'null'),
        error: reject,
        complete: () => resolve(seen),
      });
    });
    expect(statuses.at(-1)).toBe('COMPLETED');
  });

  it('throws a SwitchboardError with the stable codes and HTTP status when the credential is missing', async () => {
    const error = await createClient({ url }).request(SessionLabelsDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchboardError);
    expect((error as SwitchboardError).status).toBe(401);
    expect((error as SwitchboardError).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('execute() returns data and errors side by side instead of throwing', async () => {
    const answer = await createClient({ url, token: () => 'not-a-key' }).execute(SessionLabelsDocument);
    expect(answer.status).toBe(401);
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends the persisted hash (documentId) instead of the text when asked, and the manifest is exported', async () => {
    const sent: string[] = [];
    const spy: typeof fetch = (input, init) => {
      sent.push(String(init?.body));
      return fetch(input, init);
    };
    const data = await createClient({ url, token: KEY, persisted: true, fetch: spy }).request(SessionLabelsDocument);
    expect(data.sessionLabels?.length).toBeGreaterThan(0);
    const body = JSON.parse(sent[0]) as { documentId: string; query?: string };
    expect(body.query).toBeUndefined();
    expect(persistedDocuments[body.documentId as keyof typeof persistedDocuments]).toMatch(/^query SessionLabels\b/);
  });

  it('resolves a relative url against `base` outside a browser', async () => {
    const origin = new URL(url).origin;
    const data = await createClient({ url: '/graphql', base: origin, token: KEY }).request(SessionLabelsDocument);
    expect(data.sessionLabels?.length).toBeGreaterThan(0);
  });

  it('refuses a relative url under Node with an error naming the fix', () => {
    expect(() => createClient({ url: '/graphql' })).toThrow(
      'createClient: url "/graphql" is relative and there is no page to resolve it against (not a browser): pass an absolute url such as "http://localhost:4000/graphql", or { url: "/graphql", base: "http://localhost:4000" }',
    );
  });
});
