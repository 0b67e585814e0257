import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { SIMULATOR_TOKENS } from '../src/simulators/tokens.js';
import { documentedRuns } from './helpers/dockerfile.js';

/**
 * The README is true: every shell command in its ```sh blocks refers to what exists (npm scripts,
 * files, configuration variables, packages), and the cheap ones run for real. Figures quoted from
 * bench/RESULTS.md are recomputed from its table.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; overrides: Record<string, unknown> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };

/** The ```sh blocks (indented ones in lists too), one string per block. */
const shBlocks = [...README.matchAll(/^([ \t]*)```sh\n([\s\S]*?)^\1```/gm)].map((m) => m[2].replace(new RegExp(`^${m[1]}`, 'gm'), ''));
/** Each command line, comments dropped, split at && | ; into simple commands. */
const commands = shBlocks
  .flatMap((block) => block.split('\n'))
  .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
  .filter(Boolean)
  .flatMap((line) => line.split(/\s*(?:&&|\|\||\||;)\s*/))
  .filter(Boolean);

/** The configuration table's variables (every `NAME` in its first column). */
const configured = new Set(
  README.split('\n')
    .filter((l) => /^\| `[A-Z_]+`/.test(l))
    .flatMap((l) => [...l.split('|')[1].matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1])),
);

const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('@').slice(0, 2).join('@') : spec.split('@')[0]);
const inLockfile = (name: string) => `node_modules/${name}` in lock.packages;
const REPO_PATH = /^(src|schema|scripts|bench|test|client|examples|docs)\//;

