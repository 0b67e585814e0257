import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/**
 * Rejects abusive documents before any resolver (and so any upstream call) runs: depth, aliases,
 * tokens, directives and a static cost estimate, with graphql-armor's well-kept rules.
 * Field suggestions ("Did you mean …?") help GraphiQL users in development; with NODE_ENV=production
 * they are blocked, as introspection is: they would map the schema field by field.
 */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

/** Armor's rejections carry no code of their own; give them one stable code to match on. */
const onReject = [
  (_ctx: unknown, error: GraphQLError) => {
    (error.extensions as Record<string, unknown>).code ??= QUERY_LIMIT_EXCEEDED;
  },
];

export function useArmor(limits: Config['limits'], opts: { blockFieldSuggestions?: boolean } = {}): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true, onReject },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, onReject },
    // Token overruns are parse errors: Yoga already codes them GRAPHQL_PARSE_FAILED.
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, onReject },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, onReject },
    blockFieldSuggestion: { enabled: opts.blockFieldSuggestions ?? false },
  });
  return armor.protect().plugins as Plugin[];
}
