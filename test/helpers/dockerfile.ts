import { cpSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Just enough of a Dockerfile to replay its stages without Docker (test/docker.test.ts): each stage's
 * ENV, WORKDIR, COPY (from the build context, honouring .dockerignore, or --from another stage), RUN
 * and CMD, in order. Not a general parser: it reads what this repository's Dockerfile uses, and
 * throws on any other instruction that would change what the image holds.
 */
export type Step =
  | { kind: 'copy'; from?: string; sources: string[]; dest: string }
  | { kind: 'run'; command: string }
  | { kind: 'env'; vars: Record<string, string> };

export interface Stage {
  name: string;
  steps: Step[];
  env: Record<string, string>;
  cmd?: string[];
  healthcheck?: string[];
}

/** The instructions with continuation lines joined and comments dropped. */
function instructions(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!current && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    current += (current ? ' ' : '') + line.replace(/\\$/, '').trim();
    if (!line.endsWith('\\')) {
      out.push(current);
      current = '';
    }
  }
  return out;
}

export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  for (const line of instructions(text)) {
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    const stage = stages.at(-1);
    switch (keyword.toUpperCase()) {
      case 'ARG':
        break;
      case 'FROM': {
        const m = /\bAS\s+(\S+)$/i.exec(args);
        stages.push({ name: m?.[1] ?? String(stages.length), steps: [], env: {} });
        break;
      }
      case 'WORKDIR':
      case 'USER':
      case 'EXPOSE':
        break;
      case 'ENV': {
        const vars = Object.fromEntries([...args.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')]));
        Object.assign(stage!.env, vars);
        stage!.steps.push({ kind: 'env', vars });
        break;
      }
      case 'COPY': {
        const parts = rest.filter((p) => !p.startsWith('--') || p.startsWith('--from='));
        const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
        const paths = parts.filter((p) => !p.startsWith('--'));
        stage!.steps.push({ kind: 'copy', from, sources: paths.slice(0, -1), dest: paths.at(-1)! });
        break;
      }
      case 'RUN':
        stage!.steps.push({ kind: 'run', command: args });
        break;
      case 'CMD':
        stage!.cmd = JSON.parse(args) as string[];
        break;
      case 'HEALTHCHECK': {
        const m = /\bCMD\s+(\[.*\])$/.exec(args);
        stage!.healthcheck = m ? (JSON.parse(m[1]) as string[]) : undefined;
        break;
      }
      default:
        throw new Error(`Dockerfile instruction the replay does not know: ${line}`);
    }
  }
  return stages;
}

/** .dockerignore patterns as a predicate on context-relative paths (`*` within a segment, a match covers what is under it). */
export function dockerIgnore(text: string): (path: string) => boolean {
  const patterns = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((p) => new RegExp(`^${p.replace(/\/$/, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`));
  return (path) => patterns.some((re) => re.test(path));
}

/** COPY from the build context into `dir` (the stage's WORKDIR), skipping what .dockerignore excludes. */
export function copyFromContext(context: string, sources: string[], dest: string, dir: string, ignored: (path: string) => boolean): void {
  const target = join(dir, dest);
  for (const source of sources) {
    const from = join(context, source);
    if (!existsSync(from) || ignored(source)) throw new Error(`COPY ${source}: not in the build context`);
    const into = dest.endsWith('/') || sources.length > 1 ? join(target, source.split('/').pop()!) : target;
    cpSync(from, into, { recursive: true, filter: (path) => !ignored(relative(context, path)) });
  }
}

/** COPY --from=<stage> <path> <dest>: from that stage's folder. */
export function copyFromStage(stageDir: string, sources: string[], dest: string, dir: string): void {
  for (const source of sources) {
    const from = join(stageDir, source.replace(/^\/app\/?/, ''));
    if (!existsSync(from)) throw new Error(`COPY --from: ${source} does not exist in that stage`);
    const into = join(dir, dest);
    cpSync(from, statSync(from).isDirectory() || !dest.endsWith('/') ? into : join(into, source.split('/').pop()!), { recursive: true });
  }
}

export function readDockerfile(root: string): { stages: Stage[]; ignored: (path: string) => boolean } {
  return { stages: parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8')), ignored: dockerIgnore(readFileSync(join(root, '.dockerignore'), 'utf8')) };
}

/** The `docker run` examples of the Dockerfile's header: each one's `-e NAME=value` pairs. */
export function documentedRuns(dockerfile: string): { line: string; env: Record<string, string> }[] {
  const lines = dockerfile.split('\n').filter((l) => l.startsWith('#'));
  const runs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^#\s*/, '');
    if (!line.startsWith('docker run')) continue;
    while (line.trimEnd().endsWith('\\') && i + 1 < lines.length) line = line.trimEnd().slice(0, -1) + ' ' + lines[++i].replace(/^#\s*/, '');
    runs.push(line.replace(/\s+#.*$/, ''));
  }
  return runs.map((line) => ({ line, env: Object.fromEntries([...line.matchAll(/-e\s+(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])) }));
}

/** compose.yaml's shared gateway `environment:` block (uncommented `KEY: value` lines). */
export function composeEnvironment(compose: string): Record<string, string> {
  const block = /environment: &env\n((?:[ ]{4}.*\n)+)/.exec(compose);
  if (!block) throw new Error('compose.yaml: no `environment: &env` block');
  return Object.fromEntries(
    block[1]
      .split('\n')
      .map((l) => /^\s+(\w+):\s*"?([^"#]*?)"?\s*$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]]),
  );
}
