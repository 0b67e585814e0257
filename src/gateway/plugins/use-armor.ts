import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config.js';

/**
 * Rejects abusive documents before any resolver (and so any upstream call) runs: depth, aliases,
 * tokens, directives and a static cost estimate, with graphql-armor's well-kept rules.
 * Field suggestions ("Did you mean …?") help GraphiQL users in development; with NODE_ENV=production
 * they are blocked, as introspection is: they would map the schema field by field.
 */
export const QUERY_LIMIT_EXCEEDED = 'QUERY_LIMIT_EXCEEDED';

/**
 * Every document-limit rejection answers the same way (README "Errors"): HTTP 400, code
 * QUERY_LIMIT_EXCEEDED, and a message naming the limit and its variable. Armor reports its rules as
 * syntax errors ("Syntax Error: Query Cost limit of … exceeded"), which Yoga answered with HTTP 200
 * (validation) or as GRAPHQL_PARSE_FAILED (tokens); the nesting guard (use-request-guards.ts) already
 * answered 400. The callback gets the very error that is reported, so it is normalised in place.
 */
export function limitRejection(variable: string): (ctx: unknown, error: GraphQLError) => void {
  return (_ctx, error) => normaliseLimitError(error, variable);
}

export function normaliseLimitError(error: GraphQLError, variable: string): GraphQLError {
  const text = error.message.replace(/^Syntax Error:\s*/i, '');
  error.message = text.includes(variable) ? text : `${text.replace(/\.?$/, '')} (${variable}).`;
  const extensions = error.extensions as Record<string, unknown>;
  extensions.code = QUERY_LIMIT_EXCEEDED;
  extensions.limit = variable;
  extensions.http = { status: 400 };
  return error;
}

export function useArmor(limits: Config['limits'], opts: { blockFieldSuggestions?: boolean } = {}): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: true, flattenFragments: true, onReject: [limitRejection('MAX_DEPTH')] },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, onReject: [limitRejection('MAX_ALIASES')] },
    maxTokens: { n: limits.maxTokens, exposeLimits: true, onReject: [limitRejection('MAX_TOKENS')] },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, onReject: [limitRejection('MAX_DIRECTIVES')] },
    costLimit: { maxCost: limits.maxCost, exposeLimits: true, onReject: [limitRejection('MAX_COST')] },
    blockFieldSuggestion: { enabled: opts.blockFieldSuggestions ?? false },
  });
  return armor.protect().plugins as Plugin[];
}
