import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeEnvironment, copyFromContext, copyFromStage, documentedRuns, readDockerfile, type Stage } from './helpers/dockerfile.js';
import { startRedis, type TestRedis } from './helpers/redis.js';

/**
 * The Docker image without Docker (it does not run on these machines): the Dockerfile's two stages
 * replayed in temporary folders, each COPY from the build context as .dockerignore leaves it (or
 * from the build stage), each RUN as written (`npm ci`, `npm run build`, the production `npm ci
 * --omit=dev`; `npm cache clean` is skipped: it only shrinks the image and would empty this
 * machine's cache), then the image's CMD with its ENV and a documented example's `-e` variables.
 * So a file missing from a COPY, a build that needs something not copied, or a start the
 * configuration refuses fails here. This is also the production install test (README "Operating").
 * About 1–2 minutes: two `npm ci` from npm's cache, tsc and Vite.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const { stages, ignored } = readDockerfile(ROOT);

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

function replay(stage: Stage, dir: string, built: Map<string, string>): void {
  const env: Record<string, string> = {};
  for (const step of stage.steps) {
    if (step.kind === 'env') Object.assign(env, step.vars);
    else if (step.kind === 'copy') {
      if (step.from) copyFromStage(built.get(step.from)!, step.sources, step.dest, dir);
      else copyFromContext(ROOT, step.sources, step.dest, dir, ignored);
    } else {
      for (const command of step.command.split('&&').map((c) => c.trim())) {
        if (/^npm cache clean\b/.test(command)) continue;
        const res = spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env, npm_config_prefer_offline: 'true' } });
        expect(res.status, `${stage.name}: RUN ${command}\n${res.stdout}\n${res.stderr}`).toBe(0);
        expect(res.stderr, `${stage.name}: RUN ${command}`).not.toContain('EBADENGINE');
      }
    }
  }
  built.set(stage.name, dir);
}

interface Started {
  child: ChildProcess;
  out: string[];
  exited: Promise<number | null>;
}

/** The image's CMD in the runtime folder, with the image's ENV plus `env` (PORT: a free port here). */
function startImage(dir: string, runtime: Stage, env: Record<string, string>): Started {
  const [command, ...args] = runtime.cmd!;
  const child = spawn(command, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', ...runtime.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: string[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(String(c)));
  child.stderr!.on('data', (c: Buffer) => out.push(String(c)));
  return { child, out, exited: once(child, 'exit').then(([code]) => code as number | null) };
}

async function serving(started: Started): Promise<void> {
  for (let i = 0; i < 300 && !/serving GraphQL/.test(started.out.join('')); i++) {
    if (started.child.exitCode !== null) throw new Error(`the image exited:\n${started.out.join('')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(started.out.join('')).toMatch(/serving GraphQL/);
}

describe('the Docker image, replayed without Docker', () => {
  const dirs: string[] = [];
  const built = new Map<string, string>();
  let runtime: Stage;
  let redis: TestRedis | undefined;

  beforeAll(() => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    for (const stage of stages) {
      const dir = mkdtempSync(join(tmpdir(), `switchboard-image-${stage.name}-`));
      dirs.push(dir);
      replay(stage, dir, built);
    }
    runtime = stages[1];
  }, 400_000);
  afterAll(async () => {
    await redis?.stop();
    // Two node_modules trees take ~a minute to delete on this disk: done in the background.
    if (dirs.length) spawn('rm', ['-rf', ...dirs], { detached: true, stdio: 'ignore' }).unref();
  });

  it('the runtime stage holds production dependencies only, the build with the dashboard, and the schema', () => {
    const dir = built.get('runtime')!;
    for (const dev of ['tsx', 'typescript', 'vitest', 'vite', 'pino-pretty', '@graphql-codegen/cli']) expect(existsSync(join(dir, 'node_modules', dev)), dev).toBe(false);
    for (const file of ['node_modules/graphql-yoga', 'dist/src/server.js', 'dist/dashboard/index.html', 'schema/persisted-documents.json']) expect(existsSync(join(dir, file)), file).toBe(true);
  });

  it("refuses to start as it is, without authentication on the image's HOST=0.0.0.0 (secure by default)", async () => {
    expect(runtime.env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0' });
    const started = startImage(built.get('runtime')!, runtime, { PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.out.join('')).toContain('HOST=0.0.0.0 is not a loopback address and no authentication is configured');
  });

  it("the Dockerfile's first documented `docker run` starts a gateway that answers: GraphQL, readiness, the dashboard, its health check", async () => {
    const [example] = documentedRuns(dockerfile);
    expect(example.line).toContain('-e AUTH=off');
    const port = await freePort();
    const started = startImage(built.get('runtime')!, runtime, { ...example.env, PORT: String(port) });
    try {
      await serving(started);
      const origin = `http://127.0.0.1:${port}`;
      const res = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ backends { mode } sessions(first: 2) { edges { node { id } } } }' }) });
      const body = (await res.json()) as { data: { backends: { mode: string }[]; sessions: { edges: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data.backends.map((b) => b.mode)).toEqual(['SIMULATED', 'SIMULATED', 'SIMULATED']);
      expect(body.data.sessions.edges).toHaveLength(2);
      expect((await fetch(`${origin}/readiness`)).status).toBe(200);
      // The dashboard ships in dist/; its source maps are not served in production.
      const dashboard = await fetch(`${origin}/dashboard/`);
      expect(dashboard.status).toBe(200);
      const index = await dashboard.text();
      const script = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(index)![1];
      expect((await fetch(`${origin}${script}`)).status).toBe(200);
      expect((await fetch(`${origin}${script}.map`)).status).toBe(404);
      // A browser on /graphql learns that GraphiQL is off and how to turn it on; the log says the same.
      const page = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).toContain('GRAPHIQL=on');
      const log = started.out.join('');
      expect(log).toContain('GraphiQL off: GRAPHIQL=on serves it');
      // JSON logs in production, without pino-pretty.
      expect(JSON.parse(log.split('\n').find((l) => l.startsWith('{'))!)).toMatchObject({ service: 'switchboard' });
      const [command, ...args] = runtime.healthcheck!;
      const health = spawnSync(command, args, { env: { ...process.env, PORT: String(port) }, encoding: 'utf8' });
      expect(health.status).toBe(0);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
    } finally {
      if (started.child.exitCode === null) started.child.kill('SIGKILL');
    }
  });

  it("compose.yaml's gateway environment starts a replica that answers, sharing the given Redis", async () => {
    const env = composeEnvironment(readFileSync(join(ROOT, 'compose.yaml'), 'utf8'));
    expect(env).toMatchObject({ AUTH: 'off', REDIS_URL: 'redis://redis:6379' });
    redis = await startRedis();
    const port = await freePort();
    const started = startImage(built.get('runtime')!, runtime, { ...env, REDIS_URL: redis.url, PORT: String(port) });
    try {
      await serving(started);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ backends { name } }' }) });
      expect(((await res.json()) as { data: { backends: unknown[] } }).data.backends).toHaveLength(3);
      expect(started.out.join('')).toContain(`Redis ${redis.url}`);
    } finally {
      started.child.kill('SIGKILL');
    }
  });
});
