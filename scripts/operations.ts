import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print, visit, type FragmentDefinitionNode } from 'graphql';

/**
 * The example operations in schema/operations/ as a client sends them: an operation file plus the
 * shared fragments it spreads (they live in their own files, e.g. mutation-error.graphql, and codegen
 * joins them the same way). Used by the tests that send operation text and by the bench.
 */
const ROOT = fileURLToPath(new URL('../schema/operations/', import.meta.url));

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? graphqlFiles(path) : name.endsWith('.graphql') ? [path] : [];
  });
}

/** Every .graphql file under schema/operations/, as a path relative to it (what operationText takes). */
export function operationFiles(): string[] {
  return graphqlFiles(ROOT).map((file) => relative(ROOT, file));
}

let fragments: Map<string, FragmentDefinitionNode> | undefined;

function allFragments(): Map<string, FragmentDefinitionNode> {
  fragments ??= new Map(
    graphqlFiles(ROOT).flatMap((file) =>
      parse(readFileSync(file, 'utf8')).definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    ),
  );
  return fragments;
}

/** `path` is relative to schema/operations/, e.g. `uis/mutation-tag-call.graphql`. */
export function operationText(path: string): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const doc = parse(text);
  const defined = new Set(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  const needed: FragmentDefinitionNode[] = [];
  const queue = [doc as Parameters<typeof visit>[0]];
  while (queue.length) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        const name = node.name.value;
        if (defined.has(name)) return;
        const fragment = allFragments().get(name);
        if (!fragment) throw new Error(`${path}: unknown fragment ${name}`);
        defined.add(name);
        needed.push(fragment);
        queue.push(fragment);
      },
    });
  }
  return needed.length ? `${text}\n${needed.map((f) => print(f)).join('\n\n')}\n` : text;
}
