import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { QUERY_LIMIT_EXCEEDED } from './use-armor.js';

/**
 * Guards in front of graphql-js's recursive-descent parser and Yoga's GET parsing:
 * - a document nested deeper than `maxNesting` brackets overflows the parser's stack (a 500) before any
 *   token or depth limit can look at it, so it is refused from the raw text first;
 * - a GET whose `variables` or `extensions` is not JSON made Yoga answer 500; it is a 400;
 * - `variables` or `extensions` nested deeper than `maxNesting` (JSON.parse takes any depth, but
 *   every JSON.stringify and walk after it recurses: the cache key, the relay, coercion) answered
 *   500 at 20 000 levels; they are refused like a deep document, before anything reads them.
 */
export function useRequestGuards(maxNesting: number): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET') return;
      for (const name of ['variables', 'extensions']) {
        const raw = url.searchParams.get(name);
        if (raw === null || raw === '') continue;
        try {
          JSON.parse(raw);
        } catch {
          endResponse(
            new fetchAPI.Response(
              JSON.stringify({ errors: [{ message: `The \`${name}\` parameter is not valid JSON.`, extensions: { code: 'BAD_REQUEST' } }] }),
              { status: 400, headers: { 'content-type': 'application/json; charset=utf-8' } },
            ),
          );
          return;
        }
      }
    },
    onParams({ params }) {
      for (const name of ['variables', 'extensions'] as const) {
        const depth = jsonDepth(params[name], maxNesting);
        if (depth > maxNesting) {
          throw new GraphQLError(`The \`${name}\` nesting exceeds the limit of ${maxNesting} (MAX_NESTING).`, {
            extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'MAX_NESTING', http: { status: 400 } },
          });
        }
      }
    },
    onParse({ params }) {
      const source = typeof params.source === 'string' ? params.source : params.source.body;
      const depth = bracketDepth(source);
      if (depth > maxNesting) {
        throw new GraphQLError(`Document nesting of ${depth} exceeds the limit of ${maxNesting} (MAX_NESTING).`, {
          extensions: { code: QUERY_LIMIT_EXCEEDED, limit: 'MAX_NESTING', http: { status: 400 } },
        });
      }
    },
    // Yoga marks parse failures (armor's token limit is one) as "spec" errors, answered with HTTP 200
    // to `application/json` clients, and its own parse hook sets that mark after ours could clear
    // it; here, just before the response is built, every limit rejection is made a plain 400, as
    // the other limits answer (use-armor.ts).
    onResultProcess({ result }) {
      const errors = (result as { errors?: readonly GraphQLError[] }).errors;
      for (const error of Array.isArray(errors) ? errors : []) {
        if (error?.extensions?.code === QUERY_LIMIT_EXCEEDED) (error.extensions as Record<string, unknown>).http = { status: 400 };
      }
    },
  };
}

/** The deepest nesting of {, ( and [ outside strings and comments. */
export function bracketDepth(source: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      i += block ? 3 : 1;
      while (i < source.length && !(block ? source.startsWith('"""', i) : source[i] === '"' || source[i] === '\n')) {
        if (source[i] === '\\') i++;
        i++;
      }
      if (block) i += 2;
    } else if (c === '{' || c === '(' || c === '[') {
      depth++;
      if (depth > max) max = depth;
    } else if (c === '}' || c === ')' || c === ']') {
      depth--;
    }
  }
  return max;
}

/**
 * How deep a parsed JSON value nests (arrays and objects), counted without recursion and given up
 * as soon as it passes `stopAt`: the value may be deeper than the stack.
 */
export function jsonDepth(value: unknown, stopAt: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (d > max) {
      max = d;
      if (max > stopAt) return max;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
    }
  }
  return max;
}
