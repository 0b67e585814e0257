import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Introspection off (NODE_ENV=production unless INTROSPECTION=on): graphql-js's own validation rule
 * refuses `__schema` and `__type` with a validation error; `__typename` stays (clients need it).
 * The SDL is no secret (schema/schema.graphql), but a public endpoint need not hand out its map.
 */
export function useDisableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
