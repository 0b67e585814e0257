import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';

/**
 * @switchboard/client as a frontend elsewhere gets it: `npm pack` in client/ (its `prepare` builds
 * dist/), the tarball installed into an empty folder with `graphql` from the registry, then used from
 * plain Node, from tsc and from a Vite build. The install takes a few seconds with npm's cache warm
 * (`--prefer-offline`; the root's `npm ci` filled it), up to ~30 s cold.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

function run(command: string, args: string[], cwd: string) {
  const res = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  return { status: res.status, stdout: res.stdout, out: `${res.stdout}${res.stderr}` };
}

/** For processes that talk to the gateway served by this test process: spawnSync would block its event loop. */
function runAsync(command: string, args: string[], cwd: string): Promise<{ status: number; stdout: string; out: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, out: `${stdout}${stderr}` }),
    );
  });
}

describe('@switchboard/client from its tarball, in an empty folder', () => {
  let dir: string;
  let gw: TestGateway;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'switchboard-consumer-'));
    const pack = run('npm', ['pack', '--json', '--pack-destination', dir], join(ROOT, 'client'));
    expect(pack.status, pack.out).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    // JavaScript and declarations only: no TypeScript sources for Node to trip over.
    expect(files.map((f) => f.path)).toContain('dist/index.js');
    expect(files.map((f) => f.path)).toContain('dist/index.d.ts');
    expect(files.filter((f) => /\.ts$/.test(f.path) && !f.path.endsWith('.d.ts'))).toEqual([]);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const install = run('npm', ['install', `./${filename}`, 'graphql@^16', '--prefer-offline', '--no-audit', '--no-fund'], dir);
    expect(install.status, install.out).toBe(0);
    gw = await startTestGateway();
    url = `${await gw.listen()}/graphql`;
  }, 180_000);
  afterAll(async () => {
    await gw?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('plain node imports it and queries the gateway; a relative url without base is refused with the fix', async () => {
    writeFileSync(
      join(dir, 'query.mjs'),
      `import { createClient, BackendsDocument, SwitchboardError, persistedDocuments } from '@switchboard/client';
const data = await createClient({ url: process.argv[2] }).request(BackendsDocument);
let relative;
try { createClient({ url: '/graphql' }); } catch (e) { relative = e.message; }
console.log(JSON.stringify({ names: data.backends.map((b) => b.name), relative, error: typeof SwitchboardError, manifest: Object.keys(persistedDocuments).length }));
`,
    );
    const res = await runAsync(process.execPath, ['query.mjs', url], dir);
    expect(res.status, res.out).toBe(0);
    const printed = JSON.parse(res.stdout) as { names: string[]; relative: string; error: string; manifest: number };
    expect(printed.names).toEqual(['REPORTER', 'UIS', 'LEELOO']);
    expect(printed.relative).toMatch(/pass an absolute url .* or \{ url: "\/graphql", base: "http:\/\/localhost:4000" \}/);
    expect(printed.error).toBe('function');
    expect(printed.manifest).toBeGreaterThan(50);
  });

  it('tsc sees typed results: a real field compiles, a wrong one fails to compile', () => {
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', lib: ['ES2022', 'DOM'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, types: [] }, include: ['*.ts'] }),
    );
    writeFileSync(
      join(dir, 'typed.ts'),
      `import { createClient, BackendsDocument, SessionsWithClientsAndLabelsDocument } from '@switchboard/client';
const client = createClient({ url: 'http://localhost:4000/graphql' });
export const names: string[] = (await client.request(BackendsDocument)).backends.map((b) => b.name);
export const ids: string[] = ((await client.request(SessionsWithClientsAndLabelsDocument, { first: 5 })).sessions?.edges ?? []).map((e) => e.node.id);
`,
    );
    writeFileSync(
      join(dir, 'wrong.ts'),
      `import { createClient, BackendsDocument } from '@switchboard/client';
export const nope = (await createClient({ url: 'http://localhost:4000/graphql' }).request(BackendsDocument)).backends[0].nope;
`,
    );
    const res = run(process.execPath, [TSC, '-p', 'tsconfig.json'], dir);
    expect(res.status).toBe(2);
    // Exactly one error, at the wrong access: the results are typed, not `any`.
    expect(res.out.trim().split('\n').filter((l) => /error TS/.test(l))).toEqual([
      expect.stringMatching(/^wrong\.ts\(2,\d+\): error TS2339: Property 'nope' does not exist on type '\{ name: BackendName; mode: BackendMode; url: string; \}'\.$/),
    ]);
  });

  it('Vite bundles it for a page', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(
      join(dir, 'main.js'),
      `import { createClient, BackendsDocument } from '@switchboard/client';
createClient({ url: '/graphql' }).request(BackendsDocument).then((d) => { document.body.textContent = d.backends.map((b) => b.name).join(); });
`,
    );
    const { build } = await import('vite');
    await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'dist'), minify: false } });
    const assets = readdirSync(join(dir, 'dist/assets')).filter((f) => f.endsWith('.js'));
    expect(assets).toHaveLength(1);
    const bundle = readFileSync(join(dir, 'dist/assets', assets[0]), 'utf8');
    // The operation, the client and graphql's printer are in the bundle; no bare import is left for the browser.
    expect(bundle).toContain('"Backends"');
    expect(bundle).toContain('createClient: url');
    expect(bundle).not.toMatch(/^import .* from ["'][^./]/m);
  }, 60_000);
});