describe('the README', () => {
  it('has shell blocks to check', () => {
    expect(shBlocks.length).toBeGreaterThanOrEqual(8);
    expect(commands).toContain('npm ci');
    expect(commands).toContain('npm test');
  });

  it('names only npm scripts that exist, configuration variables of the table, files that exist and packages that exist', () => {
    const problems: string[] = [];
    const registryChecks: string[] = [];
    for (const command of commands) {
      // `NAME=$(…)` sets a shell variable (the API key recipe), not the gateway's environment.
      if (/^[A-Z_]+=\$\(/.test(command)) continue;
      const words = command.match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
      const assignments: string[] = [];
      while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? "")) assignments.push(words.shift()!);
      if (words.length) {
        // Variables a TENANTS_FILE on the same line refers to (`env:NAME`) are the file's, not the gateway's.
        const tenantsFile = assignments.find((a) => a.startsWith('TENANTS_FILE='))?.split('=')[1];
        const fileVars = tenantsFile ? [...readFileSync(join(ROOT, tenantsFile), 'utf8').matchAll(/"env:(\w+)"/g)].map((m) => m[1]) : [];
        for (const a of assignments) {
          const name = a.split('=')[0];
          if (!configured.has(name) && !fileVars.includes(name)) problems.push(`${command}: ${name} is not in the configuration table`);
        }
      }
      const [tool, sub, ...rest] = words;
      for (const word of words) if (REPO_PATH.test(word) && !existsSync(join(ROOT, word.replace(/["']/g, '')))) problems.push(`${command}: ${word} does not exist`);
      if (tool === 'npm') {
        if (sub === 'run' && !(rest[0] in pkg.scripts)) problems.push(`${command}: no npm script "${rest[0]}"`);
        if ((sub === 'start' || sub === 'test') && !(sub in pkg.scripts)) problems.push(`${command}: no npm script "${sub}"`);
        if (sub === 'pack' && rest[0] && !existsSync(join(ROOT, rest[0]))) problems.push(`${command}: ${rest[0]} does not exist`);
        if (sub === 'i' || sub === 'install') {
          for (const spec of rest.filter((w) => !w.startsWith('-') && !/^[./]/.test(w))) if (!inLockfile(packageName(spec))) problems.push(`${command}: package ${spec} is not in the lockfile`);
        }
      }
      if (tool === 'npx') {
        if (sub === 'tsx') {
          if (!existsSync(join(ROOT, rest[0]))) problems.push(`${command}: ${rest[0]} does not exist`);
        } else if (sub && !inLockfile(packageName(sub))) registryChecks.push(packageName(sub));
      }
      if (tool === 'docker' && sub === 'run') {
        // The same command as the Dockerfile documents (and test/docker.test.ts runs).
        const documented = documentedRuns(readFileSync(join(ROOT, 'Dockerfile'), 'utf8')).map((r) => r.line.trim());
        if (!documented.includes(command)) problems.push(`${command}: not one of the Dockerfile's documented commands (${documented.join(' | ')})`);
      }
    }
    // An npx package not in the lockfile is downloaded by npx: it must exist on the registry, with a command.
    for (const name of registryChecks) {
      const view = spawnSync('npm', ['view', name, 'bin', '--json'], { encoding: 'utf8' });
      if (view.status !== 0 || Object.keys(JSON.parse(view.stdout || '{}') as object).length === 0) problems.push(`npx ${name}: no such package with a command on the registry`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it.runIf(spawnSync('sh', ['-c', 'command -v openssl']).status === 0)('issues an API key as written: a key and the 64-hex sha256 for the file', () => {
    const block = shBlocks.find((b) => b.includes('openssl rand'))!;
    const res = spawnSync('bash', ['-c', `${block}\necho "$KEY"`], { encoding: 'utf8' });
    expect(res.status).toBe(0);
    const [hash, key] = res.stdout.trim().split('\n');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it("the TENANTS_FILE recipe's file is a valid tenants file, LIVE against `npm run simulators`'s ports and tokens", () => {
    const line = commands.find((c) => c.includes('TENANTS_FILE='))!;
    const env = Object.fromEntries([...line.matchAll(/([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]));
    const config = loadConfig(env);
    expect(config.tenants.map((t) => t.id)).toEqual(['acme']);
    const acme = config.tenants[0];
    const cli = readFileSync(join(ROOT, 'src/simulators/cli.ts'), 'utf8');
    const port = (name: string) => new RegExp(`${name}_SIM_PORT \\?\\? (\\d+)`).exec(cli)![1];
    expect(acme.reporter).toMatchObject({ mode: 'LIVE', url: `http://127.0.0.1:${port('REPORTER')}/api`, token: SIMULATOR_TOKENS.reporter });
    expect(acme.uis).toMatchObject({ mode: 'LIVE', url: `http://127.0.0.1:${port('UIS')}/v2.0`, token: SIMULATOR_TOKENS.uis });
    expect(acme.leeloo).toMatchObject({ mode: 'LIVE', url: `http://127.0.0.1:${port('LEELOO')}/api/v1`, token: SIMULATOR_TOKENS.leeloo });
  });

  it("the codegen install with the README's overrides prints no EBADENGINE on this Node, and graphql-codegen runs", () => {
    const overrides = JSON.parse(`{${/^"overrides": (\{[\s\S]*?\n\})/m.exec(README)![0]}}`) as { overrides: Record<string, string> };
    // The same overrides as this repository's own (which npm ci checks on every CI run).
    for (const [name, range] of Object.entries(overrides.overrides)) expect(pkg.overrides[name], name).toBe(range);
    const install = commands.find((c) => c.includes('@graphql-codegen/client-preset'))!;
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-frontend-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'frontend', private: true, ...overrides }));
      const res = spawnSync('sh', ['-c', `${install} --prefer-offline --no-audit --no-fund`], { cwd: dir, encoding: 'utf8' });
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr).not.toContain('EBADENGINE');
      const version = spawnSync(join(dir, 'node_modules/.bin/graphql-codegen'), ['--version'], { cwd: dir, encoding: 'utf8' });
      expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      spawnSync('rm', ['-rf', dir]);
    }
  }, 120_000);

  it("quotes the Benchmarks headline from bench/RESULTS.md's table", () => {
    const results = readFileSync(join(ROOT, 'bench/RESULTS.md'), 'utf8');
    const rows = results
      .split('\n')
      .filter((l) => /^\| [^|-]/.test(l) && !l.startsWith('| scenario') && !l.startsWith('| c |') && l.split('|').length > 15)
      .map((l) => l.split('|').map((c) => c.trim()));
    // columns: scenario, c, req, naive req, gw p50, direct p50, p50 ratio, …, peak RSS
    const at = (c: string) => rows.filter((r) => r[2] === c);
    const ratios = (c: string) => at(c).map((r) => Number(r[7])).sort((a, b) => a - b);
    const median = (xs: number[]) => (xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
    const fmt = (x: number) => x.toFixed(2);
    const headline = README.slice(README.indexOf('Headline (committed run'), README.indexOf('## Errors'));
    const machine = /^Run \S+ on (.+?), Node (v[\d.]+);/m.exec(results)!;
    expect(headline.replace(/\s+/g, ' ')).toContain(`${machine[1]}, Node ${machine[2]}`);
    for (const [c, label] of [['1', 'at concurrency 1'], ['10', 'at concurrency 10']] as const) {
      const r = ratios(c);
      const text = new RegExp(`${label}[^*]*\\*\\*(\\S+)–(\\S+) ×[^(]*\\(median (\\S+?)[:)]`).exec(headline.replace(/\s+/g, ' '))!;
      expect([text[1], text[2], text[3]], label).toEqual([fmt(r[0]), fmt(r.at(-1)!), fmt(median(r))]);
    }
    expect(headline.replace(/\s+/g, ' ')).toContain(`p50 median ${fmt(median(ratios('100')))} × direct`);
    const rss = at('100').map((r) => Number(r.at(-2)));
    expect(headline.replace(/\s+/g, ' ')).toContain(`in only ${rss.filter((x) => x <= 200).length} of ${rss.length} scenarios`);
    expect(headline).toContain(`up to ${Math.max(...rss)} MB`);
    const blockState = at('1').find((r) => r[1].startsWith('dashboard: + clients'))!;
    expect(headline.replace(/\s+/g, ' ')).toContain(`(${blockState[4]} vs ${blockState[3].split(' ')[0]})`);
  });

  it("maps src/ as it is: the Layout tree names every top-level entry of src/, and each one it names exists", () => {
    const layout = README.slice(README.indexOf('## Layout'), README.indexOf('\n## ', README.indexOf('## Layout') + 1));
    const tree = /^```\n([\s\S]*?)^```/m.exec(layout)![1];
    // Top-level entries of src/ are the tree's lines indented by exactly two spaces: `  name/` or `  name.ts`.
    const named = [...tree.matchAll(/^  ([\w.-]+\/?)\s/gm)].map((m) => m[1].replace(/\/$/, '')).sort();
    const actual = readdirSync(join(ROOT, 'src')).sort();
    expect(named).toEqual(actual);
  });
});
