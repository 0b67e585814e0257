import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  introspectionFromSchema,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface Running {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

/** Starts `src/server.ts` as `npm start` would (or `args` instead), on a free port, and waits for its URL. */
async function startServer(
  env: Record<string, string> = {},
  args = ['--import', 'tsx', 'src/server.ts'],
  opts: { command?: string; cwd?: string } = {},
): Promise<Running> {
  const child = spawn(opts.command ?? process.execPath, args, {
    cwd: opts.cwd ?? ROOT,
    // npm runs the server as its child: a group of their own lets the test stop both.
    detached: opts.command !== undefined,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${lines.join('')}`)), 15_000);
    const onData = (chunk: Buffer) => {
      lines.push(String(chunk));
      const m = /serving GraphQL at (http:\/\/[^\s"]+)/.exec(lines.join(''));
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => lines.push(String(c)));
    child.once('exit', () => reject(new Error(`server exited early:\n${lines.join('')}`)));
  });
  return { child, url, lines, exited };
}

let running: Running | undefined;
afterEach(() => {
  const child = running?.child;
  running = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  // A detached child (npm) leads its own group: end the server under it too.
  if (child.spawnargs[0] === 'npm') {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  } else child.kill('SIGKILL');
});

describe('server (npm start)', () => {
  it('serves three SIMULATED backends with no environment, names them in the first log line, and exits 0 on SIGTERM', async () => {
    running = await startServer();
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ backends { name mode url } }' }),
    });
    const body = await res.json();
    expect(body.data.backends.map((b: { mode: string }) => b.mode)).toEqual(['SIMULATED', 'SIMULATED', 'SIMULATED']);
    const first = JSON.parse(running.lines.join('').split('\n')[0]);
    expect(first.msg).toMatch(/reporter=SIMULATED http:\/\/127\.0\.0\.1:\d+\/api\/reporter\/p\/\[REDACTED\]/);
    expect(first.msg).toMatch(/uis=SIMULATED .*leeloo=SIMULATED/);

    const health = await fetch(running.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);

    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.lines.join('')).toContain('Switchboard stopped');
  });

  it('finishes an in-flight request on SIGTERM before exiting 0', async () => {
    running = await startServer({ SIMULATOR_LATENCY_MS: '700' });
    const pending = fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ sessions(first: 1) { totalCount } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 250));
    running.child.kill('SIGTERM');
    const res = await pending;
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.sessions.totalCount).toBeGreaterThan(0);
    expect(await running.exited).toBe(0);
  });

  it('serves GraphiQL to a browser', async () => {
    running = await startServer();
    const res = await fetch(running.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('graphiql');
  });

  it('stops with one message listing every configuration problem', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', PORT: 'x', SIMULATORS: 'sometimes' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += String(c)));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(err).toContain('Invalid configuration');
    expect(err).toContain('PORT');
    expect(err).toContain('SIMULATORS');
  });
});

describe('server on a taken port', () => {
  it('prints one line saying the port is in use, no stack trace, claims nothing, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout!.on('data', (c: Buffer) => (out += String(c)));
      child.stderr!.on('data', (c: Buffer) => (err += String(c)));
      const [code] = await once(child, 'exit');
      expect(code).toBe(1);
      expect(err.trim().split('\n')).toEqual([`Switchboard cannot start: port ${port} is already in use on 127.0.0.1; stop the other process or set PORT to a free port (EADDRINUSE)`]);
      expect(err).not.toMatch(/\n\s+at /);
      // Nothing on stdout claims the backends or the gateway are up.
      expect(out).not.toMatch(/backends:|serving GraphQL/);
    } finally {
      blocker.close();
    }
  });
});

let built = false;
/** `npm run build` once per file: dist/ for the production tests. */
function buildDist() {
  if (built) return;
  const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.stdout + build.stderr).toBe('');
  expect(build.status).toBe(0);
  // As `npm run build` does next: dist/src/server.js becomes the bundle (scripts/bundle.ts).
  const bundle = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle.ts'], { cwd: ROOT, encoding: 'utf8' });
  expect(bundle.stderr).toBe('');
  expect(bundle.status).toBe(0);
  built = true;
}

describe('server (npm run build && npm run start:dist)', () => {
  it('the production build serves the same graph on plain node and exits 0 on SIGTERM', { timeout: 180_000 }, async () => {
    buildDist();
    running = await startServer({ NODE_ENV: 'production' }, ['--enable-source-maps', 'dist/src/server.js']);
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ backends { name mode } sessions(first: 2) { edges { node { sessionId } } } }' }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.backends.map((b: { mode: string }) => b.mode)).toEqual(['SIMULATED', 'SIMULATED', 'SIMULATED']);
    expect(body.data.sessions.edges).toHaveLength(2);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  });
  it('the bundle serves exactly the committed schema (minified names change no type, field, argument or description)', { timeout: 180_000 }, async () => {
    buildDist();
    // The bundle, with what loads later in chunks of its own (scripts/bundle.ts).
    expect(readFileSync(join(ROOT, 'dist/src/server.js'), 'utf8')).toMatch(/import\("\.\/chunks\/simulators-[\w-]+\.js"\)/);
    running = await startServer({}, ['dist/src/server.js']);
    const res = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }) }),
    });
    const body = (await res.json()) as { data: IntrospectionQuery; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const committed = buildSchema(readFileSync(join(ROOT, 'schema/schema.graphql'), 'utf8'));
    const served = buildClientSchema(body.data);
    // Both through introspection, so applied directives (absent from introspection) count on neither side.
    const viaIntrospection = buildClientSchema(introspectionFromSchema(committed, { descriptions: true, inputValueDeprecation: true, oneOf: true }));
    expect(printSchema(lexicographicSortSchema(served))).toBe(printSchema(lexicographicSortSchema(viaIntrospection)));
  });
  // The production install (npm ci --omit=dev, the build, the schema) is replayed from the Dockerfile
  // in test/docker.test.ts.

});
